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
	"chiefdom": lvlCity, "canton": lvlCity, "ward": lvlSite, "subcounty": lvlCity, "sub-county": lvlCity,
	"constituency": lvlCity, "zone": lvlAdmin, "circle": lvlCity, "kebele": lvlCity, "woreda": lvlCity,
}

// siteNoun ends the name of a site inside a town ("Everglades Hotel").
var siteNoun = map[string]bool{"airport": true, "barracks": true, "hotel": true, "center": true,
	"centre": true, "mosque": true, "church": true, "school": true, "hospital": true, "base": true,
	"square": true, "bridge": true, "station": true, "prison": true, "jail": true, "university": true,
	"headquarters": true, "office": true, "building": true, "embassy": true, "consulate": true,
	"temple": true, "shrine": true, "checkpoint": true, "post": true, "cafe": true, "restaurant": true,
	"stadium": true, "college": true, "academy": true, "compound": true, "complex": true, "mall": true,
	"plant": true, "mine": true, "port": true, "palace": true, "parliament": true, "court": true,
	"society": true, "club": true, "hall": true, "cathedral": true, "synagogue": true, "front": true,
	"council": true, "army": true, "police": true, "party": true, "movement": true, "group": true,
	"forces": true, "ministry": true, "company": true, "committee": true, "brigade": true}

// directionWords qualify a place without naming it ("western Baghdad").
var directionWords = map[string]bool{"northern": true, "southern": true, "eastern": true,
	"western": true, "central": true, "northeastern": true, "northwestern": true,
	"southeastern": true, "southwestern": true, "north": true, "south": true, "east": true, "west": true, "downtown": true, "the": true,
	"rural": true, "outskirts": true, "suburbs": true}

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
			if e := w.resolvePlace(el, country, nil); e != nil && e.Kind == gazetteer.KindAdmin1 {
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
	k := pickElement(chain)
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
func pickElement(chain []chainEl) int {
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
	if k < last && !chain[k].Marked && chain[k].Entry == nil {
		next := chain[k+1]
		if next.Entry != nil && next.Entry.Kind == gazetteer.KindPlace && next.Entry.Population >= 300000 &&
			(!next.Marked || next.Level == lvlCity) {
			k++
		}
	}
	return k
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
	case el.Marker == "district" && (next.Marker == "city" || next.Marker == "town"):
		return true
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
		if n.Kind == gazetteer.KindAdmin1 && (country == "" || n.Country == country) {
			provinces = append(provinces, n.ID)
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
	for _, p := range provinces {
		if e.ID == p || e.Admin1 == p {
			return true
		}
	}
	return false
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

// placeChain reads "in A, B, C, Country" from s: the comma-separated
// names after a locative preposition. "X in Y, Z" joins both chains with X
// as a site of Y unless X is a village; the chain that ends with a country
// wins, else the longest.
func (w *work) placeChain(s *evSent) ([]chainEl, bool) {
	var best []chainEl
	bestCountry := false
	toks := s.Toks
	for i := 0; i < len(toks); i++ {
		if !locativePrep(toks[i].Low) && !(toks[i].Low == "of" && i > 0 && partNoun[toks[i-1].Low]) {
			continue
		}
		chain, next := w.readChain(toks, i+1)
		for len(chain) > 0 && next < len(toks) && toks[next].Low == "in" && !w.endsInCountry(chain) {
			more, n2 := w.readChain(toks, next+1)
			if len(more) == 0 {
				break
			}
			if k := len(chain) - 1; chain[k].Marker != "village" && chain[k].Marker != "hamlet" {
				chain[k].Level, chain[k].Marked, chain[k].Joined = lvlSite, true, true
			}
			chain, next = append(chain, more...), n2
		}
		chain = w.dropNonPlaces(chain, s)
		if len(chain) == 0 {
			continue
		}
		isCountry := false
		for k := range chain {
			if e := w.countryEntry(chain[k].Text); e != nil && !chain[k].Marked {
				chain[k].Entry, chain[k].Level, chain[k].Marked = e, lvlCountry, true
				chain = chain[:k+1]
				isCountry = true
				break
			}
		}
		if best == nil || isCountry && !bestCountry || isCountry == bestCountry && len(chain) > len(best) {
			best, bestCountry = chain, isCountry
		}
		i = next - 1
	}
	if best == nil {
		return nil, false
	}
	return best, true
}

// dropNonPlaces removes names the gazetteer or the date stage reads as
// something else: a group ("at Taliban checkpoints"), a date ("in August").
func (w *work) dropNonPlaces(chain []chainEl, s *evSent) []chainEl {
	out := chain[:0]
	for _, el := range chain {
		if w.overlapsNonPlace(el.Start, el.End, s) {
			continue
		}
		out = append(out, el)
	}
	return out
}

func (w *work) overlapsNonPlace(start, end int, s *evSent) bool {
	for _, d := range s.Dates {
		if d.Start < end && start < d.End {
			return true
		}
	}
	for _, m := range w.matchesIn(s.S.Start, s.S.End) {
		if m.Entry != nil && m.Start < end && start < m.End && m.Entry.Type != model.TypeLocation && !isPlaceEntry(m.Entry) {
			return true
		}
	}
	return false
}

// endsInCountry reports whether the chain's last name is a country.
func (w *work) endsInCountry(chain []chainEl) bool {
	return len(chain) > 1 && w.countryEntry(chain[len(chain)-1].Text) != nil
}

// countryEntry returns the country a name denotes, or nil.
func (w *work) countryEntry(name string) *gazetteer.Entry {
	for _, e := range w.gaz.Lookup(name) {
		if e.Kind == gazetteer.KindCountry {
			return e
		}
	}
	return nil
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

// partNoun names a part of a place: "the outskirts of X", "the entrance of X".
var partNoun = map[string]bool{"entrance": true, "outskirts": true, "center": true, "centre": true,
	"suburbs": true, "suburb": true, "vicinity": true, "heart": true, "edge": true, "north": true,
	"south": true, "east": true, "west": true, "town": true, "city": true, "village": true}

// notPlace are capitalised words that never name a place.
var notPlace = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true, "january": true, "february": true, "march": true,
	"april": true, "june": true, "july": true, "august": true, "september": true,
	"october": true, "november": true, "december": true, "i": true}

// articledName reports a name written with a lower-case article such as
// "al-Mashah" or "el-Arish".
func articledName(s string) bool {
	for _, a := range []string{"al-", "el-", "ad-", "as-", "ash-", "an-", "ar-", "at-", "az-", "ul-", "e-",
		"ez-", "es-", "ed-", "d'", "l'", "d’", "l’"} {
		if strings.HasPrefix(s, a) && len(s) > len(a) && s[len(a)] >= 'A' && s[len(a)] <= 'Z' {
			return true
		}
	}
	return false
}

func locativePrep(s string) bool {
	switch s {
	case "in", "near", "at", "outside", "inside", "from", "into", "across", "around", "nearby":
		return true
	}
	return false
}

// readChain reads comma-separated place names starting at toks[i] and
// returns them (most specific first) and the index after the chain.
func (w *work) readChain(toks []etok, i int) ([]chainEl, int) {
	var out []chainEl
	for i < len(toks) {
		j := i
		for j < len(toks) && placeWord(toks, j) {
			j++
		}
		if j == i {
			break
		}
		els := splitOf(toks[i:j])
		if e, ok := makeEl(toks[i:j], -1); ok && len(els) > 1 && w.countryEntry(e.Text) != nil {
			els = []chainEl{e} // "Democratic Republic of the Congo"
		}
		if len(els) == 0 {
			break
		}
		out = append(out, els...)
		if j+1 < len(toks) && toks[j].Low == "," && (toks[j+1].isCap() || directionWords[toks[j+1].Low]) {
			i = j + 1
			continue
		}
		return out, j
	}
	return out, i
}

// placeWord reports whether toks[j] can be part of a place name.
func placeWord(toks []etok, j int) bool {
	t := toks[j]
	if t.Punct {
		return t.Text == "-" || t.Text == "'" || t.Text == "’"
	}
	if notPlace[t.Low] {
		return false
	}
	if t.isCap() || t.isNum() && j > 0 && toks[j-1].isCap() || articledName(t.Text) {
		return true
	}
	return markerLevelOf(t.Low) >= 0 || directionWords[t.Low] || connector(t.Low)
}

// splitOf splits "Kaleri area of Tomsu Ngamdu" into its places; a
// phrase "the district of X" names X.
func splitOf(toks []etok) []chainEl {
	var out []chainEl
	var cur []etok
	level := -1
	markedBefore := false // "the district of X": X is a quarter when a town follows
	for _, t := range toks {
		if t.Low == "of" && len(cur) > 0 {
			if el, ok := makeEl(cur, level); ok {
				el.OfPart = true
				out = append(out, el)
			} else if lv := markerLevelOf(cur[len(cur)-1].Low); lv >= 0 {
				level = lv
				markedBefore = true
			}
			cur = nil
			continue
		}
		cur = append(cur, t)
	}
	if el, ok := makeEl(cur, level); ok {
		el.OfPart = el.OfPart || markedBefore
		out = append(out, el)
	}
	return out
}

// makeEl builds a chain element from its tokens, reading a trailing
// marker word ("Athens city") for its level.
func makeEl(toks []etok, level int) (chainEl, bool) {
	for len(toks) > 0 && !toks[0].isCap() && !articledName(toks[0].Text) && markerLevelOf(toks[0].Low) < 0 {
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
		el.Level, el.Marked, el.Marker = lv, true, toks[len(toks)-1].Low
		toks = toks[:len(toks)-1]
	}
	if len(toks) == 0 || !toks[0].isCap() && !articledName(toks[0].Text) {
		return el, false
	}
	el.Text = joinToks(toks)
	el.Start, el.End = toks[0].Start, toks[len(toks)-1].End
	for _, t := range toks[1:] {
		if siteNoun[t.Low] {
			el.Level, el.Marked, el.Build = lvlSite, true, true
		}
	}
	for _, t := range toks {
		if t.isNum() {
			el.Level, el.Marked = lvlSite, true // "Moo 5", "Phase 2"
		}
	}
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
