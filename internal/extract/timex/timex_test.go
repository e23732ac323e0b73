package timex

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dossier/internal/model"
)

// render shows an Expr compactly: text=date[..until][ rel][ ana][ mod].
func render(e Expr) string {
	s := e.Text + "=" + e.Date.String()
	if !e.Until.IsZero() {
		s += ".." + e.Until.String()
	}
	if e.Relative {
		s += " rel"
	}
	if e.Anaphoric {
		s += fmt.Sprintf(" ana%v", e.Offset)
	}
	if e.Mod != "" {
		s += " " + e.Mod
	}
	return s
}

func mustDate(t *testing.T, s string) model.Date {
	t.Helper()
	d, err := model.ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestFind(t *testing.T) {
	tests := []struct {
		ref  string
		in   string
		want []string
	}{
		// absolute
		{"2024-04-10", "The raid on 3 March and the strike on March 5, 2019.", []string{"3 March=2024-03-03 rel", "March 5, 2019=2019-03-05"}},
		{"2024-04-10", "A convoy was hit on the 2nd of February and on Oct. 9th.", []string{"the 2nd of February=2024-02-02 rel", "Oct. 9th=2023-10-09 rel"}},
		{"", "Fighting resumed on 14 November 2016 and on November 3.", []string{"14 November 2016=2016-11-14", "November 3= rel"}},
		{"2022-01-20", "Reported 11/03/2021, 2019-05-07 and 07.02.2018.", []string{"11/03/2021=2021-11-03", "2019-05-07=2019-05-07", "07.02.2018=2018-07-02"}},
		{"2022-01-20", "It was dated 25/12/2020.", []string{"25/12/2020=2020-12-25"}},
		{"2023-06-02", "Tuesday, 30 May 2023: the group struck.", []string{"Tuesday, 30 May 2023=2023-05-30"}},
		// partial
		{"2024-04-10", "It grew in October, again in 2012, and in May 2020.", []string{"October=2023-10 rel", "2012=2012", "May 2020=2020-05"}},
		{"2024-04-10", "In the summer of 2013, early 2016, mid-2018 and late 2019.", []string{"the summer of 2013=2013 summer", "early 2016=2016 early", "mid-2018=2018 mid", "late 2019=2019 late"}},
		{"2024-04-10", "By the end of 2015 and in late November the front had moved.", []string{"the end of 2015=2015 late", "late November=2023-11 rel late"}},
		{"2024-04-10", "Its roots lie in the 1980s.", []string{"1980s=1980..1989 decade"}},
		// intervals
		{"2024-04-10", "Between 2012 and 2015 and from March 2020 to June 2021.", []string{"Between 2012 and 2015=2012..2015", "from March 2020 to June 2021=2020-03..2021-06"}},
		{"2024-04-10", "Data for 2010-2013, 2004–07 and between May and July 2022.", []string{"2010-2013=2010..2013", "2004–07=2004..2007", "between May and July 2022=2022-05..2022-07"}},
		// relative
		{"2024-04-10", "last March, last May, this year, earlier this year, last year, next year", []string{
			"last March=2024-03 rel", "last May=2023-05 rel", "this year=2024 rel", "earlier this year=2024 rel earlier", "last year=2023 rel", "next year=2025 rel"}},
		{"2024-02-10", "The siege of last March ended.", []string{"last March=2023-03 rel"}},
		{"2024-04-10", "last month and earlier this month", []string{"last month=2024-03 rel", "earlier this month=2024-04 rel earlier"}},
		{"2024-04-10", "yesterday, today, last night, the day before yesterday", []string{"yesterday=2024-04-09 rel", "today=2024-04-10 rel", "last night=2024-04-09 rel", "the day before yesterday=2024-04-08 rel"}},
		{"2024-04-11", "Gunmen struck on Thursday and on Monday; last Thursday too; next Friday.", []string{
			"Thursday=2024-04-11 rel", "Monday=2024-04-08 rel", "last Thursday=2024-04-04 rel", "next Friday=2024-04-12 rel"}},
		{"2024-04-10", "Four days ago, two weeks ago, a month ago, three years ago.", []string{
			"Four days ago=2024-04-06 rel", "two weeks ago=2024-03 rel", "a month ago=2024-03 rel", "three years ago=2021 rel"}},
		{"2024-04-10", "last summer", []string{"last summer=2023 rel summer"}},
		{"", "On Thursday and last year and in March.", []string{"Thursday= rel", "last year= rel", "March= rel"}},
		{"2024", "the attack of last March", []string{"last March=2024-03 rel"}},
		// anaphoric
		{"2024-04-10", "On 2 March 2022 a bomb exploded. A month later, gunmen struck. Two days later, another blast.", []string{
			"2 March 2022=2022-03-02", "A month later=2022-04 ana[0 1 0]", "Two days later=2022-04 ana[0 0 2]"}},
		{"2024-04-10", "In May 2021 they attacked. The next day, weeks later, the following year, that day, later that year.", []string{
			"May 2021=2021-05", "The next day=2021-05 ana[0 0 1]", "weeks later=2021-05 ana[0 0 14]", "the following year=2022 ana[1 0 0]",
			"that day=2022 ana[0 0 0]", "later that year=2022 ana[0 0 0]"}},
		{"", "Six hours later the town fell; the day after, it burned.", []string{"Six hours later= ana[0 0 0]", "the day after= ana[0 0 1]"}},
		// not dates
		{"2024-04-10", "They may attack; the march on the capital; Theresa May and April Smith spoke.", nil},
		{"2024-04-10", "The Sunday Times quoted Black September veterans and the august assembly.", nil},
		{"2024-04-10", "May God protect them. March to the square.", nil},
		{"2024-04-10", "Some 2000 fighters and more than 1500 men, at 1950 hours and at 2030.", nil},
		{"2024-04-10", "We have 20 recruits, 12 trucks and 5km of road.", nil},
		{"2024-04-10", "Recently, in recent years, for decades.", nil},
		// name-months in context
		{"2021-09-01", "A May car bombing killed 85. In a June UN report the count rose. In June Taliban fighters entered.", []string{
			"May=2021-05 rel", "June=2021-06 rel", "June=2021-06 rel"}},
	}
	for _, tt := range tests {
		var ref model.Date
		if tt.ref != "" {
			ref = mustDate(t, tt.ref)
		}
		var got []string
		for _, e := range Find(tt.in, ref) {
			got = append(got, render(e))
			if tt.in[e.Start:e.End] != e.Text {
				t.Errorf("offsets of %q wrong", e.Text)
			}
		}
		if strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
			t.Errorf("Find(%q, %s)\n got %q\nwant %q", tt.in, tt.ref, got, tt.want)
		}
	}
}

func TestYearRollback(t *testing.T) {
	ref := model.DayDate(2024, 1, 5)
	tests := map[string]string{
		"on 28 December": "2023-12-28", // after the reference by weeks: last year
		"on 9 January":   "2024-01-09", // a few days ahead: this year
		"in November":    "2023-11",
		"in January":     "2024-01",
	}
	for in, want := range tests {
		es := Find(in, ref)
		if len(es) != 1 || es[0].Date.String() != want {
			t.Errorf("Find(%q) = %v, want %s", in, es, want)
		}
	}
}

func TestDayFirst(t *testing.T) {
	in := "Seen on 03/04/2021."
	if got := Find(in, model.Date{})[0].Date.String(); got != "2021-03-04" {
		t.Errorf("month first: got %s", got)
	}
	if got := FindWith(in, model.Date{}, Options{DayFirst: true})[0].Date.String(); got != "2021-04-03" {
		t.Errorf("day first: got %s", got)
	}
}

func TestAnchor(t *testing.T) {
	e := Find("Three days later the town fell.", model.Date{})[0]
	tests := []struct {
		anchor model.Date
		want   string
	}{
		{model.DayDate(2021, 8, 30), "2021-09-02"},
		{model.MonthDate(2021, 8), "2021-08"},
		{model.YearDate(2021), "2021"},
		{model.Date{}, ""},
	}
	for _, tt := range tests {
		if got := Anchor(e, tt.anchor).String(); got != tt.want {
			t.Errorf("Anchor(%s) = %s, want %s", tt.anchor, got, tt.want)
		}
	}
	abs := Find("on 5 May 2020", model.Date{})[0]
	if got := Anchor(abs, model.DayDate(2000, 1, 1)); got != abs.Date {
		t.Errorf("Anchor of an absolute date changed it: %s", got)
	}
}

func FuzzFind(f *testing.F) {
	f.Add("between May and July 2021, last Thursday, 26/08/2021, a month later, mid-2019")
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, e := range Find(s, model.DayDate(2021, 8, 26)) {
			if e.Start < prev || e.End <= e.Start || e.End > len(s) || s[e.Start:e.End] != e.Text {
				t.Fatalf("bad expr %+v", e)
			}
			prev = e.End
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
		sb.WriteString(strings.Repeat("On Thursday, a month after the attack of 26 August 2021, they met in Kabul. ", 400))
	}
	text := sb.String()
	ref := model.DayDate(2021, 8, 26)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Find(text, ref)
	}
}

func TestFindLargeInput(t *testing.T) {
	unit := "On 3 May 2020 it began. A month later it ended.\n"
	text := strings.Repeat(unit, 2000) // several lexing chunks
	es := Find(text, model.Date{})
	if len(es) != 4000 {
		t.Fatalf("got %d expressions, want 4000", len(es))
	}
	for i, e := range es {
		want := "2020-05-03"
		if i%2 == 1 {
			want = "2020-06"
		}
		if e.Date.String() != want || text[e.Start:e.End] != e.Text {
			t.Fatalf("expression %d: %+v", i, e)
		}
	}
}
