package ingest

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"dossier/internal/model"
)

// seedsDir is the shared sample corpus, beside the repository.
var seedsDir = filepath.Join("..", "..", "..", "shared", "corpus", "seeds")

// chromeStrings must not appear in a seed's stored text.
var chromeStrings = []string{
	"Skip to", "Share this page", "Related content", "Related Articles", "Image source",
	"Please enter your", "Latest Posts", "Media Partner", "REUTERS", "Getty Images", "View all posts",
}

func readSeeds(t *testing.T) map[string]*model.Document {
	t.Helper()
	if _, err := os.Stat(seedsDir); err != nil {
		t.Skipf("shared seeds not present at %s", seedsDir)
	}
	opt := Options{Now: func() time.Time { return time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC) }}
	docs := map[string]*model.Document{}
	err := Read(context.Background(), []string{seedsDir}, opt, func(d *model.Document, err error) error {
		if err != nil {
			t.Errorf("seed failed: %v", err)
			return nil
		}
		docs[d.Name[:3]] = d
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 5 {
		t.Fatalf("got %d seed documents, want 5", len(docs))
	}
	return docs
}

// lastProse returns the last line of a raw seed that reads as prose.
func lastProse(t *testing.T, name string) string {
	t.Helper()
	matches, _ := filepath.Glob(filepath.Join(seedsDir, name+"_*.txt"))
	raw, err := os.ReadFile(matches[0])
	if err != nil {
		t.Fatal(err)
	}
	last := ""
	for _, l := range strings.Split(string(raw), "\n") {
		l = cleanLine(l)
		if len(l) > 150 && endsFinal(l) && !isTeaser(l) && !reBio.MatchString(l) && !reDisclaimer.MatchString(l) {
			last = l
		}
	}
	return last
}

func TestSeedsClean(t *testing.T) {
	docs := readSeeds(t)
	for name, d := range docs {
		if os.Getenv("DOSSIER_DUMP") != "" {
			t.Logf("%s title=%q author=%q pub=%s after=%s credits=%q\n%s\n%v", name, d.Title, d.Author, d.Published, d.PublishedAfter, d.Credits, d.Text, d.Blocks)
		}
		for _, s := range chromeStrings {
			if strings.Contains(d.Text, s) {
				t.Errorf("%s: text contains %q", name, s)
			}
		}
		if want := lastProse(t, name); !strings.Contains(d.Text, want) {
			t.Errorf("%s: last prose paragraph lost: %.60q", name, want)
		}
		if d.Title == "" {
			t.Errorf("%s: no title", name)
		}
	}
}

func TestSeedsDates(t *testing.T) {
	docs := readSeeds(t)
	tests := []struct {
		name      string
		published string
		afterMin  string
	}{
		{"000", "", "2018"},
		{"001", "", "2024-04"},
		{"002", "2023-12-08", ""},
		{"003", "2021-08-26", ""},
		{"004", "", "2021"},
	}
	for _, tt := range tests {
		d := docs[tt.name]
		if got := d.Published.String(); got != tt.published {
			t.Errorf("%s: published %q, want %q", tt.name, got, tt.published)
		}
		if tt.afterMin != "" {
			min, _ := model.ParseDate(tt.afterMin)
			if d.PublishedAfter.IsZero() || later(min, d.PublishedAfter) {
				t.Errorf("%s: published_after %q, want at least %s", tt.name, d.PublishedAfter, tt.afterMin)
			}
		}
	}
}

func TestSeedsCaptionsAndBylines(t *testing.T) {
	docs := readSeeds(t)
	kindOf := func(d *model.Document, sub string) string {
		i := strings.Index(d.Text, sub)
		if i < 0 {
			return "missing"
		}
		return d.BlockAt(i)
	}
	tests := []struct{ doc, sub, kind string }{
		{"003", "Explosions rocked Kabul's airport", model.BlockCaption},
		{"003", "Matthias von Hein", model.BlockByline},
		{"004", "IS-K claimed responsibility for the deadly attack", model.BlockCaption},
		{"004", "Kabul bombing survivor in hospital", model.BlockCaption},
		{"001", "Islamic State fighters who have surrendered", model.BlockCaption},
		{"001", "Marwan El Fayoumi is", model.BlockBio},
		{"002", "Asma Hussain and Ismail Ahmad", model.BlockBio},
		{"000", "Hannah Wallace", model.BlockByline},
	}
	for _, tt := range tests {
		if got := kindOf(docs[tt.doc], tt.sub); got != tt.kind {
			t.Errorf("%s %q: block %q, want %q", tt.doc, tt.sub, got, tt.kind)
		}
	}
}
