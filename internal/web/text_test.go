package web

import (
	"strings"
	"testing"

	"dossier/internal/model"
)

type rangeT = model.Range

func TestLayoutText(t *testing.T) {
	text := "Title line\nThe Valley Army hit Oldtown. Then it left.\n"
	ms := []MentionView{
		{Start: 15, End: 26, Entity: EntityRef{ID: "g1", Name: "Valley Army"}},
		{Start: 11, End: 26, Entity: EntityRef{ID: "bad"}}, // overlaps the next one: earliest wins
		{Start: 31, End: 38, Entity: EntityRef{ID: "p1"}},
		{Start: 5, End: 200}, // out of range: dropped
	}
	paras := layoutText(text, ms, span{11, 40})
	if len(paras) != 2 {
		t.Fatalf("%d paragraphs, want 2", len(paras))
	}
	var b strings.Builder
	anchors := 0
	for _, p := range paras[1] {
		if p.Anchor {
			anchors++
		}
		switch {
		case p.Entity != nil && p.Evidence:
			b.WriteString("[" + p.Entity.ID + ":" + p.Text + "]")
		case p.Evidence:
			b.WriteString("{" + p.Text + "}")
		default:
			b.WriteString(p.Text)
		}
	}
	want := "[bad:The Valley Army]{ hit }[p1:Oldtown]{. }Then it left."
	if got := b.String(); got != want {
		t.Errorf("layout\n got %s\nwant %s", got, want)
	}
	if anchors != 1 {
		t.Errorf("%d anchors, want 1", anchors)
	}
}

func TestLayoutTextRejectsSplitRunes(t *testing.T) {
	text := "Café attack"
	paras := layoutText(text, []MentionView{{Start: 0, End: 4}}, span{4, 8}) // 4 is inside "é"
	if len(paras) != 1 {
		t.Fatalf("%d paragraphs", len(paras))
	}
	for _, p := range paras[0] {
		if p.Entity != nil || p.Evidence {
			t.Errorf("span cutting a rune was used: %+v", p)
		}
	}
}

func TestFormatters(t *testing.T) {
	f := func(v float64) *float64 { return &v }
	tests := map[string]string{
		fmtRange(nil): "—",
		fmtRange(&rangeT{Min: f(190), Max: f(190)}):               "190",
		fmtRange(&rangeT{Min: f(500), Max: f(1500)}):              "500–1,500",
		fmtRange(&rangeT{Min: f(60)}):                             "at least 60",
		fmtRange(&rangeT{Max: f(20)}):                             "at most 20",
		fmtRange(&rangeT{Min: f(140), Max: f(140), Approx: true}): "about 140",
		fmtNum(1234567):                      "1,234,567",
		backTo("//evil.example/x", "7"):      "/curation?done=7",
		backTo("https://evil.example/", "7"): "/curation?done=7",
		backTo("/entities/x", "7"):           "/entities/x",
	}
	for got, want := range tests {
		if got != want {
			t.Errorf("got %q, want %q", got, want)
		}
	}
}

func TestPageJSONCannotCloseItsElement(t *testing.T) {
	b := &Base{PageData: map[string]string{"name": "</script><script>alert(1)</script>&"}}
	j, err := b.PageJSON()
	if err != nil {
		t.Fatal(err)
	}
	if strings.ContainsAny(string(j), "<>&") {
		t.Errorf("page JSON %s contains raw <, > or &", j)
	}
}
