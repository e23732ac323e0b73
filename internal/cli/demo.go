package cli

import (
	"context"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"dossier/examples"
	"dossier/internal/config"
	"dossier/internal/pipeline"
	"dossier/internal/store"
)

// runDemo implements "dossier demo": ingest the bundled example corpus
// into a local database and print what was stored.
func runDemo(ctx context.Context, env *Env, args []string) int {
	cfg := config.Default(func(string) string { return "" })
	cfg.DB = config.DefaultDemoDB
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	addDBFlag(fs, &cfg)
	serve := fs.String("serve", DefaultAddr, "then serve the web UI on this `address` (\"\" to exit after ingesting)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	dir, cleanup, err := exampleDir()
	if err != nil {
		fmt.Fprintf(env.Stderr, "dossier demo: %v\n", err)
		return 1
	}
	defer cleanup()
	st, code := openStore(ctx, env, "demo", cfg.DB)
	if st == nil {
		return code
	}
	defer st.Close()
	sum, err := pipeline.Ingest(ctx, st, []string{dir}, pipelineOptions(env, cfg, true))
	if err != nil {
		fmt.Fprintf(env.Stderr, "dossier demo: %v\n", err)
		return 1
	}
	fmt.Fprintf(env.Stdout, "Ingested the example corpus into %s: %s\n\n", cfg.DB, sum)
	if code := printDemo(ctx, env, st, cfg.DB, sum); code != 0 || *serve == "" {
		return code
	}
	return serveCommand(ctx, env, "demo", st, *serve)
}

// printDemo lists the stored documents and what to try next.
func printDemo(ctx context.Context, env *Env, st *store.Store, db string, sum pipeline.Summary) int {
	docs, err := st.FindDocuments(ctx, store.DocumentFilter{})
	if err != nil {
		fmt.Fprintf(env.Stderr, "dossier demo: %v\n", err)
		return 1
	}
	printDocs(env.Stdout, docs)
	if len(docs) > 0 {
		fmt.Fprintf(env.Stdout, "\nNext:\n  dossier show --db %s %s\n  dossier docs --db %s -q 'Mogadishu'\n", db, docs[0].Name, db)
	}
	if sum.Failed > 0 {
		return 1
	}
	return 0
}

// exampleDir returns the examples folder of the working tree when run
// from the repository, else a temporary copy of the embedded corpus.
func exampleDir() (string, func(), error) {
	if fi, err := os.Stat("examples"); err == nil && fi.IsDir() {
		if _, err := os.Stat(filepath.Join("examples", "embed.go")); err == nil {
			return "examples", func() {}, nil
		}
	}
	tmp, err := os.MkdirTemp("", "dossier-examples-")
	if err != nil {
		return "", nil, fmt.Errorf("copy examples: %w", err)
	}
	cleanup := func() { os.RemoveAll(tmp) }
	err = fs.WalkDir(examples.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(examples.FS, p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(tmp, p), b, 0o644)
	})
	if err != nil {
		cleanup()
		return "", nil, fmt.Errorf("copy examples: %w", err)
	}
	return tmp, cleanup, nil
}
