package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dossier/internal/ingest"
	"dossier/internal/model"
)

// seedDocs converts the shared sample articles, or skips when ../shared is
// absent.
func seedDocs(tb testing.TB) []*model.Document {
	tb.Helper()
	dir := filepath.Join("..", "..", "..", "shared", "corpus", "seeds")
	ents, err := os.ReadDir(dir)
	if err != nil {
		tb.Skipf("no sample corpus: %v", err)
	}
	var docs []*model.Document
	for _, e := range ents {
		p := filepath.Join(dir, e.Name())
		raw, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		ds, err := ingest.Convert(p, raw, ingest.Options{})
		if err != nil {
			tb.Fatalf("convert %s: %v", p, err)
		}
		docs = append(docs, ds...)
	}
	if len(docs) == 0 {
		tb.Skip("empty sample corpus")
	}
	return docs
}

// TestEvidenceOffsetsOnSeeds checks that every item's evidence is the text
// at its offsets, and every mention too.
func TestEvidenceOffsetsOnSeeds(t *testing.T) {
	for _, d := range seedDocs(t) {
		x := Extract(d, Options{})
		check := func(kind string, ev model.Evidence) {
			if ev.Start < 0 || ev.End > len(d.Text) || ev.Start >= ev.End || d.Text[ev.Start:ev.End] != ev.Text {
				t.Errorf("%s: %s evidence [%d,%d) does not match the text", d.Name, kind, ev.Start, ev.End)
			}
		}
		for _, e := range x.Events {
			check("event", e.Evidence)
		}
		for _, r := range x.Relations {
			check("relation", r.Evidence)
		}
		for _, e := range x.Estimates {
			check("estimate", e.Evidence)
		}
		for _, e := range x.Entities {
			for _, m := range e.Mentions {
				check("mention", model.Evidence{Text: m.Text, Start: m.Start, End: m.End})
			}
			for _, a := range e.Aliases {
				if !strings.Contains(d.Text, a) {
					t.Errorf("%s: alias %q of %s does not occur in the text", d.Name, a, e.Name)
				}
			}
		}
	}
}
