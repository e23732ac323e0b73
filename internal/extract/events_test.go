package extract

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dossier/internal/model"
)

// eventCase is one incident summary written for these tests and the
// event fields it must yield (the first event).
type eventCase struct {
	name    string
	text    string
	kind    string
	killed  string // "lo-hi", "lo-" (open) or "" (null)
	injured string
	date    string
}

var eventCases = []eventCase{
	{
		name:   "suicide bomber adds to the dead",
		text:   "A suicide bomber blew himself up at a police post in Farah city, Farah province, Afghanistan. Twelve officers were killed and 20 others were wounded in the explosion. The Taliban claimed responsibility.",
		kind:   model.KindSuicideBombing,
		killed: "13-13", injured: "20-20", date: "2019-03-04",
	},
	{
		name:   "attacker already counted",
		text:   "Two suicide bombers detonated their vests near a market in Gao, Mali. Six people, including both attackers, were killed in the blasts.",
		kind:   model.KindSuicideBombing,
		killed: "6-6", date: "2019-03-04",
	},
	{
		name:   "in addition to the bomber",
		text:   "A suicide bomber drove a truck packed with explosives into a checkpoint in Baidoa town, Bay region, Somalia. In addition to the bomber, at least nine soldiers were killed and 14 civilians were injured in the blast.",
		kind:   model.KindSuicideBombing,
		killed: "10-10", injured: "14-14", date: "2019-03-04",
	},
	{
		name:   "parts summed with apposition",
		text:   "Gunmen opened fire on the car of Ahmad Karimi in Herat city, Herat province, Afghanistan. Karimi, a district governor, and two of his bodyguards were killed and a passer-by was injured in the attack.",
		kind:   model.KindShooting,
		killed: "3-3", injured: "1-1", date: "2019-03-04",
	},
	{
		name:   "gerund victims",
		text:   "On Monday, militants fired mortars at a village market in Borno state, Nigeria, killing four traders and wounding eleven others. No group claimed responsibility for the attack.",
		kind:   model.KindBombing,
		killed: "4-4", injured: "11-11", date: "2019-03-04",
	},
	{
		name: "no casualties",
		text: "Assailants threw a grenade at a bank in Imphal city, Manipur state, India. No casualties were reported in the blast.",
		kind: model.KindBombing,
		date: "2019-03-04",
	},
	{
		name: "kidnapping",
		text: "Armed men abducted two engineers from a construction site near Kidal, Mali. The hostages were released a week later.",
		kind: model.KindKidnapping,
		date: "2019-03-04",
	},
	{
		name:    "arson on a building",
		text:    "Unknown assailants set fire to a school in Pattani province, Thailand. No one was hurt.",
		kind:    model.KindArmedAssault,
		date:    "2019-03-04",
		injured: "",
	},
	{
		name:   "further victims in a later sentence",
		text:   "A roadside bomb struck the vehicle of a police chief in Kandahar, Afghanistan, killing him. His two guards were also killed in the explosion.",
		kind:   model.KindBombing,
		killed: "3-3", date: "2019-03-04",
	},
	{
		name:    "shot dead, attacker included in clash",
		text:    "A shopkeeper was shot dead in Mogadishu, Somalia. Police returned fire and one assailant and a bystander were killed in the ensuing clash.",
		kind:    model.KindShooting,
		killed:  "3-3",
		date:    "2019-03-04",
		injured: "",
	},
}

func TestFrameEventsFields(t *testing.T) {
	for _, c := range eventCases {
		t.Run(c.name, func(t *testing.T) {
			d := &model.Document{Name: "t", Text: c.text, Published: model.DayDate(2019, 3, 4)}
			x := Extract(d, Options{})
			if len(x.Events) == 0 {
				t.Fatalf("no event in %q", c.text)
			}
			e := x.Events[0]
			if e.Kind != c.kind {
				t.Errorf("kind = %q, want %q", e.Kind, c.kind)
			}
			if got := rangeString(e.Killed); got != c.killed {
				t.Errorf("killed = %q, want %q", got, c.killed)
			}
			if got := rangeString(e.Injured); got != c.injured {
				t.Errorf("injured = %q, want %q", got, c.injured)
			}
			if got := e.Date.String(); got != c.date {
				t.Errorf("date = %q, want %q", got, c.date)
			}
			if d.Text[e.Start:e.End] != e.Evidence.Text {
				t.Errorf("evidence offsets [%d,%d) do not quote %q", e.Start, e.End, e.Evidence.Text)
			}
		})
	}
}

func rangeString(r *model.Range) string {
	if r == nil {
		return ""
	}
	s := ""
	if r.Min != nil {
		s = fmt.Sprint(*r.Min)
	}
	s += "-"
	if r.Max != nil {
		s += fmt.Sprint(*r.Max)
	}
	return s
}

func TestFrameEventsSeparatesIncidents(t *testing.T) {
	text := "In March 2018, militants ambushed an army convoy in Diffa, Niger, killing five soldiers.\n\n" +
		"Two months later, a car bomb exploded outside a hotel in Niamey, killing three guests. The blast also wounded nine people."
	d := &model.Document{Name: "t", Text: text, Published: model.DayDate(2018, 12, 1)}
	x := Extract(d, Options{})
	if len(x.Events) != 2 {
		t.Fatalf("got %d events, want 2: %+v", len(x.Events), x.Events)
	}
	if x.Events[0].Kind != model.KindAmbush || x.Events[1].Kind != model.KindBombing {
		t.Errorf("kinds = %q, %q; want ambush, bombing", x.Events[0].Kind, x.Events[1].Kind)
	}
	if got := rangeString(x.Events[1].Injured); got != "9-9" {
		t.Errorf("second event injured = %q, want 9-9 (the blast refers back)", got)
	}
}

func TestFrameEventsBadInput(t *testing.T) {
	for _, text := range []string{"", "   ", "killed killed killed", "Il y a eu une explosion à Paris.", "\"unbalanced"} {
		d := &model.Document{Name: "t", Text: text}
		x := Extract(d, Options{})
		for _, e := range x.Events {
			if text[e.Start:e.End] != e.Evidence.Text {
				t.Errorf("%q: evidence offsets wrong", text)
			}
		}
	}
}

func TestFrameEventsLongInput(t *testing.T) {
	one := "Gunmen opened fire in Kabul, Afghanistan, killing two people and wounding three. "
	text := strings.Repeat(one, 20000) + strings.Repeat("killed and wounded in the blast ", 200000)
	d := &model.Document{Name: "t", Text: text, Published: model.DayDate(2020, 1, 1)}
	// Speed is measured by BenchmarkExtract and scripts/bench-extract, not
	// asserted here: a wall-clock limit fails on a loaded machine. This test
	// checks that an 8 MB input finishes with sound output.
	x := Extract(d, Options{})
	if len(x.Events) == 0 {
		t.Error("no event in repeated reports")
	}
	for _, e := range x.Events {
		if e.Start < 0 || e.End > len(text) || text[e.Start:e.End] != e.Evidence.Text {
			t.Fatalf("evidence offsets %d-%d do not point at the quoted sentence", e.Start, e.End)
		}
	}
}

var updateEvents = flag.Bool("update-events", false, "rewrite testdata/events_*.golden.json")

// goldenEvent is the part of an event that framing alone decides.
type goldenEvent struct {
	Date        string       `json:"date"`
	Location    *string      `json:"location"`
	Country     *string      `json:"country"`
	Kind        string       `json:"kind"`
	Attribution *string      `json:"attribution"`
	Killed      *model.Range `json:"killed"`
	Injured     *model.Range `json:"injured"`
	Evidence    string       `json:"evidence"`
}

func TestFrameEventsGolden(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join("testdata", "events_*.txt"))
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		d := &model.Document{Name: filepath.Base(p), Text: string(b), Published: model.DayDate(2020, 6, 15)}
		var got []goldenEvent
		for _, e := range Extract(d, Options{}).Events {
			got = append(got, goldenEvent{e.Date.String(), e.Location, e.Country, e.Kind, e.Attribution, e.Killed, e.Injured, e.Evidence.Text})
		}
		out, _ := json.MarshalIndent(got, "", "  ")
		golden := strings.TrimSuffix(p, ".txt") + ".golden.json"
		if *updateEvents {
			if err := os.WriteFile(golden, append(out, '\n'), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%s: %v (run with -update-events)", golden, err)
		}
		if strings.TrimSpace(string(want)) != strings.TrimSpace(string(out)) {
			t.Errorf("%s: events differ from %s:\n%s", p, golden, out)
		}
	}
}

// BenchmarkFrameEvents measures event framing alone (recognition done
// once) on the golden article repeated to about 5 KB.
func BenchmarkFrameEvents(b *testing.B) {
	raw, err := os.ReadFile(filepath.Join("testdata", "events_article.txt"))
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat(string(raw)+"\n", 5000/len(raw)+1)
	d := &model.Document{Name: "bench", Text: text, Published: model.DayDate(2020, 6, 15)}
	w := newWork(d, Options{})
	w.recognize()
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		w.out.Events = w.out.Events[:0]
		w.frameEvents()
	}
}

func TestFrameEventsPlace(t *testing.T) {
	cases := []struct{ text, location, country string }{
		{"Gunmen opened fire near the Grand Mosque in Herat city, Herat province, Afghanistan.", "Herat", "AF"},
		{"A grenade exploded in the Zarqa quarter of Almaty city, Almaty region, Kazakhstan.", "Almaty", "KZ"},
		{"Militants attacked a checkpoint in Qaryat Zaytunah, Kandahar province, Afghanistan.", "Qaryat Zaytunah", "AF"},
		{"A bomb exploded at the Central Bus Station in Nairobi, Kenya, wounding four people.", "Nairobi", "KE"},
		{"Gunmen kidnapped a trader from his shop in Hodan district, Mogadishu, Somalia.", "Mogadishu", "SO"},
	}
	for _, c := range cases {
		d := &model.Document{Name: "t", Text: c.text, Published: model.DayDate(2019, 3, 4)}
		x := Extract(d, Options{})
		if len(x.Events) == 0 {
			t.Errorf("no event in %q", c.text)
			continue
		}
		e := x.Events[0]
		if e.Location == nil || *e.Location != c.location || e.Country == nil || *e.Country != c.country {
			t.Errorf("%q: location %v, %v; want %s, %s", c.text, deref(e.Location), deref(e.Country), c.location, c.country)
		}
	}
}

func deref(s *string) string {
	if s == nil {
		return "<nil>"
	}
	return *s
}
