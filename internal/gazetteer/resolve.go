package gazetteer

import "sort"

// successors lists states that coders and older sources fold into another
// one: South Sudan under Sudan before 2011, Kosovo and Montenegro under
// Serbia, Eritrea under Ethiopia, Timor-Leste under Indonesia.
var successors = map[string][]string{
	"SD": {"SS"}, "SS": {"SD"}, "RS": {"XK", "ME"}, "XK": {"RS"}, "ME": {"RS"},
	"ET": {"ER"}, "ER": {"ET"}, "ID": {"TL"}, "TL": {"ID"}, "PS": {"IL"}, "IL": {"PS"},
}

// LookupNear is LookupIn ranked by closeness to places the document
// already names (near, typically the entries of its matches): first
// candidates inside a named district, then within 50 km of a named place,
// then in a named province, then within 150 km of a named place; the
// static order otherwise. A country's successor or predecessor state is
// searched when the country itself has no candidate (Juba under Sudan).
func (g *Gazetteer) LookupNear(name, country string, near []*Entry) []*Entry {
	cands := g.lookup(name, country)
	if len(cands) == 0 && country != "" {
		for _, c := range successors[country] {
			if cands = g.lookup(name, c); len(cands) > 0 {
				break
			}
		}
	}
	if len(cands) < 2 || len(near) == 0 {
		return cands
	}
	tier := make(map[*Entry]int, len(cands))
	for _, c := range cands {
		tier[c] = g.closeness(c, near)
	}
	sort.SliceStable(cands, func(a, b int) bool { return tier[cands[a]] > tier[cands[b]] })
	return cands
}

// ResolveIn returns the reading of a place name a document supports best:
// the first LookupNear candidate that lies inside the provinces the
// document names in that country, if it names any; nil when none does
// (then the named province is the better answer).
func (g *Gazetteer) ResolveIn(name, country string, near []*Entry) *Entry {
	var provinces []*Entry
	for _, n := range near {
		if n.Kind == KindAdmin1 && (country == "" || n.Country == country) {
			provinces = append(provinces, n)
		}
	}
	for _, c := range g.LookupNear(name, country, near) {
		if !c.IsPlace() {
			continue
		}
		if len(provinces) == 0 || c.Kind == KindCountry || c.Kind == KindRegion {
			return c
		}
		for _, p := range provinces {
			if p == c || c.Admin1 == p.ID {
				return c
			}
		}
	}
	return nil
}

// closeness ranks how well e agrees with the places a document names.
func (g *Gazetteer) closeness(e *Entry, near []*Entry) int {
	lat, lon, ok := g.Coord(e)
	best := 0
	for _, n := range near {
		if n == e || n.Kind == KindCountry || n.Kind == KindRegion {
			continue
		}
		t := 0
		switch {
		case n.Kind == KindAdmin2 && e.Admin2 == n.ID:
			t = 4
		case ok && n.HasCoord && n.Kind == KindPlace && DistanceKm(lat, lon, n.Lat, n.Lon) <= 50:
			t = 3
		case e.Admin1 != "" && (n.ID == e.Admin1 || n.Admin1 == e.Admin1):
			t = 2
		case ok && n.HasCoord && n.Kind != KindAdmin1 && DistanceKm(lat, lon, n.Lat, n.Lon) <= 150:
			t = 1
		}
		if t > best {
			best = t
		}
	}
	return best
}
