package cli

import (
	"context"
	"fmt"

	"dossier/internal/config"
	"dossier/internal/extract"
	"dossier/internal/kb/kbstore"
)

const reprocessUsage = `usage: dossier reprocess [--db FILE] --all | DOC...

Re-runs the extractor over stored documents (DOC is an id prefix or a
name) and replaces each document's claims only; curation decisions on
claims whose statement did not change are kept. Then rebuilds the
knowledge base.
`

// runReprocess implements "dossier reprocess".
func runReprocess(ctx context.Context, env *Env, args []string) int {
	cfg := config.Default(nil)
	fs := newFlagSet(env, "reprocess", reprocessUsage)
	addDBFlag(fs, &cfg)
	all := fs.Bool("all", false, "re-process every stored document")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *all == (fs.NArg() > 0) {
		fmt.Fprint(env.Stderr, "dossier reprocess: give --all or one or more DOC, not both\n\n"+reprocessUsage)
		return 2
	}
	st, code := openExistingStore(ctx, env, "reprocess", cfg.DB)
	if st == nil {
		return code
	}
	defer st.Close()
	var ids []string
	for _, ref := range fs.Args() {
		d, err := st.FindDocument(ctx, ref)
		if err != nil {
			return fail(env, "reprocess", err)
		}
		ids = append(ids, d.ID)
	}
	n, err := kbstore.Reprocess(ctx, st, ids, extract.Options{})
	fmt.Fprintf(env.Stdout, "%d document(s) re-processed with %s\n", n, kbstore.Extractor)
	if err != nil {
		return fail(env, "reprocess", err)
	}
	return 0
}
