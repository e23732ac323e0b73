package timex

import (
	"strings"
	"time"

	"dossier/internal/model"
)

// part is a date as written: any of year, month and day may be missing.
type part struct {
	s, e    int
	y, m, d int
	mod     string
	decade  bool
}

// isYearOnly reports a plain year.
func (p part) isYearOnly() bool { return p.y != 0 && p.m == 0 && p.d == 0 && !p.decade && p.mod == "" }

// absPart is a matched absolute date with its token span.
type absPart struct {
	p    part
	s, e int
}

// absolute matches a date written with a month, day or year at token i,
// with an optional modifier ("early", "the end of") or season.
func (sc *scanner) absolute(i int) (absPart, bool) {
	j, mod := sc.modifier(i)
	if p, ok := sc.season(j); ok {
		if mod != "" {
			p.mod = mod + " " + p.mod
		}
		return absPart{p: p, s: i, e: p.e}, true
	}
	k := j
	if _, ok := weekdays[sc.word(k)]; ok && mod == "" {
		k++
		if sc.punct(k) == "," {
			k++
		}
	}
	p, ok := sc.numericDate(k)
	if !ok {
		p, ok = sc.dayMonth(k)
	}
	if !ok {
		p, ok = sc.monthDay(k, mod != "")
	}
	if !ok && k == j {
		p, ok = sc.yearAt(j)
	}
	if !ok {
		return absPart{}, false
	}
	if mod != "" {
		p.mod = mod
	}
	return absPart{p: p, s: i, e: p.e}, true
}

// modifier reads "early", "mid-", "late", "the end of", "the beginning of"
// at i and returns where the date starts.
func (sc *scanner) modifier(i int) (int, string) {
	w := sc.word(i)
	if w == "the" && mods[sc.word(i+1)] != "" && sc.word(i+2) == "of" {
		return i + 3, mods[sc.word(i+1)]
	}
	switch w {
	case "early", "late", "mid", "middle":
		j := i + 1
		if sc.isDash(j) && sc.adjacent(i) {
			j++
		}
		return j, mods[w]
	}
	return i, ""
}

// season matches "[the] spring [of] 2015".
func (sc *scanner) season(j int) (part, bool) {
	if sc.word(j) == "the" {
		j++
	}
	w := sc.word(j)
	if _, ok := seasons[w]; !ok {
		return part{}, false
	}
	k := j + 1
	if sc.word(k) == "of" || sc.punct(k) == "," {
		k++
	}
	y, ok := sc.plainYear(k)
	if !ok {
		return part{}, false
	}
	return part{e: k + 1, y: y, mod: w}, true
}

// plainYear reads a four-digit year 1800–2099 at k.
func (sc *scanner) plainYear(k int) (int, bool) {
	if k >= len(sc.t) || sc.t[k].kind != tNum || len(sc.t[k].low) != 4 {
		return 0, false
	}
	y := atoi(sc.t[k].low)
	if y < 1800 || y > 2099 {
		return 0, false
	}
	return y, true
}

// dayNum reads a day of the month at k, with an optional ordinal suffix;
// it returns the day and the index after it.
func (sc *scanner) dayNum(k int) (int, int, bool) {
	if k >= len(sc.t) || sc.t[k].kind != tNum || len(sc.t[k].low) > 2 {
		return 0, k, false
	}
	d := atoi(sc.t[k].low)
	if d < 1 || d > 31 {
		return 0, k, false
	}
	e := k + 1
	if sc.adjacent(k) {
		switch sc.word(k + 1) {
		case "st", "nd", "rd", "th":
			e++
		default:
			if e < len(sc.t) && sc.t[e].kind == tWord {
				return 0, k, false // "5km"
			}
		}
	}
	return d, e, true
}

// monthAt reads a month name at k (an abbreviation may take a period) and
// returns the month and the index after it.
func (sc *scanner) monthAt(k int) (int, int, bool) {
	m, ok := monthNums[sc.word(k)]
	if !ok {
		return 0, k, false
	}
	e := k + 1
	if w := sc.t[k].low; len(w) <= 4 && w != "may" && w != "june" && w != "july" && sc.punct(e) == "." && sc.adjacent(k) {
		e++
	}
	return m, e, true
}

// yearAfter reads an optional ", 2021" or " 2021" at k.
func (sc *scanner) yearAfter(k int) (int, int) {
	j := k
	if sc.punct(j) == "," {
		j++
	}
	if y, ok := sc.plainYear(j); ok && !sc.timeOrCount(j) {
		return y, j + 1
	}
	return 0, k
}

// timeOrCount reports a number at k that reads as a clock time or count.
func (sc *scanner) timeOrCount(k int) bool {
	if sc.punct(k+1) == ":" && sc.adjacent(k) && sc.adjacent(k+1) && k+2 < len(sc.t) && sc.t[k+2].kind == tNum {
		return true
	}
	return countNouns[sc.word(k+1)]
}

// dayMonth matches "[the] 26[th] [of] August[,] [2021]".
func (sc *scanner) dayMonth(j int) (part, bool) {
	k := j
	if sc.word(k) == "the" {
		k++
	}
	d, k, ok := sc.dayNum(k)
	if !ok {
		return part{}, false
	}
	if sc.word(k) == "of" {
		k++
	}
	m, k, ok := sc.monthAt(k)
	if !ok || d > daysIn(m, 0) {
		return part{}, false
	}
	y, k := sc.yearAfter(k)
	return part{e: k, y: y, m: m, d: d}, true
}

// monthDay matches "August 26[th][,] [2021]", "August[,] 2021" and a bare
// "August" (modified says an "early"/"late" precedes it).
func (sc *scanner) monthDay(j int, modified bool) (part, bool) {
	m, k, ok := sc.monthAt(j)
	if !ok {
		return part{}, false
	}
	if d, k2, ok := sc.dayNum(k); ok && d <= daysIn(m, 0) && !sc.timeOrCount(k2-1) {
		y, k3 := sc.yearAfter(k2)
		return part{e: k3, y: y, m: m, d: d}, sc.monthCased(j)
	}
	kk := k
	if sc.word(kk) == "of" {
		kk++
	}
	if y, k2 := sc.yearAfter(kk); y != 0 {
		return part{e: k2, y: y, m: m}, sc.monthCased(j)
	}
	if !sc.bareMonthOK(j, modified) {
		return part{}, false
	}
	return part{e: j + 1, m: m}, true
}

// monthCased reports a capitalised month name (or any case when the
// whole word is upper case).
func (sc *scanner) monthCased(j int) bool { return sc.t[j].cap }

// bareMonthOK decides whether a month name with no day or year is a date:
// "in August", "a May car bombing", but not "Theresa May", "Black
// September", "April Smith", "May be", "the march on".
func (sc *scanner) bareMonthOK(j int, modified bool) bool {
	t := sc.t[j]
	if !t.cap || len(t.low) <= 4 && t.low != "may" && t.low != "june" && t.low != "july" {
		return false
	}
	if modified {
		return true
	}
	prev := sc.word(j - 1)
	if sc.isCap(j-1) && !datePrev[prev] {
		return false
	}
	if !nameMonths[t.low] {
		return true
	}
	if !datePrev[prev] || t.sentStart {
		return false
	}
	if sc.isCap(j+1) && !sc.isAcronym(j+1) && !datePreps[prev] {
		return false
	}
	if t.low == "march" || t.low == "may" {
		switch sc.word(j + 1) {
		case "on", "to", "through", "against", "for", "be", "have", "not", "also", "well":
			return false
		}
	}
	return true
}

// isAcronym reports an all-capitals word of two or more letters ("UN").
func (sc *scanner) isAcronym(k int) bool {
	w := sc.text[sc.t[k].s:sc.t[k].e]
	return len(w) >= 2 && strings.ToUpper(w) == w
}

// yearAt matches a year ("2017", "the 1990s") that is not a count.
func (sc *scanner) yearAt(j int) (part, bool) {
	y, ok := sc.plainYear(j)
	if !ok {
		return part{}, false
	}
	if sc.adjacent(j) {
		if sc.word(j+1) == "s" && y%10 == 0 {
			return part{e: j + 2, y: y, decade: true}, true
		}
		if p := sc.punct(j + 1); (p == "'" || p == "’") && sc.word(j+2) == "s" && y%10 == 0 {
			return part{e: j + 3, y: y, decade: true}, true
		}
		if j+1 < len(sc.t) && sc.t[j+1].kind == tWord {
			return part{}, false
		}
	}
	if sc.adjacent(j-1) && (sc.t[j-1].kind == tWord || sc.punct(j-1) == "/" || sc.punct(j-1) == ":" || sc.punct(j-1) == ".") {
		return part{}, false
	}
	if sc.timeOrCount(j) || countQualifiers[sc.word(j-1)] || sc.punct(j-1) == "$" || sc.clockAt(j) {
		return part{}, false
	}
	return part{e: j + 1, y: y}, true
}

// clockAt reports a four-digit military time such as "at 1950" or "at
// about 1830": a valid HHMM after "at".
func (sc *scanner) clockAt(j int) bool {
	v := atoi(sc.t[j].low)
	if v/100 > 23 || v%100 > 59 {
		return false
	}
	k := j - 1
	switch sc.word(k) {
	case "about", "around", "approximately":
		k--
	}
	return sc.word(k) == "at"
}

// resolveAbs resolves a written date against the reference date.
func (sc *scanner) resolveAbs(a absPart) cand {
	p := a.p
	x := cand{s: a.s, e: a.e, mod: p.mod}
	y := p.y
	if y == 0 {
		x.rel = true
		if sc.ref.IsZero() {
			return x
		}
		y = sc.chooseYear(p.m, p.d)
	}
	switch {
	case p.d != 0 && p.d <= daysIn(p.m, y):
		x.date = model.DayDate(y, p.m, p.d)
	case p.m != 0:
		x.date = model.MonthDate(y, p.m)
	default:
		x.date = model.YearDate(y)
	}
	if p.decade {
		x.until, x.mod = model.YearDate(y+9), "decade"
	}
	return x
}

// chooseYear returns the reference year, or the year before when month m
// (day d, if known) would fall after the reference date.
func (sc *scanner) chooseYear(m, d int) int {
	ref := sc.ref
	y := ref.Year
	if ref.Prec < model.PrecMonth {
		return y
	}
	if d == 0 || ref.Prec < model.PrecDay {
		if m > ref.Month {
			return y - 1
		}
		return y
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.After(ref.Time().AddDate(0, 0, 7)) {
		return y - 1
	}
	return y
}

// daysIn returns the days of month m in year y (29 for February when y is
// unknown).
func daysIn(m, y int) int {
	if y == 0 {
		y = 2000
	}
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// atoi parses ASCII digits (no sign, no separators); -1 when invalid.
func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return -1
		}
		n = n*10 + int(s[i]-'0')
	}
	return n
}
