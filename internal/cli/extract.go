package cli

import "context"

func runExtract(ctx context.Context, env *Env, args []string) int { return notYet(env, "extract") }
