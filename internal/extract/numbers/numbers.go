// Package numbers finds number expressions in text ("more than sixty",
// "between 500 and 1,500", "dozens of", "1.5 million", "three times", "94%")
// and turns them into bounds. Pure; stdlib and model only.
//
// Bounds chosen for wording without a figure (Vague is set):
//   - "dozens" ≥ 24, "scores of" ≥ 40, "hundreds" ≥ 200, "thousands" ≥ 2,000,
//     "tens of thousands" ≥ 20,000: a plural of a unit is at least two units;
//   - "several" 3–9, "a few" and "a handful" 2–5, "a couple of" 2, "a number
//     of" ≥ 2; "several hundred" 300–900, "a few dozen" 24–60.
//
// Not reported: years ("in 2017", "2016-2018", "the 1990s"), days of the
// month next to a month name, clock times ("5 p.m.", "10:30"), ordinals
// ("3rd"; ordinal words are never numbers here), identifiers ("F-16",
// "Resolution 2253", "No. 5", phone numbers), and "no one", "one another".
// "one of the ..." is reported with OneOf set so callers can ignore it.
package numbers

import "dossier/internal/extract/scan"

// Quantity is one number expression [Start, End) of the text.
type Quantity struct {
	Start, End int
	Text       string
	// Value is the head number (for a range, its lower end).
	Value float64
	// Min and Max are the bounds the wording implies: "at least 190" →
	// 190/nil, "more than sixty" → 61/nil, "up to 30" → nil/30, "between 500
	// and 1,500" → 500/1500, "around 140" → 140/140 with Approx.
	Min, Max *float64
	Approx   bool
	Vague    bool // "dozens", "scores of", "hundreds", "several"
	Percent  bool // "94%", "94 percent"
	Factor   bool // "three times", "twice"
	// Money is set for currency amounts ("$5m").
	Money bool
	// OneOf flags "one of the ..." (and a bare "one" that is a pronoun):
	// not a count of anything.
	OneOf bool
	// Range is set when the text gives two figures ("500-1,500").
	Range bool
	// Qualifier is the qualifying phrase, lower case ("at least"), or "".
	Qualifier string
}

// Find returns the number expressions in text, in order, non-overlapping.
func Find(text string) []Quantity {
	sc := scanner{text: text}
	var out []Quantity
	buf := getToks()
	toks := *buf
	for from := 0; from < len(text); {
		toks, from = lex(text, from, scan.ChunkEnd(text, from), toks[:0])
		sc.t = toks
		out = sc.scan(out)
	}
	putToks(buf, toks)
	return out
}

// scan appends the expressions of the current tokens to out.
func (sc *scanner) scan(out []Quantity) []Quantity {
	for i := 0; i < len(sc.t); {
		if sc.t[i].kind == tPunct && sc.t[i].low != "$" && sc.t[i].low != "£" && sc.t[i].low != "€" {
			i++
			continue
		}
		if sc.t[i].kind == tWord && !starterSet.Has(sc.t[i].low) {
			i++
			continue
		}
		q, next, ok := sc.match(i)
		if !ok {
			i++
			continue
		}
		out = append(out, q)
		i = next
	}
	return out
}

// starters are the words an expression can begin with.
var starters = buildStarters()

// starterSet is starters with scan's pre-test.
var starterSet = scan.NewWords(starters)

// buildStarters collects number words, vague words, factors and the first
// words of qualifiers.
func buildStarters() map[string]bool {
	m := map[string]bool{"a": true, "an": true, "half": true, "several": true}
	for _, tbl := range []map[string]float64{units, tens, scales, factorWords} {
		for w := range tbl {
			m[w] = true
		}
	}
	for w := range vaguePlurals {
		m[w] = true
	}
	for w := range qualifiersByFirst {
		m[w] = true
	}
	m["dozen"] = true
	return m
}

// expr is a matched expression before it becomes a Quantity.
type expr struct {
	s, e      int // token span
	class     int // qualifier class
	qual      string
	a, b      num
	hasB      bool
	percent   bool
	factor    bool
	postClass int // "or more", "or so", "plus"
}

// match tries to read an expression starting at token i.
func (sc *scanner) match(i int) (Quantity, int, bool) {
	class, qual, j := sc.qualifierAt(i)
	x, ok := sc.matchAt(j, class, qual)
	if !ok && class != qNone {
		return Quantity{}, 0, false
	}
	if !ok {
		return Quantity{}, 0, false
	}
	x.s = i
	if class == qNone {
		x.s = x.a.s
	}
	if sc.rejected(&x) {
		return Quantity{}, 0, false
	}
	return sc.build(x), x.e, true
}

// matchAt reads a number (with range and suffixes) at token j.
func (sc *scanner) matchAt(j, class int, qual string) (expr, bool) {
	a, ok := sc.parseNum(j)
	if !ok || a.ordinal {
		return expr{}, false
	}
	x := expr{class: class, qual: qual, a: a, e: a.e}
	sc.rangeTail(&x)
	if class == qBetween && !x.hasB {
		return expr{}, false
	}
	if class == qFrom && !x.hasB {
		x.class, x.qual = qNone, ""
	}
	sc.suffixes(&x)
	return x, true
}

// rangeTail extends x over a second figure: "and 1,500" after "between",
// "-1,500", "to 1,500", "or three".
func (sc *scanner) rangeTail(x *expr) {
	k := x.a.e
	link := sc.word(k)
	p := sc.punct(k)
	switch {
	case x.class == qBetween && (link == "and" || p == "-" || p == "–"):
	case p == "-" || p == "–" || p == "—" || link == "to":
	case link == "or" && sc.word(k+1) != "more" && sc.word(k+1) != "so":
	default:
		return
	}
	b, ok := sc.parseNum(k + 1)
	if !ok || b.ordinal || b.vague || b.factor || a2v(x.a, b) > b.v {
		return
	}
	if x.a.digits != b.digits && link == "or" {
		return
	}
	if b.scale > 1 && x.a.scale == 1 && x.a.v < b.raw {
		x.a.v *= b.scale
	}
	x.b, x.hasB, x.e = b, true, b.e
}

// a2v is the lower figure's value as the range would use it.
func a2v(a, b num) float64 {
	if b.scale > 1 && a.scale == 1 && a.v < b.raw {
		return a.v * b.scale
	}
	return a.v
}

// suffixes reads "%", "percent", "times", "-fold", "or more", "or so",
// "plus", "+", "-odd" after the figures.
func (sc *scanner) suffixes(x *expr) {
	k := x.e
	last := k - 1
	switch w := sc.word(k); {
	case sc.punct(k) == "%":
		x.percent, x.e = true, k+1
	case w == "percent" || w == "pct" || (w == "per" && sc.word(k+1) == "cent"):
		x.percent, x.e = true, k+1
		if w == "per" {
			x.e = k + 2
		}
	case w == "times" || w == "fold":
		x.factor, x.e = true, k+1
	case w == "or" && sc.word(k+1) == "more":
		x.postClass, x.e = qMin, k+2
	case w == "or" && sc.word(k+1) == "so":
		x.postClass, x.e = qApprox, k+2
	case w == "plus":
		x.postClass, x.e = qMin, k+1
	case sc.punct(k) == "+" && sc.adjacent(last):
		x.postClass, x.e = qMin, k+1
	case sc.punct(k) == "-" && sc.adjacent(last) && sc.adjacent(k):
		switch sc.word(k + 1) {
		case "fold":
			x.factor, x.e = true, k+2
		case "odd":
			x.postClass, x.e = qMin, k+2
		case "plus":
			x.postClass, x.e = qMin, k+2
		}
	}
}
