package cli

import "context"

func runDemo(ctx context.Context, env *Env, args []string) int { return notYet(env, "demo") }
