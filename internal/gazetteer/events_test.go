package gazetteer

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

type devRecord struct {
	ID   string `json:"id"`
	Text string `json:"text"`
	Gold struct {
		Country  string   `json:"country"`
		Admin1   *string  `json:"admin1"`
		Location *string  `json:"location"`
		Lat      *float64 `json:"lat"`
		Lon      *float64 `json:"lon"`
	} `json:"gold"`
}

// resolveCoded resolves an analyst-coded location the way the extractor
// would: the match of that name in the record's text, else the name looked
// up within its country near the places the text names, else its admin-1,
// else the country.
func resolveCoded(g *Gazetteer, text, loc, admin1, country string) *Entry {
	ms := g.Match(text)
	k := normKey(loc)
	var near []*Entry
	for _, m := range ms {
		if normKey(m.Text) == k && m.Entry.IsPlace() && m.Entry.InCountry(country) {
			return m.Entry
		}
		if m.Entry.IsPlace() && !m.Demonym {
			near = append(near, m.Entry)
		}
	}
	for _, name := range []string{loc, admin1} {
		if e := g.ResolveIn(name, country, near); e != nil {
			return e
		}
	}
	if e := mostSpecific(near, country); e != nil {
		return e
	}
	return g.Country(country)
}

// TestEventsDevLocations measures how often the coded location of an
// events-dev record resolves within 50 km of the analysts' coordinates.
// Run with -v to see the rate and the misses.
func TestEventsDevLocations(t *testing.T) {
	path := filepath.Join(sharedDir(t), "eval", "events-dev.jsonl")
	f, err := os.Open(path)
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	g := Default()
	n, hits := 0, 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var r devRecord
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		gd := r.Gold
		if gd.Lat == nil || gd.Lon == nil || gd.Location == nil {
			continue
		}
		n++
		admin1 := ""
		if gd.Admin1 != nil {
			admin1 = *gd.Admin1
		}
		e := resolveCoded(g, r.Text, *gd.Location, admin1, gd.Country)
		lat, lon, ok := g.Coord(e)
		if ok && DistanceKm(lat, lon, *gd.Lat, *gd.Lon) <= 50 {
			hits++
			continue
		}
		got := "nothing"
		if e != nil {
			got = e.ID + " " + e.Name + " " + e.Country + " " + fmtKm(DistanceKm(lat, lon, *gd.Lat, *gd.Lon))
		}
		t.Logf("miss %s: %s, %s → %s", r.ID, *gd.Location, gd.Country, got)
	}
	if n == 0 {
		t.Skip("no records with coordinates")
	}
	rate := float64(hits) / float64(n)
	t.Logf("events-dev: %d/%d coded locations within 50 km (%.1f%%)", hits, n, 100*rate)
	if rate < 0.80 {
		t.Errorf("only %.1f%% of coded locations resolve within 50 km; want at least 80%%", 100*rate)
	}
}

// mostSpecific returns the first place, else district, else province the
// text names in the country.
func mostSpecific(es []*Entry, country string) *Entry {
	for _, kind := range []string{KindPlace, KindSite, KindAdmin2, KindAdmin1} {
		for _, e := range es {
			if e.Kind == kind && e.InCountry(country) && e.HasCoord {
				return e
			}
		}
	}
	return nil
}
