package ingest

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"dossier/internal/model"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden.json")

// fixedNow is the fetch time of every golden conversion.
var fixedNow = time.Date(2025, 6, 1, 12, 0, 0, 0, time.UTC)

// golden is what a converter's golden file records: the document plus
// its text cut into blocks, easy to review in a diff.
type golden struct {
	Doc    *model.Document `json:"document"`
	Blocks []string        `json:"blocks"`
}

// TestGolden converts every testdata input (our own fixtures) and compares
// with NAME.golden.json; run with -update to rewrite them.
func TestGolden(t *testing.T) {
	inputs, _ := filepath.Glob("testdata/*")
	for _, in := range inputs {
		if strings.HasSuffix(in, ".golden.json") {
			continue
		}
		t.Run(filepath.Base(in), func(t *testing.T) {
			raw, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			docs, err := Convert(in, raw, Options{Now: func() time.Time { return fixedNow }})
			if err != nil {
				t.Fatalf("convert: %v", err)
			}
			got := goldenJSON(t, docs)
			want := strings.TrimSuffix(in, filepath.Ext(in)) + ".golden.json"
			if *update {
				os.WriteFile(want, got, 0o644)
				return
			}
			exp, err := os.ReadFile(want)
			if err != nil {
				t.Fatalf("no golden file (run go test -update): %v", err)
			}
			if !bytes.Equal(got, exp) {
				t.Errorf("%s differs from %s; run go test ./internal/ingest -run Golden -update and review the diff\n%s", in, want, got)
			}
		})
	}
}

func goldenJSON(t *testing.T, docs []*model.Document) []byte {
	t.Helper()
	var gs []golden
	for _, d := range docs {
		g := golden{Doc: d}
		for _, b := range d.Blocks {
			g.Blocks = append(g.Blocks, b.Kind+": "+d.Text[b.Start:b.End])
		}
		gs = append(gs, g)
	}
	b, err := json.MarshalIndent(gs, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return append(b, '\n')
}

// TestCaptureRules checks the promises of the page-capture rules on our
// fixtures directly, so a golden update cannot silently break them.
func TestCaptureRules(t *testing.T) {
	tests := []struct {
		file      string
		title     string
		author    string
		published string
		after     string
		absent    []string
		kinds     map[string]string
		credits   int
	}{
		{"capture-news.txt", "Who are the Sahel's newest armed factions?", "Joan Example", "2023-03-14", "",
			[]string{"Skip to", "Related Articles", "Please enter", "Latest Posts", "Example Agency", "Image:", "cookie"},
			map[string]string{"Villagers gather in the market": "caption", "Rivalries and alliances": "body", "Joan Example": "byline",
				"For now, the army has few troops": "body", "This article was translated": "body"}, 2},
		{"capture-interview.txt", "What drives the militias of the eastern hills?", "Sam Example", "", "2019",
			[]string{"Share this page", "Related content", "displacement"},
			map[string]string{"Research Fellow": "byline", "How did the militias start?": "body", "Rarely.": "body"}, 0},
		{"capture-blog.txt", "The long decline of a rebel movement", "Alex Example", "", "2019-06",
			[]string{"Politics, Society", "Disclaimer", "View all posts", "Wikimedia", "\n\nAuthor\n\n"},
			map[string]string{"Rebel fighters handing over weapons": "caption", "Alex Example is a graduate": "bio",
				"Today the movement": "body"}, 1},
		{"capture-wrapped.txt", "Herders and militias in the central belt", "Kim Example", "2020-02-02", "",
			[]string{"Home |", "Related stories", "Farmers return", "food shortages", "Comments", "Reader One", "figures\ncollected"},
			map[string]string{"killed hundreds of people over the past year, according to figures collected": "body",
				"Police reinforcements arrived": "body", "security forces of taking sides.": "body"}, 0},
		{"capture-explainer.txt", "Niger Delta: Who are the region's armed groups?", "", "", "2016",
			[]string{"Image source", "Image caption", "More on the Niger Delta", "Example Agency"},
			map[string]string{"Burned pipeline in the creeks": "caption", "A damaged pipeline": "caption",
				"Published": "byline", "Several smaller groups": "body"}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			raw, _ := os.ReadFile(filepath.Join("testdata", tt.file))
			docs, err := Convert(tt.file, raw, Options{Now: func() time.Time { return fixedNow }})
			if err != nil {
				t.Fatal(err)
			}
			d := docs[0]
			if d.Title != tt.title || d.Author != tt.author || d.Published.String() != tt.published || d.PublishedAfter.String() != tt.after {
				t.Errorf("got title %q author %q published %q after %q", d.Title, d.Author, d.Published, d.PublishedAfter)
			}
			for _, s := range tt.absent {
				if strings.Contains(d.Text, s) {
					t.Errorf("text contains %q", s)
				}
			}
			for sub, kind := range tt.kinds {
				i := strings.Index(d.Text, sub)
				if i < 0 {
					t.Errorf("text lost %q", sub)
				} else if got := d.BlockAt(i); got != kind {
					t.Errorf("%q is %s, want %s", sub, got, kind)
				}
			}
			if strings.Count(d.Text, "Alex Example is a graduate") > 1 {
				t.Error("duplicate bio kept")
			}
			if len(d.Credits) != tt.credits {
				t.Errorf("credits %q, want %d", d.Credits, tt.credits)
			}
		})
	}
}
