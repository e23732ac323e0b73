package extract

import (
	"strconv"
	"strings"
)

// npart is one counted part of a victim phrase: "at least 19 people",
// "the assailant", "Sheikh X", "six other militia members".
type npart struct {
	Min      float64
	Max      float64 // < 0: open
	Approx   bool
	Vague    bool
	Attacker bool // the part counts attackers ("the assailant", "himself")
	Total    bool // a total ("people", "persons"): later comma parts elaborate it
	Zero     bool // "no one"
	Pronoun  bool // "he", "him": someone already counted
}

// partsResult is a parsed victim phrase.
type partsResult struct {
	Parts          []npart
	Unknown        int  // parts whose count is not stated
	IncludesAttack bool // an "including ..." aside names the attackers
	SelfPlural     bool // "themselves"
}

// parseParts reads the victim phrase toks[from:to] as parts joined by
// commas and "and", skipping "including ..." asides and appositions.
func (w *work) parseParts(toks []etok, from, to int) partsResult {
	var res partsResult
	var cur []etok
	comma := false // the current part follows a comma
	var segs [][]etok
	var commas []bool
	var extra [][]etok // victims beside the others: "not counting the bomber"
	besides := false
	flush := func() {
		if len(cur) > 0 && besides {
			extra = append(extra, cur)
		} else if len(cur) > 0 {
			segs = append(segs, cur)
			commas = append(commas, comma)
		}
		cur, besides = nil, false
	}
	for i := from; i < to; i++ {
		t := toks[i]
		switch {
		case t.Low == "," || t.Low == ";":
			flush()
			comma = true
		case (t.Low == "and" || t.Low == "&") && (innerAnd(cur, toks, i, to) || numberAnd(toks, i, to) || roleList(cur, segs, toks, i, to)):
			cur = append(cur, t)
		case t.Low == "and" || t.Low == "&" || t.Low == "plus":
			flush()
			comma = false
		case phraseAt(toks, i, "in addition to") || phraseAt(toks, i, "as well as"):
			flush()
			comma = false
			i += 2 // both phrases are three words
		case besidesAt(toks, i) > 0:
			flush()
			besides = true
			i += besidesAt(toks, i) - 1 // the attackers beside the victims count too
		case t.Low == "(":
			for i < to && toks[i].Low != ")" {
				i++ // a parenthesis ("(U.S.)") neither counts nor splits
			}
		case t.Low == "including" || t.Low == "among":
			flush()
			j := i + 1
			for j < to && toks[j].Low != "," && toks[j].Low != ")" && toks[j].Low != ";" {
				if attackerWord(toks[j].Low) {
					res.IncludesAttack = true
				}
				j++
			}
			i = j
			comma = true
		default:
			cur = append(cur, t)
		}
	}
	flush()
	prevName, prevRole := false, false
	for k, seg := range segs {
		name, role := nameSeg(seg), roleSeg(seg)
		if k > 0 && commas[k] && ((prevName && role) || (prevRole && name)) {
			prevName, prevRole = false, false
			continue // an apposition: "Patino, a police commander,"
		}
		prevName, prevRole = name, role
		if len(res.Parts) > 0 && res.Parts[len(res.Parts)-1].Total {
			for _, rest := range segs[k:] {
				for _, t := range rest {
					if attackerWord(t.Low) {
						res.IncludesAttack = true
					}
				}
			}
			break
		}
		if ofThem(seg) {
			continue
		}
		p, ok := w.valuePart(seg)
		if !ok {
			if isSelfPlural(seg) {
				res.SelfPlural = true
			} else if countable(seg) {
				res.Unknown++
			}
			continue
		}
		res.Parts = append(res.Parts, p)
	}
	for _, seg := range extra {
		if len(seg) > 3 && seg[1].Low == "of" && seg[2].Low == "the" {
			seg = append([]etok{seg[0]}, seg[3:]...) // "four of the attackers"
		}
		if p, ok := w.valuePart(seg); ok {
			res.Parts = append(res.Parts, p)
		}
	}
	return res
}

// besidesAt returns the length of a phrase at i that adds victims beside
// the others ("along with", "not counting", "apart from"), or 0.
func besidesAt(toks []etok, i int) int {
	for _, p := range []string{"along with", "not including", "not counting", "apart from", "aside from"} {
		if phraseAt(toks, i, p) {
			return 2
		}
	}
	if toks[i].Low == "excluding" || toks[i].Low == "besides" {
		return 1
	}
	return 0
}

// valuePart counts one part.
func (w *work) valuePart(seg []etok) (npart, bool) {
	p := npart{Max: -2}
	i := 0
	one := false // "another inmate"
	for i < len(seg) {
		if seg[i].Low == "another" {
			one = true
		}
		switch seg[i].Low {
		case "also", "another", "other", "additional", "further", "all", "only", "total", "of", "reportedly",
			"between", "in", "and", "to":
			i++
			continue
		}
		if seg[i].Low == "a" && i+2 < len(seg) && seg[i+1].Low == "total" {
			i += 2
			continue
		}
		break
	}
	if i >= len(seg) {
		if one {
			p.Min, p.Max = 1, 1 // "and injured another"
			return p, true
		}
		return p, false
	}
	p.Attacker = attackerPart(seg[i:])
	p.Total = totalHead(seg[i:])
	if q, n, ok := w.quantityAt(seg, i); ok {
		if n < len(seg) && (seg[n].Low == "times" || seg[n].Low == "of" && n+1 < len(seg) && seg[n+1].Low == "the" && !p.Attacker) {
			return p, false
		}
		q.Attacker, q.Total = p.Attacker, p.Total
		return q, true
	}
	t := seg[i]
	if one && singularHead(seg[i:]) && !t.isNum() {
		p.Min, p.Max = 1, 1
		return p, true
	}
	switch t.Low {
	case "no", "none", "nobody":
		p.Zero, p.Min, p.Max = true, 0, 0
		return p, true
	case "himself", "herself":
		p.Min, p.Max, p.Attacker = 1, 1, true
		return p, true
	case "he", "she", "him":
		p.Min, p.Max, p.Pronoun = 1, 1, true
		return p, true
	case "both":
		p.Min, p.Max = 2, 2
		return p, true
	case "a", "an", "one", "the", "his", "her", "its", "their", "this", "that":
		for k := i + 1; k < len(seg) && k <= i+2 && t.Low != "a" && t.Low != "an"; k++ {
			if q, _, ok := w.quantityAt(seg, k); ok {
				q.Attacker, q.Total = p.Attacker, p.Total
				return q, true
			}
		}
		if t.Low == "one" && i+1 < len(seg) && seg[i+1].Low == "of" {
			return p, false
		}
		if singularHead(seg[i+1:]) {
			p.Min, p.Max = 1, 1
			return p, true
		}
		return p, false
	}
	if t.isCap() && (!t.SentInit || !plural(headOf(seg[i:]))) && !groupPlural(t.Low) {
		p.Min, p.Max = 1, 1 // a named person
		return p, true
	}
	return p, false
}

// quantityAt reads a number at seg[i], with its qualifier: the numbers
// stage's quantity when one starts there, else a plain figure or a number
// word. It returns the index after the number.
func (w *work) quantityAt(seg []etok, i int) (npart, int, bool) {
	p := npart{Max: -2}
	for _, q := range w.nums {
		if q.Start == seg[i].Start || (q.Start < seg[i].Start && q.End > seg[i].Start) {
			if q.Percent || q.Factor {
				return p, 0, false
			}
			p.Min, p.Approx, p.Vague = q.Value, q.Approx, q.Vague
			if q.Min != nil {
				p.Min = *q.Min
			}
			p.Max = -1
			if q.Max != nil {
				p.Max = *q.Max
			}
			if q.Min == nil && q.Max == nil {
				p.Max = p.Min
			}
			n := i
			for n < len(seg) && seg[n].Start < q.End {
				n++
			}
			return p, n, true
		}
	}
	j, lo, open, approx := qualifier(seg, i)
	if j >= len(seg) {
		return p, 0, false
	}
	v, ok := figure(seg[j].Low)
	if !ok {
		return p, 0, false
	}
	p.Min, p.Max, p.Approx = v+lo, v, approx
	if open {
		p.Max = -1
	}
	return p, j + 1, true
}

// qualifier reads "at least", "more than", "about" ... before a number.
func qualifier(seg []etok, i int) (j int, add float64, open, approx bool) {
	j = i
	switch {
	case phraseAt(seg, j, "at least"):
		return j + 2, 0, true, false
	case phraseAt(seg, j, "no fewer than"), phraseAt(seg, j, "no less than"):
		return j + 3, 0, true, false
	case phraseAt(seg, j, "more than"):
		return j + 2, 1, true, false
	case seg[j].Low == "over":
		return j + 1, 1, true, false
	}
	switch seg[j].Low {
	case "about", "around", "approximately", "roughly", "nearly", "almost", "some", "estimated", "up":
		j++
		if j < len(seg) && seg[j].Low == "to" {
			j++
		}
		return j, 0, false, true
	}
	return j, 0, false, false
}

// figure parses "19", "1,500" or a number word.
func figure(s string) (float64, bool) {
	if v, err := strconv.Atoi(strings.ReplaceAll(s, ",", "")); err == nil {
		return float64(v), true
	}
	if v := wordNumber(s); v > 0 {
		return float64(v), true
	}
	return 0, false
}

var smallNumbers = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
	"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
	"eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
}

// wordNumber returns the value of a number word such as "seven" or
// "twenty-five", or 0.
func wordNumber(s string) int {
	if v, ok := smallNumbers[s]; ok {
		return v
	}
	if a, b, ok := strings.Cut(s, "-"); ok {
		if x, y := smallNumbers[a], smallNumbers[b]; x >= 20 && x%10 == 0 && y > 0 && y < 10 {
			return x + y
		}
	}
	return 0
}

// attackerWord reports nouns and pronouns that denote the attackers.
func attackerWord(s string) bool {
	switch strings.TrimSuffix(s, "s") {
	case "assailant", "attacker", "bomber", "militant", "gunman", "gunmen", "perpetrator",
		"terrorist", "insurgent", "hijacker", "kidnapper", "himself", "herself", "themselve", "suspect":
		return true
	}
	return false
}

// attackerPart reports whether a part counts attackers.
func attackerPart(seg []etok) bool { return attackerWord(headOf(seg)) }

// headOf returns the head noun of a part: its last word before a
// preposition or a verb.
func headOf(seg []etok) string {
	h := ""
	for _, t := range seg {
		switch t.Low {
		case "of", "in", "at", "from", "with", "on", "near", "who", "which", "that", "were", "was":
			return h
		}
		if !t.Punct {
			if h != "" && strings.HasSuffix(t.Low, "ing") && len(t.Low) > 5 {
				return h
			}
			h = t.Low
		}
	}
	return h
}

// totalHead reports a part that counts everyone ("people", "others").
func totalHead(seg []etok) bool {
	switch headOf(seg) {
	case "people", "persons", "individuals", "others", "victims", "casualties":
		return true
	}
	return false
}

// plural reports a plural noun (regular -s, or a common irregular one).
func plural(s string) bool {
	switch s {
	case "people", "police", "personnel", "children", "men", "women", "gunmen", "staff", "troops":
		return true
	case "boss", "press", "series", "business", "witness", "headquarters":
		return false
	}
	return strings.HasSuffix(s, "s") && !strings.HasSuffix(s, "ss") && len(s) > 3
}

// singularHead reports a part whose head noun is singular.
func singularHead(seg []etok) bool {
	h := headOf(seg)
	return h != "" && !plural(h) && wordNumber(h) == 0
}

// nameSeg reports a part that is a proper name (capitalised words only).
func nameSeg(seg []etok) bool {
	if len(seg) == 0 || !seg[0].isCap() {
		return false
	}
	switch seg[0].Low {
	case "a", "an", "the", "one", "his", "her", "their", "at", "in", "on", "more", "about", "around",
		"approximately", "some", "nearly", "over", "up", "between", "another", "all", "both", "no":
		return false
	}
	for _, t := range seg {
		if _, isNum := figure(t.Low); isNum {
			return false
		}
	}
	return true
}

// roleSeg reports a part that describes a person: "a police commander",
// "the deputy governor".
func roleSeg(seg []etok) bool {
	if len(seg) < 2 {
		return false
	}
	switch seg[0].Low {
	case "a", "an", "the", "his", "her":
		return singularHead(seg[1:])
	}
	return false
}

// innerAnd reports an "and" inside a name ("the director of the Plant
// Nurseries and Forests Department").
func innerAnd(cur []etok, toks []etok, i, to int) bool {
	if i+1 >= to || !toks[i+1].isCap() || i == 0 || !toks[i-1].isCap() {
		return false
	}
	for _, t := range cur {
		if t.Low == "of" {
			return true
		}
	}
	return false
}

// numberAnd reports the "and" of a spelled-out number ("three hundred
// and eleven"), which joins no parts.
func numberAnd(toks []etok, i, to int) bool {
	if i == 0 || i+1 >= to {
		return false
	}
	switch toks[i-1].Low {
	case "hundred", "thousand":
		return wordNumber(toks[i+1].Low) > 0
	}
	return false
}

// roleList reports an "and" joining two roles of one person in an
// apposition ("Singh, the relative of a minister and the husband of ...").
func roleList(cur []etok, segs [][]etok, toks []etok, i, to int) bool {
	if len(cur) == 0 || len(segs) == 0 || i+1 >= to || !determined(cur) || !nameSeg(segs[len(segs)-1]) {
		return false
	}
	switch toks[i+1].Low {
	case "the", "a", "an":
		return true
	}
	return false
}

// ofThem reports a piece such as "three of them shop owners" that
// details victims already counted.
func ofThem(seg []etok) bool {
	for i := 0; i+2 < len(seg); i++ {
		if seg[i+1].Low == "of" && (seg[i+2].Low == "them" || seg[i+2].Low == "whom") {
			return true
		}
	}
	return false
}

// isSelfPlural reports "themselves".
func isSelfPlural(seg []etok) bool { return len(seg) > 0 && seg[0].Low == "themselves" }

// countable reports a part naming victims without a count ("civilians").
func countable(seg []etok) bool {
	h := headOf(seg)
	return h != "" && plural(h)
}

// groupPlural reports a capitalised plural that names a people or a
// faith ("Muslims", "Afghans", "Shias"), not one person.
func groupPlural(s string) bool {
	if !strings.HasSuffix(s, "s") {
		return false
	}
	for _, suf := range []string{"ans", "ites", "ims", "ists", "ians", "ers", "ees", "is", "ks", "as", "ds", "ese"} {
		if strings.HasSuffix(s, suf) && len(s) > len(suf)+2 {
			return !strings.HasSuffix(s, "nis") || strings.HasSuffix(s, "anis") || strings.HasSuffix(s, "unnis")
		}
	}
	return false
}
