package timex

import (
	"strings"
	"time"
)

// numericDate matches "26/08/2021", "08/26/2021", "2021-08-26",
// "26.08.2021" and "26-08-2021" at j.
func (sc *scanner) numericDate(j int) (part, bool) {
	if j >= len(sc.t) || sc.t[j].kind != tNum {
		return part{}, false
	}
	var f [3]string
	e := j + 1
	if lit := sc.t[j].low; strings.Count(lit, ".") == 2 {
		p := strings.Split(lit, ".")
		f = [3]string{p[0], p[1], p[2]}
	} else {
		sep := sc.punct(j + 1)
		if sep != "/" && sep != "-" {
			return part{}, false
		}
		for k := 0; k < 4; k++ {
			if !sc.adjacent(j + k) {
				return part{}, false
			}
		}
		if sc.punct(j+3) != sep || sc.t[j+2].kind != tNum || j+4 >= len(sc.t) || sc.t[j+4].kind != tNum {
			return part{}, false
		}
		f = [3]string{sc.t[j].low, sc.t[j+2].low, sc.t[j+4].low}
		e = j + 5
	}
	p, ok := sc.orderNumeric(f)
	p.e = e
	return p, ok
}

// orderNumeric decides which field is the year, month and day.
func (sc *scanner) orderNumeric(f [3]string) (part, bool) {
	a, b, c := atoi(f[0]), atoi(f[1]), atoi(f[2])
	if a < 0 || b < 0 || c < 0 {
		return part{}, false
	}
	if len(f[0]) == 4 {
		return validPart(a, b, c)
	}
	if len(f[2]) == 2 {
		c += 2000
		if c > 2050 {
			c -= 100
		}
	} else if len(f[2]) != 4 {
		return part{}, false
	}
	dm, okDM := validPart(c, b, a)
	md, okMD := validPart(c, a, b)
	switch {
	case okDM && !okMD:
		return dm, true
	case okMD && !okDM:
		return md, true
	case !okDM:
		return part{}, false
	}
	first, second := md, dm
	if sc.opt.DayFirst {
		first, second = dm, md
	}
	if !sc.ref.IsZero() && sc.ref.Prec == 3 && sc.after(first) && !sc.after(second) {
		return second, true
	}
	return first, true
}

// after reports whether p falls more than two months after the reference
// date (summaries mention later arrests and trials, so a small lead is
// not enough to switch the field order).
func (sc *scanner) after(p part) bool {
	t := time.Date(p.y, time.Month(p.m), p.d, 0, 0, 0, 0, time.UTC)
	return t.After(sc.ref.Time().AddDate(0, 2, 0))
}

// validPart returns year y, month m, day d if they form a real date.
func validPart(y, m, d int) (part, bool) {
	if y < 1800 || y > 2099 || m < 1 || m > 12 || d < 1 || d > daysIn(m, y) {
		return part{}, false
	}
	return part{y: y, m: m, d: d}, true
}
