package numbers

import (
	"strconv"
	"strings"
)

// num is one parsed number: tokens [s, e), its value and how it was written.
type num struct {
	s, e     int
	v        float64
	raw      float64 // value before a scale word ("1.5" of "1.5 million")
	scale    float64 // 1 when unscaled
	digits   bool    // written with digits
	comma    bool    // digits with a thousands separator
	money    bool
	vague    bool
	vmin     float64
	vmax     float64 // 0: open-ended
	factor   bool
	oneWord  bool // the single word "one"
	ordinal  bool
	decimals bool
}

// scanner holds the tokens of one text.
type scanner struct {
	text string
	t    []tok
}

// word returns the lower-cased word at i, or "" when i is not a word.
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

// adjacent reports whether tokens i and i+1 touch (no space between).
func (sc *scanner) adjacent(i int) bool {
	return i >= 0 && i+1 < len(sc.t) && sc.t[i].e == sc.t[i+1].s
}

// parseNum parses a number starting at token i.
func (sc *scanner) parseNum(i int) (num, bool) {
	if i >= len(sc.t) {
		return num{}, false
	}
	if p := sc.punct(i); (p == "$" || p == "£" || p == "€") && sc.adjacent(i) {
		n, ok := sc.parseNum(i + 1)
		if ok && n.digits {
			n.s, n.money = i, true
			return n, true
		}
		return num{}, false
	}
	switch sc.t[i].kind {
	case tNum:
		return sc.parseDigits(i)
	case tWord:
		return sc.parseWordNum(i)
	}
	return num{}, false
}

// parseDigits parses "1,500", "1.5 million", "5m", "3rd" (ordinal).
func (sc *scanner) parseDigits(i int) (num, bool) {
	lit := sc.t[i].low
	v, comma, ok := digitValue(lit)
	if !ok {
		return num{}, false
	}
	n := num{s: i, e: i + 1, v: v, raw: v, scale: 1, digits: true, comma: comma, decimals: strings.Contains(lit, ".")}
	if sc.adjacent(i) && sc.t[i+1].kind == tWord {
		w := sc.t[i+1].low
		switch {
		case w == "st" || w == "nd" || w == "rd" || w == "th":
			n.ordinal = true
			n.e = i + 2
			return n, true
		case suffixScales[w] > 0:
			n.scale = suffixScales[w]
			n.v *= n.scale
			n.e = i + 2
			return n, true
		}
		return n, true
	}
	if s := scales[sc.word(i+1)]; s > 0 {
		n.scale = s
		n.v *= s
		n.e = i + 2
	}
	return n, true
}

// digitValue parses digits with optional thousands commas and a decimal
// point; comma reports a thousands separator.
func digitValue(lit string) (float64, bool, bool) {
	comma := strings.IndexByte(lit, ',') >= 0
	if comma {
		if !validGroups(strings.Split(lit, ",")) {
			return 0, false, false // not a thousands group: "12,34"
		}
		lit = strings.ReplaceAll(lit, ",", "")
	}
	if strings.Count(lit, ".") > 1 {
		return 0, false, false
	}
	v, err := strconv.ParseFloat(lit, 64)
	return v, comma, err == nil
}

// validGroups accepts thousands groups ("1,500,000") and the South Asian
// lakh grouping ("1,50,000": two-digit groups before the last three).
func validGroups(parts []string) bool {
	last := parts[len(parts)-1]
	if i := strings.IndexByte(last, '.'); i >= 0 {
		last = last[:i]
	}
	if len(last) != 3 {
		return false
	}
	western, lakh := true, true
	for _, p := range parts[1 : len(parts)-1] {
		western = western && len(p) == 3
		lakh = lakh && len(p) == 2
	}
	return western || (lakh && len(parts[0]) <= 2)
}

// parseWordNum parses number words, "a dozen", vague amounts and factors.
func (sc *scanner) parseWordNum(i int) (num, bool) {
	w := sc.t[i].low
	if f, ok := factorWords[w]; ok {
		return num{s: i, e: i + 1, v: f, raw: f, scale: 1, factor: true}, true
	}
	if w == "a" || w == "an" {
		return sc.parseArticle(i)
	}
	if w == "half" && sc.word(i+1) == "a" && sc.word(i+2) == "dozen" {
		return num{s: i, e: i + 3, v: 6, raw: 6, scale: 1}, true
	}
	if n, ok := sc.parseVague(i); ok {
		return n, true
	}
	return sc.parseWords(i)
}

// parseArticle parses "a hundred", "a dozen", "a few", "a handful of".
func (sc *scanner) parseArticle(i int) (num, bool) {
	w := sc.word(i + 1)
	if s := scales[w]; s > 0 {
		n, ok := sc.parseWords(i + 1)
		if ok {
			n.s = i
			return n, true
		}
	}
	if w == "dozen" {
		return num{s: i, e: i + 2, v: 12, raw: 12, scale: 1}, true
	}
	if w == "score" && sc.word(i+2) == "of" {
		return num{s: i, e: i + 2, v: 20, raw: 20, scale: 1}, true
	}
	if span, ok := vagueDeterminers[w]; ok && w != "several" {
		if w == "number" && sc.word(i+2) != "of" {
			return num{}, false
		}
		if w == "couple" && sc.word(i+2) != "of" && sc.t[i+2].kind != tWord {
			return num{}, false
		}
		return sc.vagueTimesScale(i, i+2, span), true
	}
	return num{}, false
}

// parseVague parses "dozens", "scores of", "tens of thousands", "several
// hundred".
func (sc *scanner) parseVague(i int) (num, bool) {
	w := sc.t[i].low
	if w == "several" {
		return sc.vagueTimesScale(i, i+1, vagueDeterminers[w]), true
	}
	span, ok := vaguePlurals[w]
	if !ok {
		return num{}, false
	}
	if (w == "scores" || w == "tens") && sc.word(i+1) != "of" {
		return num{}, false
	}
	unit := span.min / 2
	e := i + 1
	if sc.word(i+1) == "of" {
		if s2, ok := vaguePlurals[sc.word(i+2)]; ok && s2.min > span.min && sc.word(i+2) != "scores" {
			unit *= s2.min / 2
			e = i + 3
		}
	}
	return num{s: i, e: e, v: 2 * unit, raw: 2 * unit, scale: 1, vague: true, vmin: 2 * unit}, true
}

// vagueTimesScale builds a vague amount from span, multiplied by a scale
// word at e if any ("several hundred", "a few dozen").
func (sc *scanner) vagueTimesScale(s, e int, span vagueSpan) num {
	mul := 1.0
	switch w := sc.word(e); {
	case w == "dozen":
		mul = 12
	case scales[w] > 0:
		mul = scales[w]
	}
	if mul > 1 {
		e++
	}
	n := num{s: s, e: e, v: span.min * mul, raw: span.min, scale: mul, vague: true, vmin: span.min * mul}
	if span.max > 0 {
		n.vmax = span.max * mul
	}
	return n
}
