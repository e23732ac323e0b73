package numbers

import "strings"

// qualifier classes: how a qualifier bounds the number after it.
const (
	qNone     = iota
	qMin      // "at least 190": min 190
	qMinPlus  // "more than sixty": min 61 (n+1 for whole numbers)
	qMaxMinus // "fewer than 30": max 29
	qMax      // "up to 30": max 30
	qApprox   // "around 140": 140 to 140, approximate
	qNearMax  // "nearly 100": max 100, approximate
	qBetween  // "between 500 and 1,500"
	qFrom     // "from 500 to 1,500"
)

// qualifier is one multi-word qualifier.
type qualifier struct {
	words []string
	class int
}

// qualifiersByFirst indexes the qualifiers by their first word, longest
// first.
var qualifiersByFirst = buildQualifiers(map[string]int{
	"at least": qMin, "no fewer than": qMin, "no less than": qMin, "not less than": qMin,
	"a minimum of": qMin, "upwards of": qMin, "not fewer than": qMin,
	"more than": qMinPlus, "over": qMinPlus, "in excess of": qMinPlus, "above": qMinPlus,
	"exceeding": qMinPlus, "just over": qMinPlus, "well over": qMinPlus, "greater than": qMinPlus,
	"well above": qMinPlus, "just above": qMinPlus, "some more than": qMinPlus,
	"fewer than": qMaxMinus, "less than": qMaxMinus, "under": qMaxMinus, "below": qMaxMinus,
	"just under": qMaxMinus, "just below": qMaxMinus,
	"up to": qMax, "as many as": qMax, "at most": qMax, "no more than": qMax,
	"not more than": qMax, "a maximum of": qMax, "as much as": qMax, "as high as": qMax,
	"around": qApprox, "about": qApprox, "approximately": qApprox, "roughly": qApprox,
	"some": qApprox, "an estimated": qApprox, "estimated": qApprox, "circa": qApprox,
	"approx": qApprox, "an approximate": qApprox, "perhaps": qApprox,
	"maybe": qApprox, "possibly": qApprox, "an approximately": qApprox,
	"nearly": qNearMax, "almost": qNearMax, "close to": qNearMax, "just shy of": qNearMax,
	"between": qBetween, "from": qFrom,
})

// buildQualifiers turns the phrase table into the first-word index.
func buildQualifiers(m map[string]int) map[string][]qualifier {
	idx := map[string][]qualifier{}
	for phrase, class := range m {
		w := strings.Fields(phrase)
		idx[w[0]] = append(idx[w[0]], qualifier{w, class})
	}
	for _, qs := range idx {
		for i := 1; i < len(qs); i++ { // longest first
			for j := i; j > 0 && len(qs[j].words) > len(qs[j-1].words); j-- {
				qs[j], qs[j-1] = qs[j-1], qs[j]
			}
		}
	}
	return idx
}

// qualifierAt matches a qualifier starting at token i; it returns the
// class, its phrase and the index after it, or qNone, "", i.
func (sc *scanner) qualifierAt(i int) (int, string, int) {
	if i >= len(sc.t) || sc.t[i].kind != tWord {
		return qNone, "", i
	}
	for _, q := range qualifiersByFirst[sc.t[i].low] {
		j := i
		ok := true
		for _, w := range q.words {
			if j >= len(sc.t) || sc.t[j].kind != tWord || sc.t[j].low != w {
				ok = false
				break
			}
			j++
		}
		if ok && j > i {
			if j < len(sc.t) && sc.t[j].low == "." && q.words[len(q.words)-1] == "approx" {
				j++
			}
			return q.class, strings.Join(q.words, " "), j
		}
	}
	return qNone, "", i
}
