package timex

import (
	"dossier/internal/extract/scan"
	"dossier/internal/model"
)

// scanner holds the tokens of one text and the reference date.
type scanner struct {
	text string
	t    []tok
	ref  model.Date
	opt  Options
}

// word returns the lower-cased word at i, or "".
func (sc *scanner) word(i int) string {
	if i < 0 || i >= len(sc.t) || sc.t[i].kind != tWord {
		return ""
	}
	return sc.t[i].low
}

// punct returns the punctuation at i, or "".
func (sc *scanner) punct(i int) string {
	if i < 0 || i >= len(sc.t) || sc.t[i].kind != tPunct {
		return ""
	}
	return sc.t[i].low
}

// isCap reports whether token i is a capitalised word.
func (sc *scanner) isCap(i int) bool {
	return i >= 0 && i < len(sc.t) && sc.t[i].kind == tWord && sc.t[i].cap
}

// adjacent reports whether tokens i and i+1 touch.
func (sc *scanner) adjacent(i int) bool {
	return i >= 0 && i+1 < len(sc.t) && sc.t[i].e == sc.t[i+1].s
}

// isDash reports a hyphen or dash at i.
func (sc *scanner) isDash(i int) bool {
	switch sc.punct(i) {
	case "-", "–", "—", "‐":
		return true
	}
	return false
}

// starterWords are the words an expression can begin with.
var starterWords = buildStarters()

// starterSet is starterWords with scan's pre-test.
var starterSet = scan.NewWords(starterWords)

// buildStarters collects the first words of every pattern.
func buildStarters() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{"the", "between", "from", "today", "tonight", "yesterday", "tomorrow",
		"last", "this", "next", "earlier", "later", "that", "within", "hours", "past"} {
		m[w] = true
	}
	for _, tbl := range []map[string]int{monthNums, weekdays, smallNums} {
		for w := range tbl {
			m[w] = true
		}
	}
	for w := range seasons {
		m[w] = true
	}
	for w := range mods {
		m[w] = true
	}
	for w := range unitSpans {
		m[w] = true
	}
	return m
}

// starter reports whether an expression may begin at token i.
func (sc *scanner) starter(i int) bool {
	switch sc.t[i].kind {
	case tNum:
		return true
	case tWord:
		return starterSet.Has(sc.t[i].low)
	}
	return false
}

// at tries every pattern at token i, longest construction first.
func (sc *scanner) at(i int) (cand, bool) {
	if x, ok := sc.periodOf(i); ok {
		return x, true
	}
	if x, ok := sc.interval(i); ok {
		return x, true
	}
	if x, ok := sc.absoluteRange(i); ok {
		return x, true
	}
	if x, ok := sc.relative(i); ok {
		return x, true
	}
	return sc.anaphoric(i)
}

// interval matches "between D1 and D2" and "from D1 to/until D2".
func (sc *scanner) interval(i int) (cand, bool) {
	w := sc.word(i)
	if w != "between" && w != "from" {
		return cand{}, false
	}
	if x, ok := sc.dayRange(i+1, w); ok {
		x.s = i
		return x, true
	}
	a, ok := sc.absolute(i + 1)
	if !ok {
		return cand{}, false
	}
	k := a.e
	link := sc.word(k)
	switch {
	case w == "between" && (link == "and" || sc.isDash(k)):
	case w == "from" && (link == "to" || link == "until" || link == "till" || link == "through" || sc.isDash(k)):
	default:
		return cand{}, false
	}
	b, ok := sc.absolute(k + 1)
	if !ok {
		return cand{}, false
	}
	return sc.joinRange(i, a, b), true
}

// absoluteRange matches an absolute date, extended to a range by "to",
// "until", "through" or a dash and a second date ("2016-2018", "January
// to April 2024").
func (sc *scanner) absoluteRange(i int) (cand, bool) {
	if x, ok := sc.dayRange(i, ""); ok {
		return x, true
	}
	a, ok := sc.absolute(i)
	if !ok {
		return cand{}, false
	}
	k := a.e
	link := sc.word(k)
	if sc.isDash(k) || link == "to" || link == "until" || link == "through" {
		if b, ok := sc.absolute(k + 1); ok && (a.p.y == 0 || b.p.y == 0 || b.p.y >= a.p.y) {
			return sc.joinRange(a.s, a, b), true
		}
		if sc.isDash(k) && sc.adjacent(k-1) && sc.adjacent(k) && a.p.isYearOnly() {
			if y2, ok := sc.shortYear(k+1, a.p.y); ok {
				b := part{s: k + 1, e: k + 2, y: y2}
				return sc.joinRange(a.s, a, absPart{p: b, s: b.s, e: b.e}), true
			}
		}
	}
	return sc.resolveAbs(a), true
}

// shortYear reads "18" in "2016-18" as 2018 when it follows year y.
func (sc *scanner) shortYear(k, y int) (int, bool) {
	if k >= len(sc.t) || sc.t[k].kind != tNum || len(sc.t[k].low) != 2 {
		return 0, false
	}
	v := int(sc.t[k].low[0]-'0')*10 + int(sc.t[k].low[1]-'0')
	y2 := y/100*100 + v
	if y2 <= y || y2-y > 20 {
		return 0, false
	}
	return y2, true
}

// joinRange builds an interval from two absolute parts; a first part
// without a year borrows the second's ("between May and July 2021").
func (sc *scanner) joinRange(s int, a, b absPart) cand {
	if a.p.y == 0 && b.p.y != 0 {
		a.p.y = b.p.y
		if a.p.m > b.p.m && b.p.m != 0 {
			a.p.y--
		}
	}
	if a.p.m == 0 && a.p.d != 0 {
		a.p.m = b.p.m
	}
	ra, rb := sc.resolveAbs(a), sc.resolveAbs(b)
	return cand{s: s, e: b.e, date: ra.date, until: rb.date, rel: ra.rel || rb.rel, mod: ra.mod}
}
