package cli

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"

	"golang.org/x/term"

	"dossier/internal/config"
	"dossier/internal/extract"
	"dossier/internal/ingest"
	"dossier/internal/kb/kbstore"
	"dossier/internal/model"
	"dossier/internal/pipeline"
	"dossier/internal/store"
)

const ingestUsage = `usage: dossier ingest [--db FILE] [--max-bytes N] [--allow-private] [--timeout D] INPUT...

INPUT is a file (.txt .html .htm .pdf .jsonl .ndjson), a folder (read
recursively), an http(s) URL of a page, PDF or RSS/Atom feed, or - (stdin).
Documents are identified by content hash: re-ingesting stores nothing new.
`

// runIngest implements "dossier ingest".
func runIngest(ctx context.Context, env *Env, args []string) int {
	cfg := config.Default(nil)
	fs := newFlagSet(env, "ingest", ingestUsage)
	addDBFlag(fs, &cfg)
	fs.Int64Var(&cfg.MaxBytes, "max-bytes", cfg.MaxBytes, "refuse inputs larger than this many `bytes`")
	fs.BoolVar(&cfg.AllowPrivate, "allow-private", false, "allow fetching loopback, private and link-local addresses")
	fs.DurationVar(&cfg.Timeout, "timeout", cfg.Timeout, "time limit of one URL fetch")
	quiet := fs.Bool("q", false, "no progress output")
	noExtract := fs.Bool("no-extract", false, "store the documents only, without extraction and merge (run \"dossier reprocess\" later)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() == 0 {
		fmt.Fprint(env.Stderr, "dossier ingest: no INPUT given\n\n"+ingestUsage)
		return 2
	}
	if err := cfg.Validate(); err != nil {
		fmt.Fprintf(env.Stderr, "dossier ingest: %s\n", model.ErrorMessage(err))
		return 2
	}
	st, code := openStore(ctx, env, "ingest", cfg.DB)
	if st == nil {
		return code
	}
	defer st.Close()
	opt := pipelineOptions(env, cfg, *quiet)
	// the run keeps the claims it saves so that the rebuild need not read
	// them back when the knowledge base started empty
	run := kbstore.NewRun(extract.Options{})
	opt.Prepare, opt.Process = run.Prepare(), run.Process(pipeline.Prepared)
	if *noExtract {
		opt.Process, opt.Prepare = nil, nil
	}
	sum, err := pipeline.Ingest(ctx, st, fs.Args(), opt)
	if err == nil && sum.New > 0 && opt.Process != nil {
		_, err = run.Refresh(ctx, st) // knowledge-base snapshot over the new claims
	}
	fmt.Fprintf(env.Stdout, "%s (%s)\n", sum, cfg.DB)
	if err != nil {
		fmt.Fprintf(env.Stderr, "dossier ingest: %v\n", err)
		return 1
	}
	if sum.Failed > 0 {
		return 1
	}
	return 0
}

// pipelineOptions wires the configuration into an ingestion run.
func pipelineOptions(env *Env, cfg config.Config, quiet bool) pipeline.Options {
	opt := pipeline.Options{
		Ingest: ingest.Options{
			MaxBytes:     cfg.MaxBytes,
			AllowPrivate: cfg.AllowPrivate,
			Timeout:      cfg.Timeout,
			Stdin:        env.Stdin,
		},
		Log:      env.Stderr,
		Terminal: !quiet && isTerminal(env.Stderr),
		// extraction in parallel workers, claims in the document's
		// transaction (engineers G, G2)
		Prepare: kbstore.Prepare(extract.Options{}),
		Process: kbstore.ProcessPrepared(extract.Options{}, pipeline.Prepared),
	}
	if quiet {
		opt.Log = failuresOnly{env.Stderr}
	}
	return opt
}

// failuresOnly passes failure lines and drops progress lines.
type failuresOnly struct{ w io.Writer }

func (f failuresOnly) Write(p []byte) (int, error) {
	if len(p) >= 7 && string(p[:7]) == "failed:" {
		return f.w.Write(p)
	}
	return len(p), nil
}

// isTerminal reports whether w is a terminal (progress bar) or not
// (periodic lines).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// addDBFlag registers --db on fs.
func addDBFlag(fs *flag.FlagSet, cfg *config.Config) {
	fs.StringVar(&cfg.DB, "db", cfg.DB, "SQLite database `file` (env DOSSIER_DB)")
}

// openStore opens the database or reports why not; it returns the exit
// code to use when the store is nil.
func openStore(ctx context.Context, env *Env, cmd, path string) (*store.Store, int) {
	st, err := store.Open(ctx, path)
	if err != nil {
		fmt.Fprintf(env.Stderr, "dossier %s: cannot open database %s: %v\n", cmd, path, err)
		return nil, 1
	}
	return st, 0
}

// openExistingStore is openStore for read commands: a missing file is a
// user error, not a new empty database.
func openExistingStore(ctx context.Context, env *Env, cmd, path string) (*store.Store, int) {
	if _, err := os.Stat(path); err != nil {
		fmt.Fprintf(env.Stderr, "dossier %s: no database at %s (run \"dossier ingest --db %s INPUT...\" first)\n", cmd, path, path)
		return nil, 1
	}
	return openStore(ctx, env, cmd, path)
}
