package cli

import "context"

func runUndo(ctx context.Context, env *Env, args []string) int { return notYet(env, "undo") }
