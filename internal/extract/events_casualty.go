package extract

import (
	"strings"

	"dossier/internal/model"
)

// tally accumulates the killed or injured figure of an incident.
type tally struct {
	Parts          []npart
	Found          bool // a figure was stated
	AttackCounted  bool // the figure already counts the attackers
	AttackMention  bool // the attackers are named among the victims without a count
	Zero           bool
	sentenceOfLast int
}

// casualtyEvent fills Killed, KilledParts and Injured. Victim phrases are
// read around "killed", "died", "dead", "wounded", "injured", "hurt",
// "sustained injuries"; parts are summed ("the assailant and four soldiers"
// → 5); suicide attackers who blew themselves up are added to the dead
// unless the figure already counts them, as incident coders count them in
// their one-incident summaries (an article's toll counts the victims).
// With point set (a one-incident summary), "at least 19" is the stated
// tally 19; otherwise it stays an open lower bound.
func (w *work) casualtyEvent(inc *incident, ev *model.ExtractedEvent, point bool) {
	var killed, injured tally
	for si, s := range inc.Sents {
		if refersElsewhere(s.Toks) || reported(s.Toks) && (killed.Found || injured.Found) {
			continue
		}
		w.sentenceCasualties(s, si, &killed, &injured)
	}
	if n := suicideDead(inc); point && n > 0 && !killed.AttackCounted && !injured.AttackCounted {
		killed.Parts = append(killed.Parts, npart{Min: float64(n), Max: float64(n), Attacker: true})
		killed.Found = true
	}
	ev.Killed = tallyRange(killed, point)
	if ev.Killed != nil && len(killed.Parts) > 1 {
		for _, p := range killed.Parts {
			ev.KilledParts = append(ev.KilledParts, *partRange(p, point))
		}
	}
	ev.Injured = tallyRange(injured, point)
}

// sentenceCasualties reads every victim phrase of s into the tallies. A
// later sentence adds to a figure only when it speaks of further victims
// ("His three guards were also killed"); otherwise it repeats it.
func (w *work) sentenceCasualties(s *evSent, si int, killed, injured *tally) {
	toks := s.Toks
	for i := 0; i < len(toks); i++ {
		kill, inj, n := casualtyWord(toks, i)
		if !kill && !inj {
			continue
		}
		t := injured
		if kill {
			t = killed
		}
		if negated(toks, i) {
			i += n - 1
			continue
		}
		from, to := w.victimSpan(toks, i, n)
		if from >= to {
			i += n - 1
			continue
		}
		res := w.parseParts(toks, from, to)
		if asideAfter(toks, i+n) || asideAfter(toks, to) {
			res.IncludesAttack = true
		}
		addTally(t, res, si, toks, from, to)
		if k := findPhrase(toks, to, "as did"); k >= 0 {
			f2, t2 := objectSpan(toks, k+2)
			more := w.parseParts(toks, f2, t2)
			t.Parts = append(t.Parts, more.Parts...)
		}
		i += n - 1
	}
}

// addTally merges one victim phrase into t. Phrases in different
// sentences add up ("the governor was killed ... His three guards were
// also killed"), except that a later total replaces what it sums.
func addTally(t *tally, res partsResult, si int, toks []etok, from, to int) {
	if res.IncludesAttack {
		t.AttackCounted = true
	}
	if len(res.Parts) == 0 {
		return
	}
	if t.Found && si != t.sentenceOfLast && restates(res, toks, from) {
		if sumMin(res.Parts) >= sumMin(t.Parts) {
			t.Parts = nil
		} else {
			return
		}
	}
	t.Found = true
	t.sentenceOfLast = si
	exact := false
	for _, p := range res.Parts {
		exact = exact || !p.Vague
	}
	for _, p := range res.Parts {
		if p.Vague && exact {
			continue
		}
		if p.Zero {
			t.Zero = true
			continue
		}
		if p.Attacker {
			t.AttackCounted = true
		}
		t.Parts = append(t.Parts, p)
	}
}

// restates reports a later phrase that gives a total rather than further
// victims: "At least nine people were killed", "In total, ...".
func restates(res partsResult, toks []etok, from int) bool {
	if further(toks, from) {
		return false
	}
	pronouns := true
	for _, p := range res.Parts {
		pronouns = pronouns && p.Pronoun
	}
	if pronouns {
		return true // "He was killed for ..."
	}
	return res.Parts[0].Total || findPhrase(toks, 0, "in total") >= 0 || findPhrase(toks, 0, "a total of") >= 0
}

func sumMin(ps []npart) float64 {
	var v float64
	for _, p := range ps {
		v += p.Min
	}
	return v
}

// further reports a phrase about victims beyond those already counted.
func further(toks []etok, from int) bool {
	if findPhrase(toks, 0, "in addition") == 0 {
		return true
	}
	for i := from; i < len(toks); i++ {
		switch toks[i].Low {
		case "also", "other", "another", "additional", "further", "more", "remaining":
			return true
		}
	}
	return false
}

// asideAfter reports ", including the assailant" right after the verb.
func asideAfter(toks []etok, i int) bool {
	if i+1 >= len(toks) || toks[i].Low != "," || toks[i+1].Low != "including" {
		return false
	}
	for j := i + 2; j < len(toks) && toks[j].Low != "," && toks[j].Low != "."; j++ {
		if attackerWord(toks[j].Low) {
			return true
		}
	}
	return false
}

// casualtyWord reports whether toks[i] starts a death or injury word and
// how many tokens it spans.
func casualtyWord(toks []etok, i int) (kill, inj bool, n int) {
	switch toks[i].Low {
	case "killed", "killing", "dead", "died", "slain", "murdered", "perished":
		return true, false, 1
	case "injured", "wounded", "hurt", "injuring", "wounding":
		return false, true, 1
	case "deaths", "death":
		if i+1 < len(toks) && toks[i+1].Low == "of" {
			return true, false, 2
		}
		if i > 0 && toks[i-1].Low == "to" {
			return true, false, 1
		}
	case "lost":
		if phraseAt(toks, i, "lost their lives") || phraseAt(toks, i, "lost his life") {
			return true, false, 3
		}
	case "sustained", "suffered", "received":
		for k := i + 1; k < len(toks) && k <= i+3; k++ {
			switch toks[k].Low {
			case "injuries", "wounds", "injury", "wound":
				return false, true, k - i + 1
			}
		}
	}
	return false, false, 0
}

// negated reports "was not injured", "no one was hurt".
func negated(toks []etok, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		switch toks[j].Low {
		case "not", "never", "unharmed", "no":
			return true
		}
	}
	return false
}

var auxWords = map[string]bool{"was": true, "were": true, "been": true, "being": true, "is": true,
	"are": true, "be": true, "got": true}

var adverbs = map[string]bool{"also": true, "reportedly": true, "later": true, "allegedly": true,
	"then": true, "subsequently": true, "all": true, "both": true, "fatally": true, "critically": true,
	"seriously": true, "severely": true, "slightly": true, "mortally": true, "badly": true, "lightly": true}

// victimSpan returns the token range of the phrase naming the victims of
// the casualty word at i: the object of "killing"/"killed seven people",
// or the subject of "were killed", "died", "sustained injuries".
func (w *work) victimSpan(toks []etok, i, n int) (int, int) {
	word := toks[i].Low
	if word == "killing" || word == "wounding" || word == "injuring" || (word == "deaths" || word == "death") && n == 2 {
		return objectSpan(toks, i+n)
	}
	j := i - 1
	if word == "dead" && j >= 0 && toks[j].Low == "shot" {
		j--
	}
	if word == "death" && j >= 1 {
		j -= 2 // "shot to death"
	}
	for j >= 0 && adverbs[toks[j].Low] {
		j--
	}
	if j >= 2 && toks[j].Low == "and" && auxWords[toks[j-2].Low] {
		j -= 2 // "was shot and killed"
	}
	aux := j >= 0 && auxWords[toks[j].Low]
	if !aux && (word == "killed" || word == "wounded" || word == "injured" || word == "murdered") &&
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
	"resulting": true, "leaving": true, "causing": true}

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

func pieceEnd(toks []etok, starts []int, k, to int) int {
	if k+1 < len(starts) {
		return starts[k+1] - 1
	}
	return to
}

// attaches reports a piece that continues the one before it.
func attaches(piece []etok) bool {
	switch piece[0].Low {
	case "and", "including", "among", "in", "as", "plus", "along":
		return piece[0].Low != "in" || phraseAt(piece, 0, "in addition to")
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

// refersElsewhere reports a sentence about other incidents or a series
// ("across all three incidents", "across both blasts"), whose figures are
// not this incident's.
func refersElsewhere(toks []etok) bool {
	return findPhrase(toks, 0, "across") >= 0 || findPhrase(toks, 0, "in total") >= 0 && hasWord(toks, "attacks") ||
		findPhrase(toks, 0, "both attacks") >= 0 || findPhrase(toks, 0, "all attacks") >= 0 ||
		findPhrase(toks, 0, "all three attacks") >= 0 || findPhrase(toks, 0, "the attacks") >= 0 && casualtyIn(toks)
}

// reported reports a sentence of reported speech ("a spokesman told the
// press that ..."), whose figures are a party's claim, not the tally.
func reported(toks []etok) bool {
	return hasWord(toks, "told", "said", "according", "stated", "claimed")
}

// suicideDead returns how many suicide attackers died by their own blast,
// or 0: "A suicide bomber detonated" → 1; "Two suicide bombers" → 2; not
// when the bomber was stopped, arrested or survived.
func suicideDead(inc *incident) int {
	n := 0
	for _, s := range inc.Sents {
		if hasWord(s.Toks, "arrested", "detained", "captured", "before", "attempted", "failed", "defused",
			"survived", "apprehended", "prevented", "foiled") && hasWord(s.Toks, "suicide", "bomber", "bombers") {
			return 0
		}
		for _, c := range s.Cues {
			if c.Def.Fam == famSuicide && n == 0 {
				n = bomberCount(s.Toks, c.Tok)
			}
		}
	}
	return n
}

// bomberCount reads the number before "suicide bomber(s)", default one.
func bomberCount(toks []etok, i int) int {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if v, ok := figure(toks[j].Low); ok && v < 20 {
			return int(v)
		}
		switch toks[j].Low {
		case "a", "an", "the":
			return 1
		}
	}
	return 1
}

// tallyRange turns a tally into a Range (nil when no figure was stated).
func tallyRange(t tally, point bool) *model.Range {
	if !t.Found || len(t.Parts) == 0 {
		return nil
	}
	var lo, hi float64
	open, approx := false, false
	for _, p := range t.Parts {
		lo += p.Min
		if p.Max < 0 {
			open = true
		} else {
			hi += p.Max
		}
		approx = approx || p.Approx
	}
	r := &model.Range{Min: &lo, Approx: approx}
	if !open || point {
		if open {
			hi = lo
		}
		r.Max = &hi
	}
	return r
}

func partRange(p npart, point bool) *model.Range {
	return tallyRange(tally{Parts: []npart{p}, Found: true}, point)
}

// hasFigure reports whether the sentence states a death or injury toll:
// a casualty word whose victim phrase has a count.
func (w *work) hasFigure(toks []etok) bool {
	for i := range toks {
		k, in, n := casualtyWord(toks, i)
		if !k && !in {
			continue
		}
		from, to := w.victimSpan(toks, i, n)
		if from < to && len(w.parseParts(toks, from, to).Parts) > 0 {
			return true
		}
	}
	return false
}

// casualtyIn reports whether the sentence has a death or injury word.
func casualtyIn(toks []etok) bool {
	for i := range toks {
		if k, in, _ := casualtyWord(toks, i); k || in {
			return true
		}
	}
	return false
}
