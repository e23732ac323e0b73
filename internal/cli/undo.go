package cli

import (
	"context"
	"fmt"

	"dossier/internal/config"
	"dossier/internal/kb/kbstore"
)

const undoUsage = `usage: dossier undo [--db FILE] [--who NAME] [--why TEXT] ACTION

Reverts the curation action numbered ACTION (printed when it was
recorded). The undo is itself recorded; the knowledge base is rebuilt as
if the action had not been taken.
`

// runUndo implements "dossier undo".
func runUndo(ctx context.Context, env *Env, args []string) int {
	cfg := config.Default(nil)
	fs := newFlagSet(env, "undo", undoUsage)
	addDBFlag(fs, &cfg)
	who, why := curationFlags(fs)
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() != 1 {
		fmt.Fprint(env.Stderr, undoUsage)
		return 2
	}
	id, err := kbstore.ActionID(fs.Arg(0))
	if err != nil {
		return fail(env, "undo", err)
	}
	st, code := openExistingStore(ctx, env, "undo", cfg.DB)
	if st == nil {
		return code
	}
	defer st.Close()
	u, err := kbstore.Undo(ctx, st, id, curator(*who), *why)
	if err != nil {
		return fail(env, "undo", err)
	}
	fmt.Fprintf(env.Stdout, "recorded %s\n", kbstore.Describe(u))
	return 0
}
