package extract

import "strings"

// auxWords are the auxiliaries of a passive casualty verb ("were killed").
var auxWords = map[string]bool{"was": true, "were": true, "been": true, "being": true, "is": true,
	"are": true, "be": true, "got": true}

// adverbs may stand between an auxiliary and its verb ("were also killed").
var adverbs = map[string]bool{"also": true, "reportedly": true, "later": true, "allegedly": true,
	"then": true, "subsequently": true, "all": true, "both": true, "fatally": true, "critically": true,
	"seriously": true, "severely": true, "slightly": true, "mortally": true, "badly": true, "lightly": true}

// victimSpan returns the token range of the phrase naming the victims of
// the casualty word at i: the object of "killing"/"killed seven people",
// or the subject of "were killed", "died", "sustained injuries".
func (w *work) victimSpan(toks []etok, i, n int) (int, int) {
	word := toks[i].Low
	if i > 0 && toks[i-1].Low == "the" && (word == "injured" || word == "wounded" || word == "dead") {
		return 0, 0 // "the injured was identified as": a noun, not a count
	}
	if word == "killing" || word == "wounding" || word == "injuring" || (word == "deaths" || word == "death" || word == "bodies") && n == 2 ||
		word == "claimed" {
		return objectSpan(toks, i+n)
	}
	if word == "bodies" {
		return subjectSpan(toks, i) // "six bodies were found"
	}
	j := i - 1
	if word == "dead" && j >= 0 && (toks[j].Low == "shot" || toks[j].Low == "found" || toks[j].Low == "gunned") {
		j--
	}
	if word == "death" && j >= 1 {
		j -= 2 // "shot to death"
	}
	if (word == "dead" || word == "death") && j+1 < i && j >= -1 && !(j >= 0 && auxWords[toks[j].Low]) && i+1 < len(toks) && npStart(toks[i+1]) {
		return objectSpan(toks, i+n) // "shot dead a police officer", "hacked to death three villagers"
	}
	for j >= 0 && adverbs[toks[j].Low] {
		j--
	}
	if j >= 2 && toks[j].Low == "and" && auxWords[toks[j-2].Low] {
		j -= 2 // "was shot and killed"
	}
	aux := j >= 0 && auxWords[toks[j].Low]
	if !aux && (word == "killed" || word == "wounded" || word == "injured" || word == "murdered" || word == "assassinated" ||
		word == "beheaded" || word == "slaughtered" || word == "massacred") &&
		i+1 < len(toks) && npStart(toks[i+1]) {
		return objectSpan(toks, i+n)
	}
	if aux {
		j--
		for j >= 0 && adverbs[toks[j].Low] {
			j--
		}
	}
	return subjectSpan(toks, j)
}

// npStart reports a token that can begin a victim phrase after a verb.
func npStart(t etok) bool {
	if t.isNum() || wordNumber(t.Low) > 0 {
		return true
	}
	switch t.Low {
	case "a", "an", "the", "his", "her", "their", "its", "himself", "herself", "themselves", "him", "another",
		"at", "more", "about", "around", "approximately", "nearly", "some", "over", "all", "both":
		return true
	}
	return t.isCap()
}

var objectStop = map[string]bool{";": true, ".": true, ":": true, ",": true, "—": true, "–": true, "while": true, "when": true, "as": true,
	"in": true, "at": true, "on": true, "near": true, "outside": true, "inside": true, "during": true,
	"with": true, "by": true, "from": true, "who": true, "which": true, "that": true, "after": true,
	"before": true, "wounding": true, "injuring": true, "killing": true, "and": false, "were": true,
	"was": true, "but": true, "however": true}

// objectSpan returns the phrase after a verb up to the end of its clause.
func objectSpan(toks []etok, from int) (int, int) {
	to := from
	for to < len(toks) {
		t := toks[to]
		if objectStop[t.Low] && !(t.Low == "at" && phraseAt(toks, to, "at least")) {
			break
		}
		if t.Low == "and" && to+1 < len(toks) {
			if k, in, _ := casualtyWord(toks, to+1); k || in {
				break
			}
		}
		if t.Low == "," && to+1 < len(toks) && toks[to+1].Low == "and" && to+2 < len(toks) {
			if k, in, _ := casualtyWord(toks, to+2); k || in {
				break
			}
		}
		to++
	}
	return from, to
}

var subjectStop = map[string]bool{";": true, ":": true, "—": true, "–": true, "when": true, "while": true, "after": true,
	"as": true, "but": true, "however": true, "then": true, "which": true, "who": true, "that": true,
	"because": true, "where": true, "before": true, "until": true, "since": true, "although": true,
	"though": true, "detonated": true, "exploded": true, "attacked": true, "opened": true, "fired": true,
	"stormed": true, "shot": true, "struck": true, "targeted": true, "entered": true, "ambushed": true,
	"kidnapped": true, "abducted": true, "said": true, "reported": true, "stated": true, "damaged": true,
	"resulting": true, "leaving": true, "causing": true, "left": true}

// subjectSpan returns the victim phrase ending at toks[end]: back to the
// start of its clause, then only as many comma-separated pieces as an
// apposition or an aside needs ("Four people, including two attackers,";
// "Sheikh X, a council leader, and six others") — not the place or time
// phrases that open the sentence ("In Juba, Sudan, eight people").
func subjectSpan(toks []etok, end int) (int, int) {
	j := end
	for j >= 0 {
		t := toks[j]
		if t.Low == "to" && j >= 2 && toks[j-1].Low == "addition" && toks[j-2].Low == "in" {
			j -= 3
			continue
		}
		if subjectStop[t.Low] || auxWords[t.Low] {
			break
		}
		if k, in, _ := casualtyWord(toks, j); k || in {
			break
		}
		if t.Low == "and" && j > 0 && clauseEnd(prevWord(toks, j)) {
			break
		}
		if finiteVerb(toks, j) {
			break
		}
		j--
	}
	return commaPieces(toks, j+1, end+1), end + 1
}

// finiteVerb reports a past-tense verb after its subject ("Police
// returned fire"), which ends a victim phrase read backwards; "two armed
// men" is not one.
func finiteVerb(toks []etok, j int) bool {
	t := toks[j]
	if j == 0 || t.isCap() || len(t.Low) < 5 || !strings.HasSuffix(t.Low, "ed") {
		return false
	}
	p := toks[j-1]
	return !p.isNum() && wordNumber(p.Low) == 0 && (p.isCap() || plural(p.Low))
}

// prevWord returns the word before toks[j], skipping commas.
func prevWord(toks []etok, j int) etok {
	for k := j - 1; k >= 0; k-- {
		if toks[k].Low != "," {
			return toks[k]
		}
	}
	return etok{}
}

// commaPieces returns where the victim phrase in toks[from:to] starts:
// the last comma piece, extended backwards over pieces that an "and" or an
// "including" aside attaches to, over one name–role apposition, and over
// an opening "In addition to the bomber,".
func commaPieces(toks []etok, from, to int) int {
	starts := []int{from}
	for i := from; i < to; i++ {
		if toks[i].Low == "," {
			starts = append(starts, i+1)
		}
	}
	k := len(starts) - 1
	piece := func(k int) []etok { return toks[starts[k]:pieceEnd(toks, starts, k, to)] }
	appos := false
	if k > 0 && len(piece(k)) == 0 {
		k--
		appos = true
	}
	for k > 0 {
		p, prev := piece(k), piece(k-1)
		switch {
		case len(p) == 0 || attaches(p):
			k--
			appos = true
		case appos && len(prev) > 0 && (nameSeg(p) && (roleSeg(prev) || determined(prev)) ||
			(roleSeg(p) || determined(p)) && nameSeg(prev)):
			k--
			appos = false
		default:
			appos = false
		}
		if !appos && !(k > 0 && len(piece(k)) > 0 && attaches(piece(k))) {
			break
		}
	}
	for j := k - 1; j >= 1; j-- {
		if p := piece(j); len(p) > 0 && (p[0].Low == "including" || p[0].Low == "among") {
			k = j - 1 // "Five people, including the bomber, guards, and an inmate,"
			break
		}
	}
	if k > 0 && addition(piece(k-1)) {
		k--
	}
	return starts[k]
}

// addition reports a piece "In addition to the bomber" or "Aside from".
func addition(p []etok) bool {
	return phraseAt(p, 0, "in addition to") || phraseAt(p, 0, "aside from") || phraseAt(p, 0, "besides") ||
		phraseAt(p, 0, "apart from")
}

// pieceEnd returns the end of comma piece k (before the next comma).
func pieceEnd(toks []etok, starts []int, k, to int) int {
	if k+1 < len(starts) {
		return starts[k+1] - 1
	}
	return to
}

// attaches reports a piece that continues the one before it.
func attaches(piece []etok) bool {
	switch piece[0].Low {
	case "and", "including", "among", "in", "as", "plus", "along", "excluding":
		return piece[0].Low != "in" || phraseAt(piece, 0, "in addition to")
	case "not":
		return phraseAt(piece, 0, "not including") || phraseAt(piece, 0, "not counting")
	}
	return false
}

// determined reports a piece opened by a determiner ("the six attackers").
func determined(piece []etok) bool {
	switch piece[0].Low {
	case "the", "a", "an", "his", "her", "their":
		return true
	}
	return false
}

// clauseEnd reports a word that ends a clause rather than a victim
// phrase: a verb of harm or an attack noun.
func clauseEnd(t etok) bool {
	if k, in, _ := casualtyWord([]etok{t}, 0); k || in {
		return true
	}
	for _, c := range cueIndex[t.Low] {
		if c.Noun {
			return true
		}
	}
	switch t.Low {
	case "damaged", "destroyed", "arrested", "detained", "escaped", "fled", "released":
		return true
	}
	return false
}
