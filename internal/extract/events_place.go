package extract

import (
	"strings"

	"dossier/internal/gazetteer"
	"dossier/internal/model"
)

// Levels of a place in a chain "in Kypseli area, Athens city, Attica
// region, Greece", most specific first.
const (
	lvlSite = iota
	lvlCity
	lvlAdmin
	lvlCountry
)

// chainEl is one named place of a location chain.
type chainEl struct {
	Text   string // as written, marker word removed
	Level  int
	Marked bool
	OfPart bool   // the first name of "X district of Y"
	Marker string // the qualifying word: "village", "province" ...
	Joined bool   // X of "X in Y": a site of Y unless the gazetteer knows X as a town
	Build  bool   // a building or facility ("Everglades Hotel"), never the place itself
	Start  int    // byte offsets of the name in the text
	End    int
	Entry  *gazetteer.Entry
}

// placeEvent fills Location, Country, Lat and Lon: the most specific
// place named for the incident, its country and coordinates (of the place,
// else of the nearest containing place the gazetteer knows).
func (w *work) placeEvent(inc *incident, ev *model.ExtractedEvent) {
	for _, s := range inc.ordered() {
		chain, ok := w.placeChain(s)
		if e, text := w.bestMatch(s); e != nil && (!ok || onlyCountry(chain) && entryLevel(e) < lvlCountry) {
			w.setPlace(ev, []chainEl{{Text: text, Entry: e, Level: entryLevel(e)}})
			return
		}
		if ok {
			w.setPlace(ev, chain)
			if ev.Country == nil {
				w.sentenceCountry(s, ev)
			}
			if ev.Lat == nil {
				w.sentenceCoord(s, ev)
			}
			return
		}
	}
	for _, s := range inc.Sents {
		for _, m := range w.matchesIn(s.S.Start, s.S.End) {
			if m.Entry == nil {
				continue
			}
			c := m.Entry
			if m.Entry.Kind == gazetteer.KindOrg && m.Entry.Country != "" {
				c = w.gaz.Country(m.Entry.Country) // a state's forces or agency
			}
			if c != nil && c.Kind == gazetteer.KindCountry && (m.Demonym || c != m.Entry) {
				w.setPlace(ev, []chainEl{{Text: c.Name, Entry: c, Level: lvlCountry}})
				return // "Afghan government forces"
			}
		}
	}
	if !w.shortDoc() {
		if e := w.mainCountry(); e != nil {
			w.setPlace(ev, []chainEl{{Text: e.Name, Entry: e, Level: lvlCountry}})
		}
	}
}

// sentenceCountry sets the country from a country the sentence names
// outside the chosen place phrase.
func (w *work) sentenceCountry(s *evSent, ev *model.ExtractedEvent) {
	for _, m := range w.matchesIn(s.S.Start, s.S.End) {
		if m.Entry != nil && !m.Demonym && m.Entry.Kind == gazetteer.KindCountry {
			c := countryOf(m.Entry)
			ev.Country = &c
			return
		}
	}
}

// sentenceCoord gives an event placed at an unknown site the coordinates
// of the most specific known place its sentence names, in its country.
func (w *work) sentenceCoord(s *evSent, ev *model.ExtractedEvent) {
	e, _ := w.bestMatch(s)
	if e == nil || ev.Country != nil && countryOf(e) != *ev.Country {
		return
	}
	if lat, lon, ok := w.gaz.Coord(e); ok {
		ev.Lat, ev.Lon = &lat, &lon
	}
}

// onlyCountry reports a chain that names nothing but a country.
func onlyCountry(chain []chainEl) bool {
	return len(chain) == 1 && chain[0].Level == lvlCountry
}

// mainCountry returns the country an article is about (the one it names
// most, demonyms included), which locates an attack it places only in
// "the country". Nil when no country is named at least twice.
func (w *work) mainCountry() *gazetteer.Entry {
	count := map[*gazetteer.Entry]int{}
	var best *gazetteer.Entry
	for _, m := range w.matches {
		if m.Entry == nil || m.Entry.Kind != gazetteer.KindCountry {
			continue
		}
		count[m.Entry]++
		if best == nil || count[m.Entry] > count[best] {
			best = m.Entry
		}
	}
	if best == nil || count[best] < 2 {
		return nil
	}
	return best
}

// setPlace chooses the location from a chain (most specific first).
func (w *work) setPlace(ev *model.ExtractedEvent, chain []chainEl) {
	country := ""
	for _, el := range chain {
		if el.Entry != nil && countryOf(el.Entry) != "" {
			country = countryOf(el.Entry)
		}
	}
	var near []*gazetteer.Entry
	for i := len(chain) - 1; i >= 0; i-- {
		pre := i == len(chain)-2 && i > 0 && chain[i-1].Level != lvlSite && chain[len(chain)-1].Level == lvlCountry
		if chain[i].Entry == nil && chain[i].Level != lvlSite && (chain[i].Level == lvlAdmin || pre) {
			el := chain[i]
			el.Level = lvlAdmin
			if e := w.resolvePlace(el, country, nil); e != nil && (e.Kind == gazetteer.KindAdmin1 || e.Kind == gazetteer.KindAdmin2 && el.Marked) {
				chain[i].Entry = e
			}
		}
		if chain[i].Entry != nil {
			near = append(near, chain[i].Entry)
		}
	}
	for i := len(chain) - 1; i >= 0; i-- {
		if chain[i].Entry == nil {
			chain[i].Entry = w.resolvePlace(chain[i], country, near)
			if chain[i].Entry != nil {
				near = append(near, chain[i].Entry)
			}
		}
	}
	if country == "" {
		country = w.chainCountry(chain)
	}
	levelsFromEntries(chain)
	k := pickElement(chain, func(el chainEl) bool { return w.namesBigCity(el, country) })
	if chain[k].Build {
		if e, text := w.placeInside(chain[k]); e != nil {
			chain[k] = chainEl{Text: text, Entry: e, Level: entryLevel(e)}
			if country == "" {
				country = countryOf(e)
			}
		}
	}
	loc := chain[k].Text
	ev.Location = &loc
	if country != "" {
		ev.Country = &country
	}
	for _, el := range chain[k:] {
		if el.Entry == nil {
			continue
		}
		if lat, lon, ok := w.gaz.Coord(el.Entry); ok {
			ev.Lat, ev.Lon = &lat, &lon
			return
		}
	}
}

// placeInside returns a place named inside a site's name ("Kabul's Hamid
// Karzai Airport" → Kabul).
func (w *work) placeInside(el chainEl) (*gazetteer.Entry, string) {
	for _, m := range w.matchesIn(el.Start, el.End) {
		if m.Entry != nil && !m.Demonym && isPlaceEntry(m.Entry) && m.Entry.Kind != gazetteer.KindCountry {
			return m.Entry, strings.TrimSuffix(strings.TrimSuffix(m.Text, "'s"), "’s")
		}
	}
	return nil, ""
}

// chainCountry infers the country of a chain that does not name one: the
// country of its broadest name the gazetteer knows ("Hebron city, West
// Bank" → PS).
func (w *work) chainCountry(chain []chainEl) string {
	for i := len(chain) - 1; i >= 0; i-- {
		if chain[i].Entry != nil && countryOf(chain[i].Entry) != "" {
			return countryOf(chain[i].Entry)
		}
		for _, e := range w.gaz.Lookup(chain[i].Text) {
			if isPlaceEntry(e) && (i == len(chain)-1 && len(chain) > 1 || e.Kind != gazetteer.KindPlace) {
				return countryOf(e)
			}
		}
	}
	return ""
}

// pickElement returns the index of the most specific place the way
// incident coders record it: the town rather than a quarter, site or city
// district inside it; a village rather than its district unless the
// district follows it; an unknown first name only when it is not a quarter
// of a large city.
func pickElement(chain []chainEl, big func(chainEl) bool) int {
	last := len(chain) - 1
	for last > 0 && chain[last].Level == lvlCountry {
		last--
	}
	for i := range chain {
		if chain[i].Joined && chain[i].Entry != nil && chain[i].Entry.Kind == gazetteer.KindPlace {
			chain[i].Level = lvlCity
		}
	}
	k := 0
	for k < last && skippable(chain, k, last) {
		k++
	}
	if k < last && quarterOf(chain[k], chain[k+1], big(chain[k+1])) {
		k++
	}
	return k
}

// quarterOf reports a first name that is a quarter of the large city
// named after it ("Gulshan, Dhaka", "Sadr City, eastern Baghdad"): an
// unmarked or site name, unknown or a smaller place within 30 km of the
// city. Incident coders record the city.
func quarterOf(el, next chainEl, big bool) bool {
	if el.Marked && el.Level != lvlSite && el.Marker != "city" || !big || next.Marker != "" && next.Marker != "city" {
		return false
	}
	if el.Entry == nil {
		return !el.Marked || el.Marker == "city" // "Old City, Mosul"
	}
	e, c := el.Entry, next.Entry
	if (e.Kind == gazetteer.KindPlace || e.Kind == gazetteer.KindAdmin2) && !e.HasCoord {
		return true // a named quarter the gazetteer lists without a position
	}
	return c != nil && e.Kind == gazetteer.KindPlace && e.Population < c.Population && e.HasCoord && c.HasCoord &&
		gazetteer.DistanceKm(e.Lat, e.Lon, c.Lat, c.Lon) <= 30
}

// namesBigCity reports a chain element whose name is a city of at least
// 300,000 people in the chain's country, even when it resolved to the
// province of the same name ("Dhaka").
func (w *work) namesBigCity(el chainEl, country string) bool {
	if bigCity(el) {
		return true
	}
	for _, e := range w.gaz.Lookup(el.Text) {
		if e.Kind == gazetteer.KindPlace && e.Population >= 300000 && (country == "" || e.Country == country) {
			return true
		}
	}
	return false
}

// bigCity reports a chain element the gazetteer knows as a city of at
// least 300,000 people.
func bigCity(el chainEl) bool {
	return el.Entry != nil && el.Entry.Kind == gazetteer.KindPlace && el.Entry.Population >= 300000
}

// skippable reports whether chain[k] lies inside a later town of the
// chain: a site or quarter, a city district ("Gidan Dambe district,
// Maiduguri city"), a village named before its district or municipality.
func skippable(chain []chainEl, k, last int) bool {
	el, next := chain[k], chain[k+1]
	laterCity := false
	for _, e := range chain[k+1 : last+1] {
		if e.Level == lvlCity {
			laterCity = true
		}
	}
	switch {
	case el.Build:
		return true
	case el.Level == lvlSite && laterCity:
		return true
	case el.OfPart && next.Level == lvlCity:
		return true
	case el.Marker == "district" && (next.Marker == "city" || next.Marker == "town" || bigCity(next)):
		return true // a district of a city
	case el.Marker == "district" && (el.Text == "Mueang" || strings.HasPrefix(el.Text, "Mueang ")):
		return true // Thailand's capital district: the provincial town named after its province
	case el.Marker == "village" && (next.Marker == "district" || next.Marker == "municipality"):
		return true
	}
	return false
}

// resolvePlace looks a chain element up in the gazetteer: candidates in
// the chain's country ranked by closeness to the places already resolved
// (near), kept only inside a named province when the chain names one,
// preferring the element's level.
func (w *work) resolvePlace(el chainEl, country string, near []*gazetteer.Entry) *gazetteer.Entry {
	var provinces []string
	for _, n := range near {
		if country != "" && n.Country != country {
			continue
		}
		switch n.Kind {
		case gazetteer.KindAdmin1:
			provinces = append(provinces, n.ID)
		case gazetteer.KindAdmin2:
			if n.Admin1 != "" {
				provinces = append(provinces, n.Admin1) // "Camarines Norte" is a province under a region
			}
		}
	}
	var cands []*gazetteer.Entry
	if country != "" {
		cands = w.gaz.LookupNear(el.Text, country, near)
	} else {
		cands = w.gaz.Lookup(el.Text)
	}
	var best *gazetteer.Entry
	bestScore := -1
	for _, e := range cands {
		if !isPlaceEntry(e) || !inProvinces(e, provinces) {
			continue
		}
		s := 1
		if entryLevel(e) == el.Level {
			s += 2
		}
		if s > bestScore {
			best, bestScore = e, s
		}
	}
	if best == nil && len(provinces) > 0 {
		best = w.nearProvince(cands, near)
	}
	return best
}

// nearProvince returns the first candidate within 150 km of a named
// province's seat: reports sometimes name the neighbouring province.
func (w *work) nearProvince(cands, near []*gazetteer.Entry) *gazetteer.Entry {
	for _, e := range cands {
		if e.Kind != gazetteer.KindPlace {
			continue
		}
		lat, lon, ok := w.gaz.Coord(e)
		if !ok {
			continue
		}
		for _, n := range near {
			if n.Kind != gazetteer.KindAdmin1 {
				continue
			}
			if plat, plon, ok := w.gaz.Coord(n); ok && gazetteer.DistanceKm(lat, lon, plat, plon) <= 150 {
				return e
			}
		}
	}
	return nil
}

// inProvinces reports whether e lies in one of the named provinces (or is
// one, or no province is named).
func inProvinces(e *gazetteer.Entry, provinces []string) bool {
	if len(provinces) == 0 || e.Kind == gazetteer.KindCountry || e.Kind == gazetteer.KindRegion {
		return true
	}
	if e.Admin1 == "" && (e.Kind == gazetteer.KindPlace || e.Kind == gazetteer.KindSite) {
		return true // a curated place whose province is not recorded
	}
	for _, p := range provinces {
		if e.ID == p || e.Admin1 == p {
			return true
		}
	}
	return false
}

// countryOf returns the ISO code of the country an entry lies in.
func countryOf(e *gazetteer.Entry) string {
	if e.Kind == gazetteer.KindCountry {
		if e.Country != "" {
			return e.Country
		}
		return e.ID
	}
	return e.Country
}

// entryLevel maps a gazetteer kind to a chain level.
func entryLevel(e *gazetteer.Entry) int {
	switch e.Kind {
	case gazetteer.KindCountry:
		return lvlCountry
	case gazetteer.KindAdmin1, gazetteer.KindRegion:
		return lvlAdmin
	case gazetteer.KindSite:
		return lvlSite
	}
	return lvlCity
}

// bestMatch returns the most specific place matched in s, with its text.
func (w *work) bestMatch(s *evSent) (*gazetteer.Entry, string) {
	var best *gazetteer.Match
	for _, m := range w.matchesIn(s.S.Start, s.S.End) {
		if m.Entry == nil || m.Demonym || !isPlaceEntry(m.Entry) || w.overlapsNonPlace(m.Start, m.End, s) {
			continue
		}
		if best == nil || entryLevel(m.Entry) < entryLevel(best.Entry) {
			m := m
			best = &m
		}
	}
	if best == nil {
		return nil, ""
	}
	if best.Entry.Kind == gazetteer.KindSite {
		return best.Entry, best.Entry.Name
	}
	return best.Entry, stripMarker(best.Text)
}

// levelsFromEntries gives unmarked names the level of what the gazetteer
// knows them as; an unknown name just before the country, after another
// name, is taken for the first-level division ("Durak, Hakkari, Turkey").
func levelsFromEntries(chain []chainEl) {
	n := len(chain)
	if n > 0 && chain[n-1].Level == lvlCountry {
		n--
	}
	for i := 0; i < n; i++ {
		if !chain[i].Marked && chain[i].Entry != nil {
			chain[i].Level = entryLevel(chain[i].Entry)
		}
	}
	if n >= 2 && !chain[n-1].Marked && chain[n-1].Entry == nil {
		chain[n-1].Level = lvlAdmin
	}
}
