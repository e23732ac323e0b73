package timex

import (
	"time"

	"dossier/internal/model"
)

// relative matches expressions resolved against the reference date:
// "today", "yesterday", "last March", "this year", "earlier this month",
// "on Thursday", "two weeks ago".
func (sc *scanner) relative(i int) (cand, bool) {
	w := sc.word(i)
	switch w {
	case "today", "tonight":
		return sc.refDays(i, i+1, 0), true
	case "yesterday":
		return sc.refDays(i, i+1, -1), true
	case "tomorrow":
		return sc.refDays(i, i+1, 1), true
	case "the":
		if sc.word(i+1) == "day" && sc.word(i+2) == "before" && sc.word(i+3) == "yesterday" {
			return sc.refDays(i, i+4, -2), true
		}
		return cand{}, false
	case "this", "last", "next":
		if sc.word(i-1) == "the" || sc.word(i-1) == "past" {
			return cand{}, false // "the last year": a duration
		}
		return sc.deictic(i, i+1, w, "")
	case "earlier", "later":
		if sc.word(i+1) == "this" {
			return sc.deictic(i, i+2, "this", w)
		}
		return cand{}, false
	}
	if _, ok := weekdays[w]; ok {
		return sc.bareWeekday(i)
	}
	return sc.ago(i)
}

// refDays is the reference date moved by n days, at day precision.
func (sc *scanner) refDays(s, e, n int) cand {
	x := cand{s: s, e: e, rel: true}
	if sc.ref.Prec == model.PrecDay {
		x.date = model.FromTime(sc.ref.Time().AddDate(0, 0, n))
	}
	return x
}

// deictic resolves "this/last/next" + year, month, week, night, morning,
// a month name, a weekday or a season; mod is "earlier"/"later" or "".
func (sc *scanner) deictic(s, k int, which, mod string) (cand, bool) {
	u := sc.word(k)
	x := cand{s: s, e: k + 1, rel: true, mod: mod}
	ref := sc.ref
	switch {
	case u == "year" || u == "month" || u == "week":
		if !ref.IsZero() {
			x.date = shiftUnit(ref, u, map[string]int{"this": 0, "last": -1, "next": 1}[which])
		}
	case u == "night" || u == "morning" || u == "afternoon" || u == "evening":
		if mod != "" || which == "next" {
			return cand{}, false
		}
		n := 0
		if which == "last" && u == "night" {
			n = -1
		}
		return sc.refDays(s, k+1, n), true
	case monthNums[u] != 0 && (len(u) > 3 || u == "may") && sc.t[k].cap:
		switch {
		case ref.Prec >= model.PrecMonth:
			x.date = model.MonthDate(deicticMonthYear(ref, monthNums[u], which), monthNums[u])
		case !ref.IsZero() && which != "next":
			// only the year is known: take that year's month
			x.date = model.MonthDate(ref.Year, monthNums[u])
		}
	case isWeekday(u):
		if ref.Prec == model.PrecDay {
			x.date = model.FromTime(weekdayFrom(ref.Time(), weekdays[u], which))
		}
	case isSeason(u):
		if !ref.IsZero() {
			x.date = model.YearDate(seasonYear(ref, u, which))
		}
		x.mod = u
	default:
		return cand{}, false
	}
	return x, true
}

// isWeekday reports a weekday name.
func isWeekday(w string) bool { _, ok := weekdays[w]; return ok }

// isSeason reports a season name.
func isSeason(w string) bool { _, ok := seasons[w]; return ok }

// shiftUnit returns the year, month or week of ref moved by n units, at
// year or month precision (weeks keep month precision).
func shiftUnit(ref model.Date, unit string, n int) model.Date {
	switch unit {
	case "year":
		return model.YearDate(ref.Year + n)
	case "month":
		if ref.Prec < model.PrecMonth {
			return model.Date{}
		}
		return model.FromTime(ref.Time().AddDate(0, n, 0)).Truncate(model.PrecMonth)
	}
	if ref.Prec < model.PrecDay {
		return model.Date{}
	}
	return model.FromTime(ref.Time().AddDate(0, 0, 7*n)).Truncate(model.PrecMonth)
}

// deicticMonthYear is the year of "last/this/next March" said in ref's month.
func deicticMonthYear(ref model.Date, m int, which string) int {
	switch which {
	case "last":
		if m < ref.Month {
			return ref.Year
		}
		return ref.Year - 1
	case "next":
		if m > ref.Month {
			return ref.Year
		}
		return ref.Year + 1
	}
	return ref.Year
}

// weekdayFrom finds the weekday wd relative to t: "this" on or after
// (the coming one), "last" strictly before, "next" strictly after, and ""
// (a bare weekday) on or before.
func weekdayFrom(t time.Time, wd int, which string) time.Time {
	back := (int(t.Weekday()) - wd + 7) % 7
	fwd := (wd - int(t.Weekday()) + 7) % 7
	switch which {
	case "last":
		if back == 0 {
			back = 7
		}
		return t.AddDate(0, 0, -back)
	case "next":
		if fwd == 0 {
			fwd = 7
		}
		return t.AddDate(0, 0, fwd)
	case "this":
		return t.AddDate(0, 0, fwd)
	}
	return t.AddDate(0, 0, -back)
}

// seasonYear is the year of "last/this/next summer" said at ref.
func seasonYear(ref model.Date, season, which string) int {
	end := seasons[season][1]
	switch which {
	case "last":
		if ref.Prec >= model.PrecMonth && end < ref.Month && season != "winter" {
			return ref.Year
		}
		return ref.Year - 1
	case "next":
		return ref.Year + 1
	}
	return ref.Year
}

// bareWeekday matches "Thursday", "on Thursday", "Thursday's": the most
// recent such day on or before the reference date. It rejects "The
// Sunday Times", "Bloody Sunday", "Black Friday".
func (sc *scanner) bareWeekday(i int) (cand, bool) {
	t := sc.t[i]
	if !t.cap {
		return cand{}, false
	}
	prev := sc.word(i - 1)
	if sc.isCap(i-1) && !datePrev[prev] {
		return cand{}, false
	}
	if sc.isCap(i+1) && monthNums[sc.word(i+1)] == 0 && !datePreps[prev] && prev != "on" && !sc.t[i+1].sentStart {
		return cand{}, false
	}
	x := cand{s: i, e: i + 1, rel: true}
	if sc.ref.Prec == model.PrecDay {
		x.date = model.FromTime(weekdayFrom(sc.ref.Time(), weekdays[t.low], ""))
	}
	return x, true
}
