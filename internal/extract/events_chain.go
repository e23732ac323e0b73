package extract

import (
	"strings"

	"dossier/internal/gazetteer"
	"dossier/internal/model"
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
	"constituency": lvlCity, "lga": lvlCity, "zone": lvlAdmin, "circle": lvlCity, "kebele": lvlCity, "woreda": lvlCity,
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

// lowSite are common nouns that follow a name to make a site ("the Zoobe
// junction", "the Ali Nima market").
var lowSite = map[string]bool{"junction": true, "roundabout": true, "intersection": true, "gate": true,
	"checkpoint": true, "market": true, "mosque": true, "church": true, "school": true, "hotel": true,
	"hospital": true, "base": true, "bridge": true, "square": true, "camp": true, "prison": true}

// directionWords qualify a place without naming it ("western Baghdad").
var directionWords = map[string]bool{"northern": true, "southern": true, "eastern": true,
	"western": true, "central": true, "northeastern": true, "northwestern": true,
	"southeastern": true, "southwestern": true, "north": true, "south": true, "east": true, "west": true, "downtown": true, "the": true,
	"rural": true, "outskirts": true, "suburbs": true}

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

// overlapsNonPlace reports a span that overlaps a date or a non-place name.
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

// locativePrep reports prepositions that introduce a place phrase.
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
	if (siteNoun[t.Low] || lowSite[t.Low]) && !t.isCap() && j > 0 && toks[j-1].isCap() {
		return true // "the Zoobe junction in Mogadishu"
	}
	if t.isCap() || t.isNum() && j > 0 && toks[j-1].isCap() || articledName(t.Text) {
		return true
	}
	return markerLevelOf(t.Low) >= 0 || directionWords[t.Low] || connector(t.Low) || lgaWord(toks, j)
}

// lgaWord reports the words of Nigeria's "local government area", a
// district-level marker.
func lgaWord(toks []etok, j int) bool {
	switch toks[j].Low {
	case "local":
		return phraseAt(toks, j, "local government area") || phraseAt(toks, j, "local government")
	case "government":
		return j > 0 && toks[j-1].Low == "local"
	case "area":
		return j > 1 && toks[j-1].Low == "government" && toks[j-2].Low == "local"
	}
	return false
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
				markedBefore = lv == lvlCity
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
	if n := len(out); n > 1 && (out[n-1].Build || siteNoun[strings.ToLower(out[0].Text)]) {
		for i := range out {
			out[i].Build, out[i].Level, out[i].Marked = true, lvlSite, true // "the Regional Command of the Gendarmerie headquarters", "the Cathedral of Our Lady"
		}
	}
	return out
}

// makeEl builds a chain element from its tokens, reading a trailing
// marker word ("Athens city") for its level.
func makeEl(toks []etok, level int) (chainEl, bool) {
	for len(toks) > 0 && !toks[0].isCap() && !articledName(toks[0].Text) && markerLevelOf(toks[0].Low) < 0 {
		toks = toks[1:]
	}

	for len(toks) > 0 && (connector(toks[len(toks)-1].Low) || toks[len(toks)-1].Punct) {
		toks = toks[:len(toks)-1] // "near Moscow and killed"
	}
	el := chainEl{Level: lvlCity}
	if level >= 0 {
		el.Level, el.Marked = level, true
	}
	for n := len(toks); n > 2 && lgaWord(toks, n-1) && toks[n-1].Low != "local"; n = len(toks) {
		el.Level, el.Marked, el.Marker = lvlCity, true, "lga"
		toks = toks[:n-1] // "Guma local government area"
		for len(toks) > 1 && toks[len(toks)-1].Low == "local" {
			toks = toks[:len(toks)-1]
		}
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
		if siteNoun[t.Low] || lowSite[t.Low] {
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
	return el, true
}

// markerLevelOf returns the level a marker word gives, or -1.
func markerLevelOf(s string) int {
	if lv, ok := markerLevel[s]; ok {
		return lv
	}
	return -1
}

// connector reports lower-case words inside place names ("al", "de", "of").
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
