package gazetteer

import (
	"strings"
	"sync"
	"testing"
)

// matchIDs returns "text=id" for each match, for compact comparisons.
func matchIDs(g *Gazetteer, text string) string {
	var out []string
	for _, m := range g.Match(text) {
		out = append(out, m.Text+"="+m.Entry.ID)
	}
	return strings.Join(out, " ")
}

func TestMatchContext(t *testing.T) {
	g := Default()
	cases := []struct{ name, text, want string }{
		{"province cue and country", "Gunmen attacked a checkpoint in Nangarhar province, Afghanistan.",
			"Nangarhar province=AF.18 Afghanistan=AF"},
		{"lower-case words are not places", "the chad was most of the time at the police post.", ""},
		{"common words are not small places", "Most of the Police in Of said so.", ""},
		{"person names", "Rajesh Kumar met Michael Jordan in Delhi, India.", "Delhi=geo:1273294 India=IN"},
		{"misspelling only with its country", "Fighting in the provinces of Nangarhar and Kumar, Afghanistan.",
			"Nangarhar=AF.18 Kumar=AF.34 Afghanistan=AF"},
		{"misspelling without its country", "Kumar said the talks failed.", ""},
		{"IS needs capitals", "The IS fighters fled; this is not a group.", "IS=grp:islamic-state"},
		{"US in capitals only", "The US said no. Tell us more.", "US=US"},
		{"demonym", "Afghan officials said.", "Afghan=AF"},
		{"given name", "Jordan Henderson and Chad Smith visited Georgia.", "Georgia=GE"},
		{"coordinated names", "It fights in South and Central Asia and in North and South Waziristan.",
			"South=reg:south-asia Central Asia=reg:central-asia North=reg:north-waziristan South Waziristan=reg:south-waziristan"},
		{"IS alone is not vouched for", "IS said the results would come soon.", ""},
		{"IS vouched by another name", "The Islamic State lost ground. IS said it would return.",
			"Islamic State=grp:islamic-state IS=grp:islamic-state"},
		{"shouted headline", "WHAT IS LEFT FOR US", ""},
		{"diacritics folded", "Jalālābād and Jalalabad, Afghanistan", "Jalālābād=geo:1139715 Jalalabad=geo:1139715 Afghanistan=AF"},
	}
	for _, c := range cases {
		got := matchIDs(g, c.text)
		if !strings.Contains(c.want, "grp:") && !strings.Contains(c.want, "US=") && !strings.HasPrefix(c.name, "IS ") {
			got = onlyPlaces(g, c.text)
		}
		if got != c.want {
			t.Errorf("%s: Match(%q) = %q, want %q", c.name, c.text, got, c.want)
		}
	}
}

// onlyPlaces is matchIDs restricted to locations.
func onlyPlaces(g *Gazetteer, text string) string {
	var out []string
	for _, m := range g.Match(text) {
		if m.Entry.IsPlace() {
			out = append(out, m.Text+"="+m.Entry.ID)
		}
	}
	return strings.Join(out, " ")
}

func TestMatchOffsetsAreWordAligned(t *testing.T) {
	g := Default()
	text := "«Kabul», said ISIS-K; (Herat) and Kandahar’s markets."
	for _, m := range g.Match(text) {
		if text[m.Start:m.End] != m.Text {
			t.Errorf("match %q has offsets %d-%d over %q", m.Text, m.Start, m.End, text[m.Start:m.End])
		}
	}
	if got := onlyPlaces(g, text); !strings.Contains(got, "Kabul=") || !strings.Contains(got, "Kandahar=") {
		t.Errorf("places in %q = %q, want Kabul and Kandahar", text, got)
	}
}

func TestMatchConcurrent(t *testing.T) {
	g := Default()
	text := "Militants attacked Jalalabad in Nangarhar province, Afghanistan, and Peshawar, Pakistan."
	want := matchIDs(g, text)
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 50; j++ {
				if got := matchIDs(g, text); got != want {
					t.Errorf("concurrent Match = %q, want %q", got, want)
					return
				}
			}
		}()
	}
	wg.Wait()
}

func TestLoadExtraFile(t *testing.T) {
	extra := `{"id":"test-front","name":"Test Liberation Front","aliases":["TLF"],"subtype":"insurgent","countries":["ML"],"active":"2019-"}
{"id":"org:test-watch","name":"Test Watch","aliases":[],"subtype":"ngo","country":"GB"}`
	g, err := Load(strings.NewReader(extra))
	if err != nil {
		t.Fatal(err)
	}
	if e := g.Get("grp:test-front"); e == nil || e.Kind != KindGroup {
		t.Fatalf("Get(grp:test-front) = %v, want the group", e)
	}
	if e := g.Get("org:test-watch"); e == nil || e.Kind != KindOrg {
		t.Fatalf("Get(org:test-watch) = %v, want the organisation", e)
	}
	if got := matchIDs(g, "The TLF attacked Gao, Mali."); !strings.Contains(got, "TLF=grp:test-front") {
		t.Errorf("Match with extra file = %q, want TLF", got)
	}
	if _, err := Load(strings.NewReader(`[{"name":"no id"}]`)); err == nil {
		t.Error("Load accepted a record without an id")
	}
	if _, err := Load(strings.NewReader(`[{"id":"unknown-thing","aliases":["X"]}]`)); err == nil {
		t.Error("Load accepted a new record without a name")
	}
	// An alias-only record extends a built-in group.
	g2, err := Load(strings.NewReader(`[{"id":"iskp","aliases":["Khorasan Wilayah Test Form"]}]`))
	if err != nil {
		t.Fatal(err)
	}
	if c := g2.Lookup("Khorasan Wilayah Test Form"); len(c) == 0 || c[0].ID != "grp:iskp" {
		t.Errorf("alias from extra file: Lookup = %v, want grp:iskp", c)
	}
}

func TestMatchOddInput(t *testing.T) {
	g := Default()
	for _, text := range []string{"", "   ", "...!?", "\xff\xfe Kabul \xc3", "Kabul", strings.Repeat("a ", 10000)} {
		for _, m := range g.Match(text) {
			if m.Start < 0 || m.End > len(text) || m.Start >= m.End || m.Entry == nil {
				t.Errorf("Match(%.20q): bad match %+v", text, m)
			}
		}
	}
	if got := g.Lookup(""); got != nil {
		t.Errorf("Lookup(\"\") = %v, want nil", got)
	}
}
