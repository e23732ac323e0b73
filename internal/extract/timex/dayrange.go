package timex

// dayRange matches a range of days in one month: "12-14 June [2014]", "12
// to 14 June", "June 12-14[, 2014]"; after "between", "12 and 14 June".
func (sc *scanner) dayRange(i int, prefix string) (cand, bool) {
	if x, ok := sc.daysThenMonth(i, prefix); ok {
		return x, true
	}
	return sc.monthThenDays(i, prefix)
}

// rangeLink reports a word or dash joining two figures of a range.
func (sc *scanner) rangeLink(k int, prefix string) bool {
	switch sc.word(k) {
	case "to", "until", "through", "till":
		return true
	case "and":
		return prefix == "between"
	}
	return sc.isDash(k)
}

// daysThenMonth matches "12-14 June [2014]".
func (sc *scanner) daysThenMonth(i int, prefix string) (cand, bool) {
	d1, k, ok := sc.dayNum(i)
	if !ok || !sc.rangeLink(k, prefix) {
		return cand{}, false
	}
	d2, k, ok := sc.dayNum(k + 1)
	if !ok || d2 <= d1 {
		return cand{}, false
	}
	if sc.word(k) == "of" {
		k++
	}
	m, k, ok := sc.monthAt(k)
	if !ok || d2 > daysIn(m, 0) {
		return cand{}, false
	}
	y, k := sc.yearAfter(k)
	a := absPart{p: part{y: y, m: m, d: d1}, s: i, e: k}
	b := absPart{p: part{y: y, m: m, d: d2}, s: i, e: k}
	return sc.joinRange(i, a, b), true
}

// monthThenDays matches "June 12-14[, 2014]".
func (sc *scanner) monthThenDays(i int, prefix string) (cand, bool) {
	if !sc.isCap(i) {
		return cand{}, false
	}
	m, k, ok := sc.monthAt(i)
	if !ok {
		return cand{}, false
	}
	d1, k, ok := sc.dayNum(k)
	if !ok || !sc.rangeLink(k, prefix) {
		return cand{}, false
	}
	d2, k, ok := sc.dayNum(k + 1)
	if !ok || d2 <= d1 || d2 > daysIn(m, 0) {
		return cand{}, false
	}
	if _, isMonth := monthNums[sc.word(k)]; isMonth {
		return cand{}, false
	}
	y, k := sc.yearAfter(k)
	a := absPart{p: part{y: y, m: m, d: d1}, s: i, e: k}
	b := absPart{p: part{y: y, m: m, d: d2}, s: i, e: k}
	return sc.joinRange(i, a, b), true
}
