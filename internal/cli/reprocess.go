package cli

import "context"

func runReprocess(ctx context.Context, env *Env, args []string) int { return notYet(env, "reprocess") }
