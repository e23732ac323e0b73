package cli

import "context"

func runSource(ctx context.Context, env *Env, args []string) int { return notYet(env, "source") }
