package cli

import (
	"context"
	"fmt"
	"io"
	"os"

	"dossier/internal/config"
	"dossier/internal/kb/kbstore"
)

const exportUsage = `usage: dossier export --format kb-json [--db FILE] [--out FILE]

Writes the knowledge base built from every stored document: entities with
all their surface forms and documents, incidents with each document's
report and the fields the reports disagree on, and estimate series
(the cross-document shape of ../shared/eval/FORMAT.md).
`

// runExport implements "dossier export".
func runExport(ctx context.Context, env *Env, args []string) int {
	cfg := config.Default(nil)
	fs := newFlagSet(env, "export", exportUsage)
	addDBFlag(fs, &cfg)
	format := fs.String("format", "kb-json", "export `format` (kb-json)")
	out := fs.String("out", "", "write to `FILE` instead of stdout")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *format != "kb-json" {
		fmt.Fprintf(env.Stderr, "dossier export: unknown --format %q (supported: kb-json)\n", *format)
		return 2
	}
	st, code := openExistingStore(ctx, env, "export", cfg.DB)
	if st == nil {
		return code
	}
	defer st.Close()
	k, err := kbstore.Build(ctx, st)
	if err != nil {
		fmt.Fprintf(env.Stderr, "dossier export: %v\n", err)
		return 1
	}
	var w io.Writer = env.Stdout
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			fmt.Fprintf(env.Stderr, "dossier export: cannot write %s: %v\n", *out, err)
			return 1
		}
		defer f.Close()
		w = f
	}
	if err := k.WriteJSON(w); err != nil {
		fmt.Fprintf(env.Stderr, "dossier export: %v\n", err)
		return 1
	}
	return 0
}
