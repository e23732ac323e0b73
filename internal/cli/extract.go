package cli

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"

	"dossier/internal/extract"
	"dossier/internal/gazetteer"
	"dossier/internal/ingest"
	"dossier/internal/model"
)

const extractUsage = `Usage: dossier extract [--format json] [--out DIR] [--explain] [--gazetteer FILE] INPUT...

Extracts entities, events, relations and estimates from each input document
(files, folders, JSON Lines records; "-" reads text from stdin) without a
database. Writes one JSON object per document (../shared/eval/FORMAT.md):
JSON Lines on stdout, or DIR/<document>.json with --out.
`

// extractFlags are the parsed flags of "dossier extract".
type extractFlags struct {
	format    string
	out       string
	explain   bool
	gazetteer string
	inputs    []string
}

func parseExtractFlags(env *Env, args []string) (*extractFlags, int) {
	fs := newFlagSet(env, "extract", extractUsage)
	f := &extractFlags{}
	fs.StringVar(&f.format, "format", "json", "output format (json)")
	fs.StringVar(&f.out, "out", "", "write DIR/<document>.json instead of JSON Lines on stdout")
	fs.BoolVar(&f.explain, "explain", false, "add the rule or cue that produced each item")
	fs.StringVar(&f.gazetteer, "gazetteer", "", "extra gazetteer entries (JSON Lines) to match besides the built-in ones")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil, 0
		}
		return nil, 2
	}
	f.inputs = fs.Args()
	if f.format != "json" {
		fmt.Fprintf(env.Stderr, "dossier extract: unknown --format %q (only json is supported)\n", f.format)
		return nil, 2
	}
	if len(f.inputs) == 0 {
		fmt.Fprint(env.Stderr, "dossier extract: no input given\n\n"+extractUsage)
		return nil, 2
	}
	return f, -1
}

func runExtract(ctx context.Context, env *Env, args []string) int {
	f, code := parseExtractFlags(env, args)
	if code >= 0 {
		return code
	}
	opt, err := extractOptions(f)
	if err != nil {
		fmt.Fprintf(env.Stderr, "dossier extract: %v\n", err)
		return 1
	}
	if f.out != "" {
		if err := os.MkdirAll(f.out, 0o755); err != nil {
			fmt.Fprintf(env.Stderr, "dossier extract: create output folder %s: %v\n", f.out, err)
			return 1
		}
	}
	failed := false
	err = extractAll(ctx, env, f, opt, &failed)
	if err != nil {
		fmt.Fprintf(env.Stderr, "dossier extract: %v\n", err)
		return 1
	}
	if failed {
		return 1
	}
	return 0
}

// pendingResult is one document's extraction, in input order; done is
// closed when x is set.
type pendingResult struct {
	done chan struct{}
	x    *model.Extraction
}

// extractAll reads the inputs, extracts the documents on every core and
// writes the results in input order. Unusable inputs get an empty result;
// unreadable ones set *failed.
func extractAll(ctx context.Context, env *Env, f *extractFlags, opt extract.Options, failed *bool) error {
	workers := max(runtime.GOMAXPROCS(0), 1)
	type job struct {
		d *model.Document
		p *pendingResult
	}
	jobs := make(chan job, workers)
	queue := make(chan *pendingResult, 4*workers)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				x := extract.Extract(j.d, opt)
				if !f.explain {
					stripRules(x)
				}
				j.p.x = x
				close(j.p.done)
			}
		}()
	}
	var writeErr atomic.Value
	written := make(chan struct{})
	go func() {
		defer close(written)
		for p := range queue {
			<-p.done
			if writeErr.Load() == nil {
				if err := writeExtraction(env.Stdout, f.out, p.x); err != nil {
					writeErr.Store(err)
				}
			}
		}
	}()
	err := ingest.Read(ctx, f.inputs, ingest.Options{Stdin: env.Stdin}, func(d *model.Document, err error) error {
		if e, ok := writeErr.Load().(error); ok {
			return e
		}
		if err != nil {
			fmt.Fprintf(env.Stderr, "dossier extract: %v\n", err)
			if d = unreadable(err); d == nil {
				*failed = true
				return nil
			}
		}
		p := &pendingResult{done: make(chan struct{})}
		queue <- p
		jobs <- job{d, p}
		return nil
	})
	close(jobs)
	wg.Wait()
	close(queue)
	<-written
	if err != nil {
		return err
	}
	if e, ok := writeErr.Load().(error); ok {
		return e
	}
	return nil
}

// writeExtraction writes x as one JSON line to w, or to dir/<document>.json.
func writeExtraction(w io.Writer, dir string, x *model.Extraction) error {
	if dir == "" {
		b, err := json.Marshal(x)
		if err != nil {
			return fmt.Errorf("encode %s: %w", x.Document, err)
		}
		_, err = w.Write(append(b, '\n'))
		return err
	}
	b, err := json.MarshalIndent(x, "", "  ")
	if err != nil {
		return fmt.Errorf("encode %s: %w", x.Document, err)
	}
	name := safeFileName(x.Document)
	if !strings.HasSuffix(name, ".json") {
		name += ".json"
	}
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", p, err)
	}
	return nil
}

// safeFileName keeps a document name usable as a file name.
func safeFileName(s string) string {
	s = strings.Map(func(r rune) rune {
		if r == '/' || r == '\\' || r == 0 {
			return '_'
		}
		return r
	}, s)
	if s == "" || s == "." || s == ".." {
		return "document"
	}
	return s
}

// stripRules removes the --explain fields.
func stripRules(x *model.Extraction) {
	for i := range x.Entities {
		x.Entities[i].Rule = ""
		x.Entities[i].Mentions = nil
	}
	for i := range x.Events {
		x.Events[i].Rule = ""
	}
	for i := range x.Relations {
		x.Relations[i].Rule = ""
	}
	for i := range x.Estimates {
		x.Estimates[i].Rule = ""
	}
}

// extractOptions builds the extraction options from the flags: the
// built-in gazetteer, plus the entries of --gazetteer FILE when given.
func extractOptions(f *extractFlags) (extract.Options, error) {
	var opt extract.Options
	if f.gazetteer == "" {
		return opt, nil
	}
	fh, err := os.Open(f.gazetteer)
	if err != nil {
		return opt, fmt.Errorf("--gazetteer: %w", err)
	}
	defer fh.Close()
	g, err := gazetteer.Load(fh)
	if err != nil {
		return opt, fmt.Errorf("--gazetteer %s: %w", f.gazetteer, err)
	}
	opt.Gazetteer = g
	return opt, nil
}

// unreadable returns an empty document standing for an input whose content
// was unusable (empty, too large, undecodable), so that it still gets a
// valid, empty result; nil when the input could not be read at all.
func unreadable(err error) *model.Document {
	var ie *ingest.InputError
	if !errors.As(err, &ie) {
		return nil
	}
	switch model.ErrorCode(err) {
	case model.EINVALID, model.ETOOLARGE:
		return &model.Document{Name: filepath.Base(ie.Input), Input: ie.Input}
	}
	return nil
}
