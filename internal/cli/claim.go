package cli

import "context"

func runClaim(ctx context.Context, env *Env, args []string) int { return notYet(env, "claim") }
