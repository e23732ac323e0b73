package cli

import "context"

func runGazetteer(ctx context.Context, env *Env, args []string) int { return notYet(env, "gazetteer") }
