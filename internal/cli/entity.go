package cli

import "context"

func runEntity(ctx context.Context, env *Env, args []string) int { return notYet(env, "entity") }
