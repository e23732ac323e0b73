package timex

import "dossier/internal/model"

// ordinals used in "the first half", "the third quarter".
var periodOrdinals = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "final": -1}

// periodOf matches parts of a year as month intervals: "the first half of
// 2021" (01–06), "the third quarter of 2020" (07–09), "the first four
// months of 2021" (01–04), "the last two months of 2019" (11–12).
func (sc *scanner) periodOf(i int) (cand, bool) {
	if sc.word(i) != "the" {
		return cand{}, false
	}
	ord, ok := periodOrdinals[sc.word(i+1)]
	if !ok {
		return cand{}, false
	}
	k := i + 2
	from, to, ok := sc.periodMonths(k, ord)
	if !ok {
		return cand{}, false
	}
	k = sc.periodEnd(k)
	if sc.word(k) != "of" {
		return cand{}, false
	}
	y, ok := sc.plainYear(k + 1)
	if !ok || sc.timeOrCount(k+1) {
		return cand{}, false
	}
	return cand{s: i, e: k + 2, date: model.MonthDate(y, from), until: model.MonthDate(y, to)}, true
}

// periodMonths reads "half", "quarter" or "N months" at k after an ordinal
// and returns the months it covers.
func (sc *scanner) periodMonths(k, ord int) (int, int, bool) {
	switch sc.word(k) {
	case "half":
		if ord == -1 || ord == 2 {
			return 7, 12, true
		}
		return 1, 6, ord == 1
	case "quarter":
		if ord == -1 {
			ord = 4
		}
		return 3*ord - 2, 3 * ord, true
	}
	n, _, k2, ok := sc.countAt(k)
	if !ok || n < 1 || n > 12 || (sc.word(k2) != "months" && !(n == 1 && sc.word(k2) == "month")) {
		return 0, 0, false
	}
	switch ord {
	case 1:
		return 1, n, true
	case -1:
		return 13 - n, 12, true
	}
	return 0, 0, false
}

// periodEnd returns the index after the period noun at k ("half",
// "quarter", "four months").
func (sc *scanner) periodEnd(k int) int {
	if w := sc.word(k); w == "half" || w == "quarter" {
		return k + 1
	}
	_, _, k2, _ := sc.countAt(k)
	return k2 + 1
}
