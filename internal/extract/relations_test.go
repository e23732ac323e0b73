package extract

import (
	"os"
	"testing"

	"dossier/internal/model"
)

// fixture extracts testdata/NAME, an article written for these tests.
func fixture(t *testing.T, name string, pub model.Date) *model.Extraction {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return Extract(&model.Document{Name: name, Text: string(b), Published: pub}, Options{})
}

func TestFrameRelations(t *testing.T) {
	x := fixture(t, "article_en.txt", model.MonthDate(2024, 2))
	got := map[[3]string]bool{}
	for _, r := range x.Relations {
		got[[3]string{r.Subject, r.Predicate, r.Object}] = true
		if x := r.Evidence; x.Text == "" || x.End <= x.Start {
			t.Errorf("relation %v has no evidence", r)
		}
	}
	want := [][3]string{
		{"Northern Hills Front", "affiliate_of", "Islamic State"},
		{"Northern Hills Front", "splinter_of", "Tehrik-i-Taliban Pakistan"},
		{"Northern Hills Front", "based_in", "Kunar"},
		{"Abu Harith al-Zamani", "leader_of", "Northern Hills Front"},
		{"Northern Hills Front", "allied_with", "Haqqani network"},
		{"Haqqani network", "allied_with", "Taliban"},
		{"Northern Hills Front", "rival_of", "Taliban"},
		{"Farid Noorzai", "member_of", "Centre for Frontier Studies"},
		{"Elena Marsh", "member_of", "Meridian Security Institute"},
		{"Northern Hills Front", "active_in", "Takhar"},
		{"Northern Hills Front", "active_in", "Badakhshan"},
		{"Northern Hills Front", "active_in", "Kunduz"},
	}
	for _, k := range want {
		if !got[k] {
			t.Errorf("missing relation %v", k)
		}
	}
	for _, bad := range [][3]string{
		{"Islamic State", "splinter_of", "Tehrik-i-Taliban Pakistan"},
		{"Northern Hills Front", "based_in", "Afghanistan"},
	} {
		if got[bad] {
			t.Errorf("unexpected relation %v", bad)
		}
	}
}

func TestFrameEstimates(t *testing.T) {
	x := fixture(t, "article_en.txt", model.MonthDate(2024, 2))
	type est struct {
		prop     string
		min, max float64
		asOf     string
	}
	var got []est
	for _, e := range x.Estimates {
		if e.Subject != "Northern Hills Front" || e.Min == nil || e.Max == nil {
			continue
		}
		got = append(got, est{e.Property, *e.Min, *e.Max, e.AsOf.String()})
	}
	want := []est{
		{"fighters", 1200, 1200, "2024"},
		{"fighters", 800, 1500, "2023-06"},
		{"attack_decline_pct", 40, 40, "2023-12"},
		{"fighters", 2000, 2000, ""},
	}
	for _, w := range want {
		found := false
		for _, g := range got {
			found = found || g == w
		}
		if !found {
			t.Errorf("missing estimate %+v; got %+v", w, got)
		}
	}
}
