package numbers

import "math"

// rejected reports whether x is not a quantity: a year, a date, a time, an
// ordinal, an identifier, or a pronoun "one".
func (sc *scanner) rejected(x *expr) bool {
	a := x.a
	if a.digits {
		return sc.attachedDigits(a) || sc.clockTime(a.e) || sc.idHead(x) ||
			sc.dayOfMonth(x) || sc.militaryTime(x) || sc.listMarker(a) || sc.isYear(x)
	}
	if a.oneWord && !x.hasB && x.class == qNone {
		switch sc.word(a.s - 1) {
		case "no", "any", "every", "each", "this", "that", "the", "which", "someone", "by":
			return true
		}
		switch sc.word(a.e) {
		case "another", "by", "or", "day":
			return true
		}
		if sc.punct(a.e) == "-" && sc.adjacent(a.e-1) {
			return true // "one-off", "one-sided"
		}
	}
	return false
}

// attachedDigits reports digits glued to letters or to other digit groups:
// "MH17", "F-16", "COVID-19", "26/08/2021", "202-555-0100", "1990s".
func (sc *scanner) attachedDigits(a num) bool {
	first := a.s
	if a.money {
		first++
	}
	if sc.adjacent(first - 1) {
		prev := sc.t[first-1]
		if prev.kind != tPunct {
			return true
		}
		switch prev.low {
		case "/", ":", ".", "-", "–", "#":
			if sc.adjacent(first - 2) {
				return true
			}
		}
	}
	last := a.e - 1
	if sc.adjacent(last) {
		next := sc.t[last+1]
		switch {
		case next.kind == tWord && !a.money:
			return true // "1990s", "5pm", "9mm": a decade, a time or a measure
		case next.kind == tPunct && (next.low == "/" || next.low == ":" || next.low == "'" || next.low == "’") &&
			sc.adjacent(last+1) && last+2 < len(sc.t) && (sc.t[last+2].kind == tNum || sc.t[last+2].low == "s"):
			return true
		case next.kind == tPunct && next.low == "-" && sc.adjacent(last+1) && last+2 < len(sc.t) &&
			sc.t[last+2].kind == tNum && sc.adjacent(last+2) && sc.punct(last+3) == "-":
			return true // three digit groups: a phone number or an id
		}
	}
	return false
}

// clockTime reports "5 p.m.", "5 pm", "10 o'clock", "0800 GMT" after token k.
func (sc *scanner) clockTime(k int) bool {
	switch w := sc.word(k); w {
	case "am", "pm", "gmt", "utc", "hrs", "o'clock", "o’clock":
		return true
	case "a", "p":
		return sc.punct(k+1) == "." && sc.word(k+2) == "m"
	}
	return false
}

// militaryTime reports four-digit clock times: "at 2230", "around 0630",
// "1600 hours".
func (sc *scanner) militaryTime(x *expr) bool {
	a := x.a
	lit := sc.t[a.s].low
	if len(lit) != 4 || !isDigits(lit) || a.scale != 1 || a.money || x.hasB {
		return false
	}
	if lit[0] > '2' || (lit[0] == '2' && lit[1] > '3') || lit[2] > '5' {
		return false
	}
	if lit[0] == '0' {
		return true
	}
	k := x.s - 1
	switch sc.word(k) {
	case "about", "around", "approximately", "roughly":
		k--
	}
	switch sc.word(k) {
	case "at", "by", "until", "till", "before", "after":
		return true
	}
	switch sc.word(x.e) {
	case "hours", "hrs", "local", "gmt", "utc", "h":
		return true
	}
	return false
}

// listMarker reports a number opening a line and followed by "." or ")":
// "1. Skip to content".
func (sc *scanner) listMarker(a num) bool {
	if a.money || a.e != a.s+1 || !sc.adjacent(a.s) {
		return false
	}
	if p := sc.punct(a.s + 1); p != "." && p != ")" {
		return false
	}
	k := sc.t[a.s].s - 1
	for k >= 0 && (sc.text[k] == ' ' || sc.text[k] == '\t') {
		k--
	}
	return k < 0 || sc.text[k] == '\n'
}

// isDigits reports whether s is all ASCII digits.
func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// idHead reports a number right after an identifier head: "No. 5",
// "Resolution 2253", "Route 1".
func (sc *scanner) idHead(x *expr) bool {
	if x.class != qNone {
		return false
	}
	k := x.a.s - 1
	if sc.punct(k) == "." || sc.punct(k) == "#" {
		k--
	}
	return idHeads[sc.word(k)] && !(sc.word(k) == "no" && sc.punct(k+1) != ".")
}

// dayOfMonth reports "August 26", "26 August", "26th of August".
func (sc *scanner) dayOfMonth(x *expr) bool {
	a := x.a
	if (x.class != qNone && x.class != qBetween && x.class != qFrom) || a.comma || a.decimals || a.scale != 1 || a.v < 1 || a.v > 31 || a.v != math.Trunc(a.v) {
		return false
	}
	if months[sc.word(a.s-1)] || (sc.punct(a.s-1) == "." && months[sc.word(a.s-2)]) {
		return true
	}
	e := x.e
	if x.hasB {
		e = x.b.e
	}
	if !x.hasB && (sc.word(e) == "and" || sc.word(e) == "to" || sc.punct(e) == "-" || sc.punct(e) == "–") &&
		e+1 < len(sc.t) && sc.t[e+1].kind == tNum {
		e += 2 // "12 and 14 June"
	}
	if sc.word(e) == "of" {
		e++
	}
	return months[sc.word(e)]
}

// yearLike reports whether n could be a year: four plain digits 1800–2099.
func yearLike(n num, sc *scanner) bool {
	return n.digits && !n.comma && !n.decimals && n.scale == 1 && !n.money &&
		n.v >= 1800 && n.v <= 2099 && len(sc.t[n.s].low) == 4
}

// isYear reports whether x is a year or a span of years rather than a
// count: a count qualifier ("more than 2000") or a following count noun
// ("2000 fighters") makes it a count.
func (sc *scanner) isYear(x *expr) bool {
	if x.percent || x.factor || !yearLike(x.a, sc) || (x.hasB && !yearLike(x.b, sc)) {
		return false
	}
	switch x.class {
	case qMin, qMinPlus, qMaxMinus, qMax, qNearMax:
		return false
	}
	k := x.e
	if sc.punct(k) == "-" && sc.adjacent(k-1) {
		k++
	}
	return !countNouns[sc.word(k)]
}

// build turns a matched expression into a Quantity.
func (sc *scanner) build(x expr) Quantity {
	q := Quantity{
		Start: sc.t[x.s].s, End: sc.t[x.e-1].e, Value: x.a.v,
		Percent: x.percent, Factor: x.factor || x.a.factor, Money: x.a.money,
		Vague: x.a.vague, Qualifier: x.qual, Range: x.hasB,
	}
	q.Text = sc.text[q.Start:q.End]
	q.OneOf = x.a.oneWord && sc.word(x.a.e) == "of"
	class := x.class
	if class == qNone || class == qFrom || class == qBetween {
		class = x.postClass
	}
	switch {
	case x.hasB:
		q.Min, q.Max = ptr(x.a.v), ptr(x.b.v)
		q.Approx = class == qApprox || class == qNearMax
	case x.a.vague:
		q.Min = ptr(x.a.vmin)
		if x.a.vmax > 0 {
			q.Max = ptr(x.a.vmax)
		}
		q.Approx = class == qApprox
	default:
		sc.bound(&q, class, x.a.v)
	}
	return q
}

// bound sets Min, Max and Approx of a single figure v under a qualifier.
func (sc *scanner) bound(q *Quantity, class int, v float64) {
	step := 0.0
	if v == math.Trunc(v) && !q.Percent && !q.Factor {
		step = 1
	}
	switch class {
	case qMin:
		q.Min = ptr(v)
	case qMinPlus:
		q.Min = ptr(v + step)
	case qMaxMinus:
		q.Max = ptr(max(v-step, 0))
	case qMax:
		q.Max = ptr(v)
	case qApprox:
		q.Min, q.Max, q.Approx = ptr(v), ptr(v), true
	case qNearMax:
		q.Max, q.Approx = ptr(v), true
	default:
		q.Min, q.Max = ptr(v), ptr(v)
	}
}

// ptr returns a pointer to a copy of v.
func ptr(v float64) *float64 { return &v }
