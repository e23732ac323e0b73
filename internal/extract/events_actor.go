package extract

import "dossier/internal/model"

// Attribution cues.
var (
	claimWords = []string{"claimed", "claim", "claiming", "claims"}
	blameWords = []string{"attributed", "blamed", "suspected", "suspect", "accused", "believed",
		"believe", "thought", "suspects", "alleged", "allegedly", "linked"}
)

// perpEvent fills Perpetrator and Attribution from the armed groups the
// incident's sentences name: a group that claimed the attack ("X claimed
// responsibility") is claimed; one that others named ("sources attributed
// the attack to X", "X was thought to be responsible") is blamed; a group
// named as the attacker of the head sentence is stated as fact. "No group
// claimed responsibility" names no one. At equal rank a branch of the group
// chosen so far replaces it: "the Afghan offshoot of Islamic State, known as
// IS-K, claimed" is the branch's claim.
func (w *work) perpEvent(inc *incident, ev *model.ExtractedEvent) {
	type cand struct {
		ent  *entity
		attr string
		rank int
	}
	var best *cand
	for si, s := range inc.Sents {
		for _, m := range w.mentionsIn(s.S.Start, s.S.End) {
			if m.Ent == nil || m.Ent.Type != model.TypeArmedGroup {
				continue
			}
			attr, rank := attributionOf(s.Toks, m.Start, si == 0)
			if rank == 0 {
				continue
			}
			if best == nil || rank > best.rank || rank == best.rank && isBranchOf(m.Ent, best.ent) {
				best = &cand{ent: m.Ent, attr: attr, rank: rank}
			}
		}
	}
	if best == nil {
		return
	}
	name := best.ent.Name
	ev.Perpetrator = &name
	if best.attr != "" {
		a := best.attr
		ev.Attribution = &a
	}
}

// attributionOf reads how the sentence ties the group mentioned at off to
// the attack: claimed (rank 3), blamed (rank 2), named as the attacker in
// the head sentence (rank 1), or not at all (rank 0).
func attributionOf(toks []etok, off int, head bool) (string, int) {
	negClaim := findPhrase(toks, 0, "no group") >= 0 || findPhrase(toks, 0, "no claim") >= 0 ||
		findPhrase(toks, 0, "not claimed") >= 0
	claim := false
	for _, wd := range claimWords {
		if i := findPhrase(toks, 0, wd); i >= 0 {
			claim = true
		}
	}
	if claim && !negClaim {
		return model.AttrClaimed, 3
	}
	if claim && negClaim && mentionAfterWord(toks, off, claimWords) {
		// "No group claimed responsibility, but X was suspected."
		if hasWord(toks, blameWords...) || hasWord(toks, "responsible") {
			return model.AttrBlamed, 2
		}
	}
	if hasWord(toks, blameWords...) || findPhrase(toks, 0, "responsible for") >= 0 ||
		findPhrase(toks, 0, "to be responsible") >= 0 || findPhrase(toks, 0, "was responsible") >= 0 {
		return model.AttrBlamed, 2
	}
	if head && !victimSide(toks, off) {
		return "", 1
	}
	return "", 0
}

// mentionAfterWord reports whether the mention at off comes after one of
// words in the sentence.
func mentionAfterWord(toks []etok, off int, words []string) bool {
	for _, t := range toks {
		if t.Start >= off {
			return false
		}
		for _, wd := range words {
			if t.Low == wd {
				return true
			}
		}
	}
	return false
}

// victimSide reports a group named after the attack verb, as the target
// ("kidnapped ... Al Shabaab militants", "a base of X").
func victimSide(toks []etok, off int) bool {
	for _, t := range toks {
		if t.Start >= off {
			return false
		}
		for _, c := range cueIndex[t.Low] {
			if !c.Noun && c.Fam != famNone {
				return true
			}
		}
	}
	return false
}
