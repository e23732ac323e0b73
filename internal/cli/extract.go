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
	"strings"

	"dossier/internal/extract"
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
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	fs.Usage = func() { fmt.Fprint(env.Stderr, extractUsage); fs.PrintDefaults() }
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
	emit := func(d *model.Document) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		x := extract.Extract(d, opt)
		if !f.explain {
			stripRules(x)
		}
		return writeExtraction(env.Stdout, f.out, x)
	}
	for _, in := range f.inputs {
		if err := readInput(env, in, emit); err != nil {
			fmt.Fprintf(env.Stderr, "dossier extract: %v\n", err)
			failed = true
			if ctx.Err() != nil {
				break
			}
		}
	}
	if failed {
		return 1
	}
	return 0
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

// extractOptions builds the extraction options from the flags.
func extractOptions(f *extractFlags) (extract.Options, error) {
	var opt extract.Options
	if f.gazetteer != "" {
		return opt, fmt.Errorf("--gazetteer %s: extra gazetteer files are not supported by this build", f.gazetteer)
	}
	return opt, nil
}

// readInput turns one input (file, folder, JSON Lines, "-") into documents
// and hands each to emit.
func readInput(env *Env, in string, emit func(*model.Document) error) error {
	if in == "-" {
		b, err := io.ReadAll(env.Stdin)
		if err != nil {
			return fmt.Errorf("read stdin: %w", err)
		}
		return emit(textDocument("stdin", "-", b))
	}
	st, err := os.Stat(in)
	if err != nil {
		return fmt.Errorf("read %s: %w", in, err)
	}
	if !st.IsDir() {
		return readFile(in, emit)
	}
	ents, err := os.ReadDir(in)
	if err != nil {
		return fmt.Errorf("read folder %s: %w", in, err)
	}
	for _, e := range ents {
		if e.IsDir() || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		if err := readFile(filepath.Join(in, e.Name()), emit); err != nil {
			return err
		}
	}
	return nil
}

func readFile(path string, emit func(*model.Document) error) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("read %s: %w", path, err)
	}
	if strings.HasSuffix(strings.ToLower(path), ".jsonl") {
		return readRecords(path, b, emit)
	}
	return emit(textDocument(filepath.Base(path), path, b))
}

func textDocument(name, input string, b []byte) *model.Document {
	return &model.Document{Name: name, Input: input, Format: "txt", Text: strings.ToValidUTF8(string(b), "\uFFFD")}
}

// record is one JSON Lines input record.
type record struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Text      string `json:"text"`
	Published string `json:"published"`
	URL       string `json:"url"`
	Source    string `json:"source"`
}

func readRecords(path string, b []byte, emit func(*model.Document) error) error {
	for i, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		var r record
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			return fmt.Errorf("%s line %d: not a JSON record: %w", path, i+1, err)
		}
		if r.ID == "" {
			r.ID = fmt.Sprintf("%s:%d", filepath.Base(path), i+1)
		}
		pub, err := model.ParseDate(r.Published)
		if err != nil {
			return fmt.Errorf("%s line %d: published: %w", path, i+1, err)
		}
		d := &model.Document{Name: r.ID, Input: path, URL: r.URL, Source: r.Source, Title: r.Title,
			Published: pub, Format: "jsonl", Text: r.Text}
		if err := emit(d); err != nil {
			return err
		}
	}
	return nil
}
