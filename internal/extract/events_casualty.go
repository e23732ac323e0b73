package extract

import "dossier/internal/model"

// tally accumulates the killed or injured figure of an incident.
type tally struct {
	Parts          []npart
	Found          bool // a figure was stated
	AttackCounted  bool // the figure already counts the attackers
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
		if k := besidesAfter(toks, max(i+n, to)); k > 0 && len(res.Parts) > 0 {
			_, t2 := objectSpan(toks, k+besidesAt(toks, k))
			more := w.parseParts(toks, k, t2)
			addTally(t, partsResult{Parts: more.Parts}, si, toks, k, t2)
		}
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
			continue // "no one was hurt": no figure
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

// sumMin returns the sum of the parts' lower bounds.
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

// besidesAfter returns the start of the further victims that an aside
// after the verb adds ("were killed in the attack, along with four of the
// attackers"; "were killed, not including the five attackers"), or -1.
func besidesAfter(toks []etok, from int) int {
	for k := from; k+2 < len(toks); k++ {
		switch toks[k].Low {
		case ";", ".", "and", "while", "but":
			return -1
		case ",":
			if besidesAt(toks, k+1) > 0 {
				return k + 1 // parseParts reads the phrase itself
			}
		}
		if k > from {
			if kill, inj, _ := casualtyWord(toks, k); kill || inj {
				return -1
			}
		}
	}
	return -1
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
	case "killed", "killing", "dead", "died", "slain", "murdered", "perished", "assassinated", "beheaded",
		"slaughtered", "massacred":
		return true, false, 1
	case "claimed":
		if phraseAt(toks, i, "claimed the lives of") || phraseAt(toks, i, "claimed the life of") {
			return true, false, 4
		}
	case "bodies":
		if i+1 < len(toks) && toks[i+1].Low == "of" {
			return true, false, 2
		}
		if bodiesFound(toks, i) {
			return true, false, 1
		}
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

// bodiesFound reports "bodies" as the subject of a discovery ("six bodies
// were found", "the bodies were recovered").
func bodiesFound(toks []etok, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		switch toks[k].Low {
		case "found", "recovered", "discovered", "retrieved", "dumped":
			return true
		}
	}
	return false
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
	return hasWord(toks, "told", "said", "according", "stated")
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

// partRange returns one part as a Range.
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
