package cli

import "context"

func runExport(ctx context.Context, env *Env, args []string) int { return notYet(env, "export") }
