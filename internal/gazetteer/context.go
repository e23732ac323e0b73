package gazetteer

import (
	"strings"
)

// allowed keeps the readings of the n-gram at word i that its own wording
// and immediate neighbours permit: capitalised places, acronyms written in
// capitals outside all-caps text, no common English word as a small place,
// no place where the words look like a person's name.
// The readings are appended to ts.readings; the returned slice is that
// part of it.
func (g *Gazetteer) allowed(ts *tokens, i, n int, ps []posting) []posting {
	at := len(ts.readings)
	for _, p := range ps {
		if g.allowedReading(ts, i, n, p) {
			ts.readings = append(ts.readings, p)
		}
	}
	return ts.readings[at:len(ts.readings):len(ts.readings)]
}

func (g *Gazetteer) allowedReading(ts *tokens, i, n int, p posting) bool {
	kind := g.eKind(p.entry)
	first := ts.t[i]
	if p.flag&flagAcronym != 0 && !acronymOK(ts, i, n) {
		return false
	}
	if !g.eIsPlace(p.entry) {
		return allowedName(ts, i, n)
	}
	if !first.upper {
		return false // "chad", "mali", "most": lower-case is not a place
	}
	if p.flag&flagDemonym != 0 {
		return true
	}
	if n == 1 && (personLike(ts, i) || i > 0 && ts.in(namePrefix, i-1) && ts.t[i-1].upper) {
		return false
	}
	if n == 1 && ts.in(commonWord, i) && kind != kCountry && p.flag&flagWeak == 0 && !hasPlaceCue(ts, i, n) {
		return false
	}
	if kind == kAdmin2 && p.flag&flagDerived != 0 && !hasPlaceCue(ts, i, n) {
		return false // "Andrew" is not Andrew County unless the text says "county"
	}
	if n == 1 && firstNameLike(ts, i) && (kind != kCountry && !g.strongPlace(p) || ts.in(givenNameCountry, i)) {
		return false
	}
	return true
}

// firstNameLike reports a word followed by a capitalised word that is not
// a place word, a common word or an institution: "Andrew Mines",
// "Jordan Smith".
func firstNameLike(ts *tokens, i int) bool {
	if i+1 >= len(ts.t) {
		return false
	}
	next := ts.t[i+1]
	j := i + 1
	if !next.upper || next.allUpper || ts.in(placeCue, j) || ts.in(commonWord, j) || ts.in(direction, j) || ts.in(institution, j) {
		return false
	}
	return ts.text[ts.t[i].end:next.start] == " "
}

// allowedName filters group, organisation and person readings: a
// single common word written in lower case is not a name.
func allowedName(ts *tokens, i, n int) bool {
	if n > 1 {
		return true
	}
	t := ts.t[i]
	if !t.upper && ts.in(commonWord, i) {
		return false
	}
	return true
}

// acronymOK accepts an all-caps short form only when the text writes it in
// capitals and the words around it are not all capitals too (a shouted
// headline's "IS" and "US" are verbs and pronouns).
func acronymOK(ts *tokens, i, n int) bool {
	for j := i; j < i+n; j++ {
		t := ts.t[j]
		if !t.allUpper && !(t.upper && t.k1-t.k0 == 1) {
			return false
		}
	}
	caps := 0
	for _, j := range []int{i - 2, i - 1, i + n, i + n + 1} {
		if j >= 0 && j < len(ts.t) && ts.t[j].allUpper {
			caps++
		}
	}
	if caps >= 2 && functionWord[string(ts.buf[ts.t[i].k0:ts.t[i+n-1].k1])] {
		return false
	}
	return true
}

// personLike reports a word that reads as part of a person's name: after a
// title ("Gen.", "Mullah") or after a capitalised word that is neither a
// sentence opener, a common word nor a direction ("Rajesh Kumar",
// "Michael Jordan").
func personLike(ts *tokens, i int) bool {
	if i == 0 || ts.matchedTo == i {
		return false
	}
	prev := ts.t[i-1]
	j := i - 1
	if ts.in(honorific, j) {
		return true
	}
	if !prev.upper || prev.allUpper || ts.in(commonWord, j) || ts.in(direction, j) || ts.in(placeCue, j) || ts.in(institution, j) {
		return false
	}
	// Adjacent words with nothing but a space between them.
	gap := ts.text[prev.end:ts.t[i].start]
	if gap != " " {
		return false
	}
	return !ts.sentStart(i)
}

// hasPlaceCue reports a place word next to the n-gram: "Bay region",
// "Delta State", "the town of Most".
func hasPlaceCue(ts *tokens, i, n int) bool {
	if ts.in(placeCue, i+n) {
		return true
	}
	return string(ts.keyAt(i-1)) == "of" && ts.in(placeCue, i-2)
}

// maxContextBonus is the largest factor contextScore multiplies a static
// score by (country × province × district × cue word).
const maxContextBonus = 1000 * 10 * 10 * 100

// maxCandidates caps Match.Candidates ("Santa Rosa" has dozens).
const maxCandidates = 20

// resolve picks the reading of a span that fits the document best and
// drops spans whose only readings are weak places with no support.
func (g *Gazetteer) resolve(ts *tokens, s span, ctx docCtx) (Match, bool) {
	var best posting
	bestScore, why := -1.0, reason(0)
	for _, p := range s.readings {
		// Readings come best-first without context; once even the largest
		// context bonus cannot lift one above the best, none can.
		if bestScore > 0 && g.staticScore(p)*maxContextBonus < bestScore {
			break
		}
		sc, w, ok := g.contextScore(ts, s, p, ctx)
		if ok && sc > bestScore {
			best, bestScore, why = p, sc, w
		}
	}
	if bestScore < 0 {
		return Match{}, false
	}
	start, end := ts.t[s.i].start, ts.t[s.i+s.n-1].end
	e := g.entry(best.entry)
	m := Match{Start: start, End: end, Text: ts.text[start:end], Entry: e,
		Demonym: best.flag&flagDemonym != 0, Why: g.explain(why, ts, s, e)}
	// Candidates share one backing array per Match call.
	at := len(ts.cands)
	ts.cands = append(ts.cands, m.Entry)
	m.Candidates = ts.cands[at:]
	for _, p := range s.readings {
		if len(m.Candidates) == maxCandidates {
			break
		}
		if e := g.entry(p.entry); e != m.Entry && !containsEntry(m.Candidates, e) {
			ts.cands = append(ts.cands, e)
			m.Candidates = ts.cands[at:]
		}
	}
	m.Candidates = m.Candidates[:len(m.Candidates):len(m.Candidates)]
	if len(m.Candidates) == 1 && m.Why == "" {
		m.Why = "only reading"
	}
	return m, true
}

func containsEntry(es []*Entry, e *Entry) bool {
	for _, x := range es {
		if x == e {
			return true
		}
	}
	return false
}

// contextScore scores one reading in its document; ok is false for a weak
// place reading nothing in the document supports.
func (g *Gazetteer) contextScore(ts *tokens, s span, p posting, ctx docCtx) (float64, reason, bool) {
	e := p.entry
	kind, country, admin1 := g.eKind(e), g.eCountry(e), g.eAdmin1(e)
	score := g.staticScore(p)
	var why reason
	next := ts.keyAt(s.i + s.n)
	support := ctx.countries[country]
	if s.supports == country {
		support-- // a name does not support itself
	}
	inDoc := country != "" && support > 0 && kind != kCountry
	if inDoc {
		score *= 1000
		why |= whyCountry
		if admin1 != "" && ctx.admin1[admin1] > 0 {
			score *= 10
			why |= whyProvince
		}
		if admin2 := g.eAdmin2(e); admin2 != "" && ctx.admin2[admin2] > 0 {
			score *= 10
			why |= whyDistrict
		}
	}
	if g.otherProvince(e, ctx) || !inDoc && kind != kCountry && kind != kRegion && genericSpan(ts, s) {
		// "Central region" or "North governorate" only in a document
		// about that country.
		return 0, 0, false
	}
	if k := cueKinds[string(next)]; k != "" && cueFits(k, kindNames[kind]) {
		score *= 100
		why |= whyCue
	}
	if p.flag&flagWeak != 0 && !inDoc {
		return 0, 0, false
	}
	if p.flag&flagAcronym != 0 && !g.eIsPlace(e) && s.n == 1 && ts.in(functionWord, s.i) && !vouched(ts, s, p, ctx) {
		return 0, 0, false // "IS" alone, with nothing saying it is a group
	}
	if g.foreignSmallPlace(e, ctx) {
		return 0, 0, false
	}
	if g.weak(ts, s, e) && !hasPlaceCue(ts, s.i, s.n) {
		// A small place needs its country in the document; opening a
		// sentence or heading it needs its province too.
		provinceNamed := admin1 != "" && ctx.admin1[admin1] > 0
		if !inDoc || s.n == 1 && ts.sentStart(s.i) && !provinceNamed {
			return 0, 0, false
		}
	}
	if why == 0 && len(s.readings) > 1 {
		why = whyProminent
	}
	return score, why, true
}

// weak reports a place reading that needs support from the document: a
// small place, or a single capitalised word opening a sentence that is not
// a large place.
func (g *Gazetteer) weak(ts *tokens, s span, e int32) bool {
	kind, pop := g.eKind(e), g.ePop(e)
	if kind == kAdmin1 {
		// A tiny division ("Michael", Isle of Man) needs its country in
		// the document.
		return pop < 20000
	}
	if kind != kPlace && kind != kAdmin2 {
		return false
	}
	switch {
	case pop < 1000:
		return true
	case s.n == 1 && pop < 15000:
		return true
	case s.n == 1 && pop < 100000 && ts.sentStart(s.i):
		return true
	}
	return false
}

// cueKinds classifies a word that follows a name.
var cueKinds = func() map[string]string {
	m := map[string]string{}
	for kind, words := range map[string]string{
		"admin1":  "province governorate state region oblast prefecture provincial",
		"admin2":  "district county subdistrict municipality qada tehsil lga",
		KindPlace: "city town village neighbourhood neighborhood area suburb",
		KindGroup: "group militants militant fighters insurgents rebels jihadists militia militias " +
			"network movement faction cell cells affiliate branch claimed operatives members gunmen",
	} {
		for _, w := range strings.Fields(words) {
			m[w] = kind
		}
	}
	return m
}()

func cueFits(cue, kind string) bool {
	switch cue {
	case "admin1":
		return kind == KindAdmin1
	case "admin2":
		return kind == KindAdmin2 || kind == KindAdmin1
	case KindPlace:
		return kind == KindPlace
	case KindGroup:
		return kind == KindGroup
	}
	return false
}

// foreignSmallPlace reports a town-sized place in a country the document
// never names while it names others: "Soni" in a report about India is not
// the Tanzanian town.
func (g *Gazetteer) foreignSmallPlace(e int32, ctx docCtx) bool {
	if kind := g.eKind(e); kind != kPlace && kind != kAdmin2 || len(ctx.countries) == 0 {
		return false
	}
	return ctx.countries[g.eCountry(e)] == 0 && g.ePop(e) < 100000
}
