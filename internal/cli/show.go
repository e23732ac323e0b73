package cli

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"

	"dossier/internal/config"
	"dossier/internal/model"
)

// runShow implements "dossier show DOC": metadata, then the clean text.
func runShow(ctx context.Context, env *Env, args []string) int {
	cfg := config.Default(nil)
	fs := flag.NewFlagSet("show", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	fs.Usage = func() {
		fmt.Fprint(env.Stderr, "usage: dossier show [--db FILE] [--json] [--blocks] DOC\n\nDOC is a document id, a unique id prefix or a document name.\n")
		fs.PrintDefaults()
	}
	addDBFlag(fs, &cfg)
	asJSON := fs.Bool("json", false, "print the document as JSON")
	blocks := fs.Bool("blocks", false, "prefix each paragraph with its block kind")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return 2
	}
	st, code := openExistingStore(ctx, env, "show", cfg.DB)
	if st == nil {
		return code
	}
	defer st.Close()
	d, err := st.FindDocument(ctx, fs.Arg(0))
	if err != nil {
		fmt.Fprintf(env.Stderr, "dossier show: %s\n", model.ErrorMessage(err))
		return 1
	}
	if *asJSON {
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		return exitOn(enc.Encode(d), env, "show")
	}
	printDocument(env.Stdout, d, *blocks)
	return 0
}

// printDocument writes a header of metadata lines, a blank line and the
// text.
func printDocument(w io.Writer, d *model.Document, blocks bool) {
	field := func(k, v string) {
		if v != "" {
			fmt.Fprintf(w, "%-10s %s\n", k+":", v)
		}
	}
	field("id", d.ID)
	field("name", d.Name)
	field("title", d.Title)
	field("author", d.Author)
	field("source", d.Source)
	field("url", d.URL)
	field("input", d.Input)
	field("format", d.Format)
	field("published", d.Published.String())
	if d.Published.IsZero() {
		field("published", "unknown")
		field("not before", d.PublishedAfter.String())
	}
	field("credits", strings.Join(d.Credits, "; "))
	field("chars", fmt.Sprint(len([]rune(d.Text))))
	fmt.Fprintln(w)
	if !blocks {
		fmt.Fprintln(w, d.Text)
		return
	}
	for _, b := range d.Blocks {
		for _, p := range strings.Split(d.Text[b.Start:b.End], "\n\n") {
			fmt.Fprintf(w, "[%s] %s\n", b.Kind, p)
		}
	}
}
