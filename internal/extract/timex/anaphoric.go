package timex

import "dossier/internal/model"

// countAt reads how many units: "two", "12", "a", "a few", "several", "a
// couple of". vague is set for amounts without a figure.
func (sc *scanner) countAt(i int) (n int, vague bool, next int, ok bool) {
	if i < len(sc.t) && sc.t[i].kind == tNum && len(sc.t[i].low) <= 3 {
		if v := atoi(sc.t[i].low); v > 0 {
			return v, false, i + 1, true
		}
		return 0, false, i, false
	}
	w := sc.word(i)
	if w == "a" || w == "an" {
		switch sc.word(i + 1) {
		case "few":
			return 3, true, i + 2, true
		case "couple":
			if sc.word(i+2) == "of" {
				return 2, true, i + 3, true
			}
			return 2, true, i + 2, true
		}
	}
	v, found := smallNums[w]
	if !found || w == "few" || w == "couple" {
		return 0, false, i, false
	}
	return v, w == "several", i + 1, true
}

// offsetPrec returns the precision an offset in a unit of precision p
// supports, one step coarser for vague counts ("weeks later").
func offsetPrec(p int, vague bool) model.Precision {
	if vague && p > 1 {
		p--
	}
	return model.Precision(p)
}

// ago matches "two weeks ago", "a few days ago", "three years ago".
func (sc *scanner) ago(i int) (cand, bool) {
	n, vague, k, ok := sc.countAt(i)
	if !ok {
		return cand{}, false
	}
	u, found := unitSpans[sc.word(k)]
	if !found || sc.word(k+1) != "ago" {
		return cand{}, false
	}
	x := cand{s: i, e: k + 2, rel: true}
	if sc.ref.IsZero() {
		return x, true
	}
	prec := offsetPrec(u.prec, vague)
	if sc.word(k) == "week" || sc.word(k) == "weeks" {
		prec = model.PrecMonth
	}
	if sc.ref.Prec < prec {
		return x, true
	}
	t := sc.ref.Time().AddDate(-n*u.off[0], -n*u.off[1], -n*u.off[2])
	x.date = model.FromTime(t).Truncate(prec)
	return x, true
}

// anaphoricDirs are the words after a count and unit that make an offset
// from the narrated event, with their sign.
var anaphoricDirs = map[string]int{
	"later": 1, "afterwards": 1, "afterward": 1, "after": 1, "on": 1,
	"earlier": -1, "before": -1, "prior": -1, "previously": -1,
}

// anaphoric matches offsets from the narrated event: "a month later", "two
// days after", "weeks later", "the next day", "the following week", "that
// day", "later that year", "within hours".
func (sc *scanner) anaphoric(i int) (cand, bool) {
	if x, ok := sc.countedOffset(i); ok {
		return x, true
	}
	w := sc.word(i)
	switch w {
	case "the":
		return sc.theOffset(i)
	case "that", "later", "earlier":
		k := i
		if w != "that" {
			if sc.word(i+1) == "in" && sc.word(i+2) == "the" {
				return sc.unitOffset(i, i+3, 0) // "later in the day"
			}
			if sc.word(i+1) != "that" {
				return cand{}, false
			}
			k++
		}
		return sc.unitOffset(i, k+1, 0)
	case "within":
		n, vague, k, ok := sc.countAt(i + 1)
		if !ok {
			n, vague, k = 2, true, i+1
		}
		u, found := unitSpans[sc.word(k)]
		if !found {
			return cand{}, false
		}
		return sc.offsetCand(i, k+1, n, u.off, offsetPrec(u.prec, vague)), true
	}
	return cand{}, false
}

// countedOffset matches "[N] unit(s) later/after/earlier/before".
func (sc *scanner) countedOffset(i int) (cand, bool) {
	n, vague, k, ok := sc.countAt(i)
	if !ok {
		w := sc.word(i)
		if len(w) < 2 || w[len(w)-1] != 's' {
			return cand{}, false // only plurals go without a count: "days later"
		}
		n, vague, k = 2, true, i
	}
	unit := sc.word(k)
	u, found := unitSpans[unit]
	if !found {
		return cand{}, false
	}
	dir, found := anaphoricDirs[sc.word(k+1)]
	if !found || (sc.word(k+1) == "on" && sc.word(k) != "later") {
		return cand{}, false
	}
	off := [3]int{dir * n * u.off[0], dir * n * u.off[1], dir * n * u.off[2]}
	if unit == "hours" || unit == "hour" || unit == "minutes" {
		vague = false // "hours later": still that day, or the next
	}
	return sc.offsetCand(i, k+2, 1, off, offsetPrec(u.prec, vague)), true
}

// theOffset matches "the next/following/previous/same day|week|month|year"
// and "the day after/before".
func (sc *scanner) theOffset(i int) (cand, bool) {
	w := sc.word(i + 1)
	switch w {
	case "next", "following":
		return sc.unitOffset(i, i+2, 1)
	case "previous", "preceding":
		return sc.unitOffset(i, i+2, -1)
	case "same":
		return sc.unitOffset(i, i+2, 0)
	case "day":
		switch sc.word(i + 2) {
		case "after":
			return sc.offsetCand(i, i+3, 1, [3]int{0, 0, 1}, model.PrecDay), true
		case "before":
			return sc.offsetCand(i, i+3, 1, [3]int{0, 0, -1}, model.PrecDay), true
		}
	}
	return cand{}, false
}

// unitOffset reads a unit at k ("day", "night", "week", "month", "year")
// and offsets by n of it.
func (sc *scanner) unitOffset(s, k, n int) (cand, bool) {
	switch u := sc.word(k); u {
	case "day", "night", "morning", "evening", "afternoon":
		return sc.offsetCand(s, k+1, n, [3]int{0, 0, 1}, model.PrecDay), true
	case "week", "weekend":
		return sc.offsetCand(s, k+1, n, [3]int{0, 0, 7}, model.PrecDay), true
	case "month":
		return sc.offsetCand(s, k+1, n, [3]int{0, 1, 0}, model.PrecMonth), true
	case "year":
		return sc.offsetCand(s, k+1, n, [3]int{1, 0, 0}, model.PrecYear), true
	}
	return cand{}, false
}

// offsetCand builds an anaphoric candidate of n times off.
func (sc *scanner) offsetCand(s, e, n int, off [3]int, prec model.Precision) cand {
	return cand{s: s, e: e, ana: true, off: [3]int{n * off[0], n * off[1], n * off[2]}, offPrec: prec}
}
