package cli

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"text/tabwriter"

	"dossier/internal/config"
	"dossier/internal/store"
)

// runDocs implements "dossier docs": one line per stored document.
func runDocs(ctx context.Context, env *Env, args []string) int {
	cfg := config.Default(nil)
	fs := flag.NewFlagSet("docs", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	addDBFlag(fs, &cfg)
	query := fs.String("q", "", "full-text `query` (FTS5 syntax)")
	asJSON := fs.Bool("json", false, "print JSON")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	st, code := openExistingStore(ctx, env, "docs", cfg.DB)
	if st == nil {
		return code
	}
	defer st.Close()
	var f store.DocumentFilter
	if *query != "" {
		f.Query = query
	}
	docs, err := st.FindDocuments(ctx, f)
	if err != nil {
		fmt.Fprintf(env.Stderr, "dossier docs: %v\n", err)
		return 1
	}
	if *asJSON {
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		if docs == nil {
			docs = []store.DocumentSummary{}
		}
		return exitOn(enc.Encode(docs), env, "docs")
	}
	printDocs(env.Stdout, docs)
	return 0
}

// printDocs writes the document table: id, published, source, title,
// characters.
func printDocs(w io.Writer, docs []store.DocumentSummary) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tPUBLISHED\tSOURCE\tCHARS\tNAME\tTITLE")
	for _, d := range docs {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%s\t%s\n", d.ID[:min(12, len(d.ID))], publishedLabel(d),
			orDash(clip(d.Source, 24)), d.Chars, clip(d.Name, 32), clip(d.Title, 60))
	}
	tw.Flush()
	fmt.Fprintf(w, "%d documents\n", len(docs))
}

// publishedLabel shows the publication date, or "≥ bound" when only a
// lower bound from the text is known, or "-".
func publishedLabel(d store.DocumentSummary) string {
	switch {
	case !d.Published.IsZero():
		return d.Published.String()
	case !d.PublishedAfter.IsZero():
		return "≥" + d.PublishedAfter.String()
	}
	return "-"
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func exitOn(err error, env *Env, cmd string) int {
	if err != nil {
		fmt.Fprintf(env.Stderr, "dossier %s: %v\n", cmd, err)
		return 1
	}
	return 0
}
