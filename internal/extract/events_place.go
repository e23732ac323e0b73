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

// markerLevel maps the words that qualify a place name to its level.
var markerLevel = map[string]int{
	"area": lvlSite, "neighborhood": lvlSite, "neighbourhood": lvlSite, "suburb": lvlSite,
	"quarter": lvlSite, "road": lvlSite, "street": lvlSite, "market": lvlSite, "camp": lvlSite,
	"bazaar": lvlSite, "locality": lvlSite, "sector": lvlSite, "hamlet": lvlCity,
	"city": lvlCity, "town": lvlCity, "village": lvlCity, "district": lvlCity, "municipality": lvlCity,
	"subdistrict": lvlCity, "sub-district": lvlCity, "township": lvlCity, "tehsil": lvlCity,
	"commune": lvlCity, "county": lvlAdmin, "province": lvlAdmin, "governorate": lvlAdmin,
	"state": lvlAdmin, "region": lvlAdmin, "department": lvlAdmin, "oblast": lvlAdmin,
	"republic": lvlAdmin, "division": lvlAdmin, "prefecture": lvlAdmin, "territory": lvlAdmin,
	"krai": lvlAdmin, "emirate": lvlAdmin, "agency": lvlAdmin, "parish": lvlCity, "barangay": lvlCity,
}

// directionWords qualify a place without naming it ("western Baghdad").
var directionWords = map[string]bool{"northern": true, "southern": true, "eastern": true,
	"western": true, "central": true, "northeastern": true, "northwestern": true,
	"southeastern": true, "southwestern": true, "north": false, "downtown": true, "the": true,
	"rural": true, "outskirts": true, "suburbs": true}

// chainEl is one named place of a location chain.
type chainEl struct {
	Text   string // as written, marker word removed
	Level  int
	Marked bool
	Entry  *gazetteer.Entry
}

// placeEvent fills Location, Country, Lat and Lon: the most specific
// place named for the incident, its country and coordinates (of the place,
// else of the nearest containing place the gazetteer knows).
func (w *work) placeEvent(inc *incident, ev *model.ExtractedEvent) {
	for _, s := range inc.Sents {
		if chain, ok := w.placeChain(s); ok {
			w.setPlace(ev, chain)
			return
		}
	}
	for _, s := range inc.Sents {
		if e, text := w.bestMatch(s); e != nil {
			w.setPlace(ev, []chainEl{{Text: text, Entry: e, Level: entryLevel(e)}})
			return
		}
	}
}

// setPlace chooses the location from a chain (most specific first).
func (w *work) setPlace(ev *model.ExtractedEvent, chain []chainEl) {
	country := ""
	for _, el := range chain {
		if el.Entry != nil && countryOf(el.Entry) != "" {
			country = countryOf(el.Entry)
		}
	}
	for i := range chain {
		if chain[i].Entry == nil {
			chain[i].Entry = w.resolvePlace(chain[i], country)
		}
	}
	k := pickElement(chain)
	loc := chain[k].Text
	ev.Location = &loc
	if country != "" {
		ev.Country = &country
	}
	for _, el := range chain[k:] {
		if el.Entry != nil && el.Entry.HasCoord {
			lat, lon := el.Entry.Lat, el.Entry.Lon
			ev.Lat, ev.Lon = &lat, &lon
			return
		}
	}
}

// pickElement returns the index of the most specific place the way
// incident coders record it: the city rather than a neighbourhood inside
// it; an unknown first name when it is not a quarter of a large city.
func pickElement(chain []chainEl) int {
	last := len(chain) - 1
	for last > 0 && chain[last].Level == lvlCountry {
		last--
	}
	k := 0
	for k < last && chain[k].Level == lvlSite && chain[k+1].Level == lvlCity {
		k++
	}
	if k < last && !chain[k].Marked && chain[k].Entry == nil {
		next := chain[k+1]
		if next.Entry != nil && next.Entry.Kind == gazetteer.KindPlace && next.Entry.Population >= 100000 && !next.Marked {
			k++
		} else if next.Marked && next.Level == lvlCity && next.Entry != nil && next.Entry.Population >= 100000 {
			k++
		}
	}
	return k
}

// resolvePlace looks a chain element up in the gazetteer, preferring
// readings in the chain's country and of the element's level.
func (w *work) resolvePlace(el chainEl, country string) *gazetteer.Entry {
	var best *gazetteer.Entry
	bestScore := -1
	for _, e := range w.gaz.Lookup(el.Text) {
		if !isPlaceEntry(e) || (country != "" && countryOf(e) != country) {
			continue
		}
		s := 1
		if entryLevel(e) == el.Level {
			s += 2
		}
		if e.HasCoord {
			s++
		}
		if s > bestScore {
			best, bestScore = e, s
		}
	}
	return best
}

func countryOf(e *gazetteer.Entry) string {
	if e.Kind == gazetteer.KindCountry {
		if e.Country != "" {
			return e.Country
		}
		return e.ID
	}
	return e.Country
}

func entryLevel(e *gazetteer.Entry) int {
	switch e.Kind {
	case gazetteer.KindCountry:
		return lvlCountry
	case gazetteer.KindAdmin1:
		return lvlAdmin
	}
	return lvlCity
}

// bestMatch returns the most specific place matched in s, with its text.
func (w *work) bestMatch(s *evSent) (*gazetteer.Entry, string) {
	var best *gazetteer.Match
	for _, m := range w.matchesIn(s.S.Start, s.S.End) {
		if m.Entry == nil || m.Demonym || !isPlaceEntry(m.Entry) {
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
	return best.Entry, stripMarker(best.Text)
}

// placeChain reads "in A, B, C, Country" from s: the comma-separated
// names that end with a country the gazetteer knows, walking back to the
// preposition that introduces them.
func (w *work) placeChain(s *evSent) ([]chainEl, bool) {
	for _, m := range w.matchesIn(s.S.Start, s.S.End) {
		if m.Entry == nil || m.Demonym || m.Entry.Kind != gazetteer.KindCountry {
			continue
		}
		ci := tokenAt(s.Toks, m.Start)
		if ci <= 0 || s.Toks[ci-1].Low != "," {
			continue
		}
		chain := readChain(s.Toks, ci-1)
		if len(chain) == 0 {
			continue
		}
		chain = append(chain, chainEl{Text: m.Text, Level: lvlCountry, Entry: m.Entry, Marked: true})
		return chain, true
	}
	return nil, false
}

// tokenAt returns the index of the token starting at off, or -1.
func tokenAt(toks []etok, off int) int {
	for i, t := range toks {
		if t.Start == off {
			return i
		}
	}
	return -1
}

// readChain reads the comma-separated place names that end before the
// comma at toks[comma], most specific first.
func readChain(toks []etok, comma int) []chainEl {
	var rev []chainEl
	end := comma
	for end > 0 {
		start := end - 1
		for start >= 0 && toks[start].Low != "," && !chainStop(toks[start]) {
			start--
		}
		els := splitOf(toks[start+1 : end])
		if len(els) == 0 {
			break
		}
		for i := len(els) - 1; i >= 0; i-- {
			rev = append(rev, els[i])
		}
		if start < 0 || toks[start].Low != "," {
			break
		}
		end = start
	}
	out := make([]chainEl, 0, len(rev))
	for i := len(rev) - 1; i >= 0; i-- {
		out = append(out, rev[i])
	}
	return out
}

// chainStop reports a word that introduces a place phrase.
func chainStop(t etok) bool {
	switch t.Low {
	case "in", "near", "at", "outside", "inside", "from", "on", "into", "to", "between", "under",
		"across", "around", "along", "targeting":
		return true
	}
	return !t.Punct && !t.isCap() && markerLevelOf(t.Low) < 0 && !directionWords[t.Low] && !connector(t.Low)
}

// splitOf splits "Kaleri area of Tomsu Ngamdu" into its places; a
// phrase "the district of X" names X.
func splitOf(toks []etok) []chainEl {
	var out []chainEl
	var cur []etok
	level := -1
	for _, t := range toks {
		if t.Low == "of" && len(cur) > 0 {
			if el, ok := makeEl(cur, level); ok {
				out = append(out, el)
			} else if lv := markerLevelOf(cur[len(cur)-1].Low); lv >= 0 {
				level = lv
			}
			cur = nil
			continue
		}
		cur = append(cur, t)
	}
	if el, ok := makeEl(cur, level); ok {
		out = append(out, el)
	}
	return out
}

// makeEl builds a chain element from its tokens, reading a trailing
// marker word ("Athens city") for its level.
func makeEl(toks []etok, level int) (chainEl, bool) {
	for len(toks) > 0 && (directionWords[toks[0].Low] || !toks[0].isCap() && markerLevelOf(toks[0].Low) < 0) {
		toks = toks[1:]
	}
	el := chainEl{Level: lvlCity}
	if level >= 0 {
		el.Level, el.Marked = level, true
	}
	for len(toks) > 1 {
		lv := markerLevelOf(toks[len(toks)-1].Low)
		if lv < 0 {
			break
		}
		el.Level, el.Marked = lv, true
		toks = toks[:len(toks)-1]
	}
	if len(toks) == 0 || !toks[0].isCap() {
		return el, false
	}
	el.Text = joinToks(toks)
	if markerLevelOf(toks[len(toks)-1].Low) >= 0 && len(toks) == 1 {
		return el, false
	}
	if strings.EqualFold(el.Text, "Old City") || strings.EqualFold(el.Text, "Old") {
		el.Level, el.Marked = lvlSite, true
	}
	return el, true
}

func markerLevelOf(s string) int {
	if lv, ok := markerLevel[s]; ok {
		return lv
	}
	return -1
}

func connector(s string) bool {
	switch s {
	case "al", "el", "de", "del", "la", "le", "du", "da", "and", "ad", "as", "ash", "an", "bin", "ibn", "of":
		return true
	}
	return false
}

// joinToks returns the tokens' text with single spaces.
func joinToks(toks []etok) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 && !t.Punct && !(i > 0 && toks[i-1].Text == "-") && t.Text != "-" {
			b.WriteByte(' ')
		}
		b.WriteString(t.Text)
	}
	return b.String()
}

// stripMarker removes a trailing marker word ("Baghlan province").
func stripMarker(s string) string {
	i := strings.LastIndexByte(s, ' ')
	if i > 0 && markerLevelOf(strings.ToLower(s[i+1:])) >= 0 {
		return s[:i]
	}
	return s
}
