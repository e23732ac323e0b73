package gazetteer

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// sharedDir is ../shared seen from this package, or "" when absent.
func sharedDir(t *testing.T) string {
	t.Helper()
	d := filepath.Join("..", "..", "..", "shared")
	if _, err := os.Stat(filepath.Join(d, "eval")); err != nil {
		t.Skip("../shared/eval not present")
	}
	return d
}

type goldEntity struct {
	Name    string   `json:"name"`
	Type    string   `json:"type"`
	Aliases []string `json:"aliases"`
}

type goldDoc struct {
	Entities []goldEntity `json:"entities"`
}

// truth is where the seed gold's places really are: our own reference
// coordinates (a province at its seat), or the country a country name
// denotes. Regions are only required to resolve to a region.
var truth = map[string]struct {
	lat, lon float64
	country  string
}{
	"Kabul":                              {34.53, 69.17, ""},
	"Hamid Karzai International Airport": {34.566, 69.212, ""},
	"Nangarhar":                          {34.43, 70.45, ""},
	"Kunar":                              {34.87, 71.15, ""},
	"Peshawar":                           {34.01, 71.58, ""},
	"Moscow":                             {55.75, 37.62, ""},
	"Chechnya":                           {43.31, 45.69, ""},
	"Kajaki":                             {32.25, 65.05, ""},
	"Helmand":                            {31.59, 64.37, ""},
	"Islamabad":                          {33.69, 73.06, ""},
	"White House":                        {38.898, -77.037, ""},
	"Herat":                              {34.35, 62.20, ""},
	"Baghlan":                            {35.94, 68.71, ""},
	"Jowzjan":                            {36.67, 65.75, ""},
	"Paktia":                             {33.60, 69.23, ""},
	"Kunduz":                             {36.73, 68.86, ""},
	"Pul-e-Charkhi Prison":               {34.54, 69.33, ""},
	"Doha":                               {25.29, 51.53, ""},
	"Tora Bora":                          {34.12, 70.22, ""},
	"United States":                      {0, 0, "US"},
	"Afghanistan":                        {0, 0, "AF"},
	"Pakistan":                           {0, 0, "PK"},
	"China":                              {0, 0, "CN"},
	"Russia":                             {0, 0, "RU"},
	"Iran":                               {0, 0, "IR"},
	"Bangladesh":                         {0, 0, "BD"},
	"Sri Lanka":                          {0, 0, "LK"},
	"Kyrgyzstan":                         {0, 0, "KG"},
	"Tajikistan":                         {0, 0, "TJ"},
	"Uzbekistan":                         {0, 0, "UZ"},
	"India":                              {0, 0, "IN"},
	"Syria":                              {0, 0, "SY"},
	"Ukraine":                            {0, 0, "UA"},
	"Iraq":                               {0, 0, "IQ"},
	"Qatar":                              {0, 0, "QA"},
}

// regions are seed locations that are regions, not points.
var regions = map[string]bool{"Kashmir": true, "South Asia": true, "AfPak": true, "Khorasan": true,
	"Central Asia": true, "West Africa": true, "Middle East": true}

// checkPlace reports why e is not the true place of name, or "".
func checkPlace(g *Gazetteer, name string, e *Entry) string {
	if e == nil {
		return "not found"
	}
	if regions[name] {
		if e.Kind != KindRegion {
			return "resolved to " + e.Kind + " " + e.ID + ", want a region"
		}
		return ""
	}
	want, ok := truth[name]
	if !ok {
		return "no reference coordinates in the test (add them)"
	}
	if want.country != "" {
		if e.Kind != KindCountry || e.ID != want.country {
			return "resolved to " + e.Kind + " " + e.ID + ", want country " + want.country
		}
		return ""
	}
	lat, lon, ok := g.Coord(e)
	if !ok {
		return "resolved to " + e.ID + " without coordinates"
	}
	if d := DistanceKm(lat, lon, want.lat, want.lon); d > 25 {
		return "resolved to " + e.ID + " " + e.Name + ", " + strings.TrimSpace(fmtKm(d)) + " from the true place"
	}
	return ""
}

func loadSeedGold(t *testing.T) map[string]goldDoc {
	t.Helper()
	dir := filepath.Join(sharedDir(t), "eval", "gold", "seeds")
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil || len(files) == 0 {
		t.Skip("no seed gold files")
	}
	docs := map[string]goldDoc{}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var d goldDoc
		if err := json.Unmarshal(raw, &d); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		docs[strings.TrimSuffix(filepath.Base(f), ".json")] = d
	}
	return docs
}

// TestSeedGoldPlacesLookup: every seed location's canonical name looks up,
// best candidate first, to the true place.
func TestSeedGoldPlacesLookup(t *testing.T) {
	g := Default()
	for doc, d := range loadSeedGold(t) {
		for _, e := range d.Entities {
			if e.Type != "location" {
				continue
			}
			var top *Entry
			if c := g.Lookup(e.Name); len(c) > 0 {
				top = c[0]
			}
			if why := checkPlace(g, e.Name, top); why != "" {
				t.Errorf("%s: Lookup(%q): %s", doc, e.Name, why)
			}
		}
	}
}

// TestSeedGoldPlacesInText: every surface form of a seed location that
// occurs as words in its document is matched there, by itself or inside a
// longer name, and a match of the form itself resolves to the true place.
func TestSeedGoldPlacesInText(t *testing.T) {
	g := Default()
	corpus := filepath.Join(sharedDir(t), "corpus", "seeds")
	for doc, d := range loadSeedGold(t) {
		raw, err := os.ReadFile(filepath.Join(corpus, doc+".txt"))
		if err != nil {
			t.Skipf("seed text %s: %v", doc, err)
		}
		text := string(raw)
		matches := g.Match(text)
		for _, e := range d.Entities {
			if e.Type != "location" {
				continue
			}
			for _, form := range append([]string{e.Name}, e.Aliases...) {
				for _, at := range wordOccurrences(text, form) {
					m := covering(matches, at, at+len(form))
					switch {
					case m == nil:
						t.Errorf("%s: %q (%s) at %d: not matched", doc, form, e.Name, at)
					case m.Start == at && m.End == at+len(form):
						if why := checkPlace(g, e.Name, m.Entry); why != "" {
							t.Errorf("%s: %q (%s) at %d: %s", doc, form, e.Name, at, why)
						}
					}
				}
			}
		}
	}
}

// wordOccurrences returns where form occurs in text as whole words.
func wordOccurrences(text, form string) []int {
	var out []int
	for i := 0; ; {
		j := strings.Index(text[i:], form)
		if j < 0 {
			return out
		}
		at := i + j
		end := at + len(form)
		if (at == 0 || !isWordByteAt(text, at-1)) && (end == len(text) || !isWordByteAt(text, end)) {
			out = append(out, at)
		}
		i = at + 1
	}
}

func isWordByteAt(s string, i int) bool {
	c := s[i]
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func covering(ms []Match, start, end int) *Match {
	for i := range ms {
		if ms[i].Start <= start && ms[i].End >= end {
			return &ms[i]
		}
	}
	return nil
}
