package cli

import "context"

func runIngest(ctx context.Context, env *Env, args []string) int { return notYet(env, "ingest") }
