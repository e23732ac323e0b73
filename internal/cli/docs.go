package cli

import "context"

func runDocs(ctx context.Context, env *Env, args []string) int { return notYet(env, "docs") }
