package cli

import "context"

func runProfile(ctx context.Context, env *Env, args []string) int { return notYet(env, "profile") }
