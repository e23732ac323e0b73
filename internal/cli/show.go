package cli

import "context"

func runShow(ctx context.Context, env *Env, args []string) int { return notYet(env, "show") }
