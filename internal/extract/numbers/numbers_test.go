package numbers

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// show renders a Quantity compactly for golden comparisons.
func show(q Quantity) string {
	b := func(p *float64) string {
		if p == nil {
			return "_"
		}
		return fmt.Sprint(*p)
	}
	s := fmt.Sprintf("%s=%s..%s", q.Text, b(q.Min), b(q.Max))
	flags := []struct {
		on   bool
		name string
	}{{q.Approx, "~"}, {q.Vague, "vague"}, {q.Percent, "%"}, {q.Factor, "x"}, {q.Money, "$"}, {q.OneOf, "oneof"}}
	for _, f := range flags {
		if f.on {
			s += " " + f.name
		}
	}
	return s
}

func TestFind(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		// figures and separators
		{"Police said 1,500 men and 12 women were held.", []string{"1,500=1500..1500", "12=12..12"}},
		{"The budget was $5m, then 1.5 million and £2.5bn.", []string{"$5m=5e+06..5e+06 $", "1.5 million=1.5e+06..1.5e+06", "£2.5bn=2.5e+09..2.5e+09 $"}},
		{"A 5,000-strong force crossed the river.", []string{"5,000=5000..5000"}},
		// number words
		{"Sixty rebels and thirteen soldiers died.", []string{"Sixty=60..60", "thirteen=13..13"}},
		{"twenty-five villagers, one hundred and twenty houses", []string{"twenty-five=25..25", "one hundred and twenty=120..120"}},
		{"a hundred guards, a dozen boats, two dozen trucks, half a dozen cars", []string{"a hundred=100..100", "a dozen=12..12", "two dozen=24..24", "half a dozen=6..6"}},
		{"three thousand five hundred refugees", []string{"three thousand five hundred=3500..3500"}},
		// qualifiers
		{"at least 190 dead", []string{"at least 190=190.._"}},
		{"no fewer than 40 wounded", []string{"no fewer than 40=40.._"}},
		{"more than sixty killed, over 20 hurt, in excess of 300 held", []string{"more than sixty=61.._", "over 20=21.._", "in excess of 300=301.._"}},
		{"fewer than 30 fled and less than 10 stayed", []string{"fewer than 30=_..29", "less than 10=_..9"}},
		{"up to 30 fighters, as many as 400 guards, at most 5 boats", []string{"up to 30=_..30", "as many as 400=_..400", "at most 5=_..5"}},
		{"around 140 people, about 3,000 men, approximately 60, roughly 9, some 500, an estimated 2,000", []string{
			"around 140=140..140 ~", "about 3,000=3000..3000 ~", "approximately 60=60..60 ~", "roughly 9=9..9 ~", "some 500=500..500 ~", "an estimated 2,000=2000..2000 ~"}},
		{"nearly 100 died and almost fifty fled", []string{"nearly 100=_..100 ~", "almost fifty=_..50 ~"}},
		{"200 or more were seen, 30 or so escaped, a 100-plus convoy", []string{"200 or more=200.._", "30 or so=30..30 ~", "100-plus=100.._"}},
		// ranges
		{"between 500 and 1,500 fighters", []string{"between 500 and 1,500=500..1500"}},
		{"500-1,500 fighters, 8,000 to 10,000 recruits, from 20 to 30 cars", []string{"500-1,500=500..1500", "8,000 to 10,000=8000..10000", "from 20 to 30=20..30"}},
		{"two or three guards and 1 to 1.5 million people", []string{"two or three=2..3", "1 to 1.5 million=1e+06..1.5e+06"}},
		{"around 50 to 60 people", []string{"around 50 to 60=50..60 ~"}},
		// vague amounts
		{"dozens of homes, scores of people, hundreds of families", []string{"dozens=24.._ vague", "scores=40.._ vague", "hundreds=200.._ vague"}},
		{"thousands fled; tens of thousands more; hundreds of thousands in camps", []string{"thousands=2000.._ vague", "tens of thousands=20000.._ vague", "hundreds of thousands=200000.._ vague"}},
		{"several guards, a few officers, a handful of men, a couple of trucks", []string{"several=3..9 vague", "a few=2..5 vague", "a handful=2..5 vague", "a couple=2..2 vague"}},
		{"several hundred families and a few dozen homes", []string{"several hundred=300..900 vague", "a few dozen=24..60 vague"}},
		// percentages and factors
		{"Attacks fell 94% and then 12 percent and 3.5 per cent.", []string{"94%=94..94 %", "12 percent=12..12 %", "3.5 per cent=3.5..3.5 %"}},
		{"declined by about 94% in two years", []string{"about 94%=94..94 ~ %", "two=2..2"}},
		{"three times as many, twice as large, it doubled, a fourfold rise, a 10-fold jump", []string{"three times=3..3 x", "twice=2..2 x", "doubled=2..2 x", "fourfold=4..4 x", "10-fold=10..10 x"}},
		// not numbers
		{"In 2017 and again in 2021 the group struck; 2016-2018 was calm.", nil},
		{"It grew in the 1990s and the 1980's.", nil},
		{"The blast came at 5 p.m. and another at 10:30, a third at 2230 and one around 0630.", []string{"one=1..1"}},
		{"On August 26, 2021 and on 26 August and the 31st of August, and July 15.", nil},
		{"The 3rd brigade, the 1st of May, first and second waves.", nil},
		{"An F-16, flight MH17, COVID-19, Resolution 2253 and No. 5 appeared.", nil},
		{"Call 202-555-0100 or see 26/08/2021.", nil},
		{"No one died; they fought one another one by one.", nil},
		{"She was one of the leaders.", []string{"one=1..1 oneof"}},
		{"2000 fighters joined in 2000.", []string{"2000=2000..2000"}},
		{"more than 2000 joined", []string{"more than 2000=2001.._"}},
		{"1. Skip to content\n2. Menu", nil},
		{"", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, q := range Find(tt.in) {
			got = append(got, show(q))
			if tt.in[q.Start:q.End] != q.Text {
				t.Errorf("offsets of %q wrong", q.Text)
			}
		}
		if strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
			t.Errorf("Find(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

func TestFindOffsetsUnicode(t *testing.T) {
	in := "Über\u00a0 between\u00a08,000 and 10,000 — “at least 19”."
	qs := Find(in)
	if len(qs) != 2 {
		t.Fatalf("got %d quantities", len(qs))
	}
	for _, q := range qs {
		if in[q.Start:q.End] != q.Text {
			t.Errorf("offset mismatch %q", q.Text)
		}
	}
}

func FuzzFind(f *testing.F) {
	f.Add("between 500 and 1,500 or at least sixty-one 5m $ 3rd 2016-2018")
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, q := range Find(s) {
			if q.Start < prev || q.End <= q.Start || q.End > len(s) || s[q.Start:q.End] != q.Text {
				t.Fatalf("bad quantity %+v", q)
			}
			prev = q.End
		}
	})
}

func BenchmarkFind(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "..", "..", "shared", "corpus", "seeds", "*.txt"))
	var sb strings.Builder
	for _, f := range files {
		data, _ := os.ReadFile(f)
		sb.Write(data)
	}
	if sb.Len() == 0 {
		sb.WriteString(strings.Repeat("At least 190 people and more than sixty guards died in 2021. ", 500))
	}
	text := sb.String()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Find(text)
	}
}

func TestFindLargeInput(t *testing.T) {
	unit := "Police said at least 12 people died. "
	text := strings.Repeat(unit, 3000) // several lexing chunks, no line breaks
	qs := Find(text)
	if len(qs) != 3000 {
		t.Fatalf("got %d quantities, want 3000", len(qs))
	}
	for _, q := range qs {
		if q.Text != "at least 12" || text[q.Start:q.End] != q.Text {
			t.Fatalf("bad quantity %+v", q)
		}
	}
}
