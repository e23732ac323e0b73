package numbers

// word classes for the number-word grammar.
const (
	wcNone = iota
	wcUnit
	wcTens
	wcHundred
	wcScale
	wcDozen
)

// classOf returns the class and value of a number word.
func classOf(w string) (int, float64) {
	if v, ok := units[w]; ok {
		return wcUnit, v
	}
	if v, ok := tens[w]; ok {
		return wcTens, v
	}
	if w == "hundred" {
		return wcHundred, 100
	}
	if w == "dozen" {
		return wcDozen, 12
	}
	if v, ok := scales[w]; ok {
		return wcScale, v
	}
	return wcNone, 0
}

// follows reports whether class next may follow class prev in a number
// phrase ("twenty five", "one hundred and twenty", "two dozen").
func follows(prev, next int) bool {
	switch prev {
	case wcNone:
		return next == wcUnit || next == wcTens
	case wcUnit:
		return next == wcHundred || next == wcScale || next == wcDozen
	case wcTens:
		return next == wcUnit || next == wcScale || next == wcHundred
	case wcHundred:
		return next == wcUnit || next == wcTens || next == wcScale
	case wcScale:
		return next == wcUnit || next == wcTens || next == wcHundred
	}
	return false
}

// parseWords parses cardinal number words from token i: "sixty",
// "twenty-five", "one hundred and twenty", "hundred" after an article,
// "two dozen".
func (sc *scanner) parseWords(i int) (num, bool) {
	var total, cur float64
	prev := wcNone
	j, last := i, -1
	for j < len(sc.t) {
		w := sc.word(j)
		c, v := classOf(w)
		if prev == wcNone && j == i && (c == wcHundred || c == wcScale) && i > 0 && (sc.word(i-1) == "a" || sc.word(i-1) == "an") {
			prev = wcUnit
			cur = 1
		}
		if c == wcNone || !follows(prev, c) {
			break
		}
		switch c {
		case wcUnit, wcTens:
			cur += v
		case wcHundred:
			cur = max(cur, 1) * 100
		case wcDozen:
			cur = max(cur, 1) * 12
		case wcScale:
			total += max(cur, 1) * v
			cur = 0
		}
		prev, last = c, j
		j = sc.nextNumberWord(j, c)
	}
	if last < 0 {
		return num{}, false
	}
	v := total + cur
	n := num{s: i, e: last + 1, v: v, raw: v, scale: 1}
	if last == i && sc.t[i].low == "one" {
		n.oneWord = true
	}
	return n, true
}

// nextNumberWord returns where the number phrase may continue after the
// word at j: across a hyphen ("twenty-five") or "and" after a hundred or
// scale ("one hundred and twenty").
func (sc *scanner) nextNumberWord(j, c int) int {
	if p := sc.punct(j + 1); (p == "-" || p == "‐") && sc.adjacent(j) && sc.adjacent(j+1) {
		if k, _ := classOf(sc.word(j + 2)); k == wcUnit && c == wcTens {
			return j + 2
		}
		return len(sc.t) + 1 // a hyphen ends the phrase unless "twenty-five"
	}
	if (c == wcHundred || c == wcScale) && sc.word(j+1) == "and" {
		if k, _ := classOf(sc.word(j + 2)); k == wcUnit || k == wcTens {
			return j + 2
		}
	}
	return j + 1
}
