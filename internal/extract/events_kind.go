package extract

import "dossier/internal/model"

// incidentKind chooses the FORMAT.md kind of an incident the way incident
// coders do: hostage taking first, then a suicide attack, then the first
// specific means of attack the report names (explosives, gunfire, arson,
// blades, an ambush, a clash), then a generic assault, then "other".
func incidentKind(inc *incident) string {
	h := inc.head()
	for _, s := range inc.Sents {
		for _, c := range s.Cues {
			if c.Def.Fam == famKidnap && !releaseOnly(s.Toks, c) {
				return model.KindKidnapping // hostage taking outranks the other means
			}
		}
	}
	for _, s := range inc.Sents {
		for _, c := range s.Cues {
			if c.Def.Fam == famSuicide {
				if targetsPerson(h.Toks) || officialKilled(inc) {
					return model.KindAssassination
				}
				return model.KindSuicideBombing
			}
		}
	}
	for _, s := range inc.Sents {
		if k := specificKind(s); k != "" {
			if (k == model.KindBombing || k == model.KindSuicideBombing || k == model.KindAmbush) &&
				(targetsPerson(h.Toks) || officialKilled(inc)) {
				return model.KindAssassination
			}
			return k
		}
	}
	return genericKind(inc)
}

// personRoles are the posts whose holders are targets of assassinations.
var personRoles = map[string]bool{"leader": true, "commander": true, "governor": true, "mayor": true,
	"official": true, "chief": true, "minister": true, "president": true, "politician": true,
	"judge": true, "candidate": true, "deputy": true, "lawmaker": true, "councillor": true,
	"councilor": true, "elder": true, "cleric": true, "imam": true, "legislator": true, "senator": true,
	"administrator": true, "prosecutor": true, "general": true, "colonel": true, "commissioner": true}

// officialKilled reports an office holder named among the dead in a later
// sentence of the incident: "The district commissioner and two of his
// guards were killed."
func officialKilled(inc *incident) bool {
	for k, s := range inc.Sents {
		if k == 0 {
			continue
		}
		for i := 1; i+1 < len(s.Toks); i++ {
			if s.Toks[i+1].Low == "killed" && auxWords[s.Toks[i].Low] && roleBefore(s.Toks, i) {
				return true
			}
		}
	}
	return false
}

// targetsPerson reports an attack aimed at one office holder: "targeting
// an Afghan Local Police commander", "killed the deputy governor", "at
// the house of Sheikh X, a council leader", "the governor ... was killed".
func targetsPerson(toks []etok) bool {
	for i, t := range toks {
		from, width := -1, 8
		switch {
		case t.Low == "targeting" || t.Low == "targeted":
			from = i + 1
		case t.Low == "killed" && i+1 < len(toks) && toks[i+1].Low == "the":
			from = i + 2
		case t.Low == "killed" && i+1 < len(toks) && toks[i+1].isCap():
			from = i + 1 // "killed Sheikh X, a prominent cleric"
		case t.Low == "including" && i+1 < len(toks) && personRoles[toks[i+1].Low]:
			return true // "killing 149 people, including candidate X"
		case t.Low == "of" && i > 0 && dwelling[toks[i-1].Low]:
			from, width = i+1, 12
		case t.Low == "killed" && i > 0 && toks[i-1].Low == "was":
			if roleBefore(toks, i-1) {
				return true
			}
		}
		if from >= 0 && roleAfter(toks, from, width) {
			return true
		}
	}
	return false
}

// dwelling are the places where a person is attacked at home or on the road.
var dwelling = map[string]bool{"residence": true, "house": true, "home": true, "vehicle": true,
	"convoy": true, "motorcade": true, "car": true}

// roleAfter reports a person's post among the width tokens from toks[from],
// before a clause ends.
func roleAfter(toks []etok, from, width int) bool {
	for j := from; j < len(toks) && j < from+width; j++ {
		if personRoles[toks[j].Low] {
			return true
		}
		if toks[j].Low == ";" || toks[j].Low == "." || plural(toks[j].Low) && !toks[j].isCap() {
			return false
		}
	}
	return false
}

// roleBefore reports "the governor of X, Y, was killed": a post in the
// subject of the passive verb at toks[aux].
func roleBefore(toks []etok, aux int) bool {
	for j := aux - 1; j >= 0 && j >= aux-10; j-- {
		if personRoles[toks[j].Low] {
			return true
		}
		if auxWords[toks[j].Low] || toks[j].Low == ";" {
			return false
		}
	}
	return false
}

// specificKind returns the kind of the first specific means of attack
// named in s, or "".
func specificKind(s *evSent) string {
	if k := specificKindOf(s, false); k != "" {
		return k
	}
	return specificKindOf(s, true)
}

// actorCue reports words that name attackers rather than an act
// ("gunmen ambushed a convoy" is an ambush).
func actorCue(s string) bool {
	switch s {
	case "gunmen", "gunman", "sniper", "bomber", "bombers":
		return true
	}
	return false
}

// specificKindOf returns the kind of the first specific cue of s, looking
// only at attacker nouns ("gunmen") or only at the others.
func specificKindOf(s *evSent, actors bool) string {
	for _, c := range s.Cues {
		if actorCue(s.Toks[c.Tok].Low) != actors {
			continue
		}
		switch c.Def.Fam {
		case famIncendiary, famExplosive, famRocket, famAmbush, famGunfire, famMelee, famAssassin, famOther:
			if c.Def.Fam == famGunfire && killedByForces(s.Toks, c.Tok) {
				continue
			}
			return cueKind[c.Def.Fam]
		case famClash:
			if !ensuing(s.Toks, c.Tok) {
				return cueKind[c.Def.Fam]
			}
		}
	}
	return ""
}

// genericKind is the kind of an incident reported only with "attacked",
// "killed" or "an attack": an assault when attackers acted, else other.
func genericKind(inc *incident) string {
	for _, s := range inc.Sents {
		for _, c := range s.Cues {
			switch c.Def.Fam {
			case famAssault, famClash:
				if !c.Def.Noun {
					return model.KindArmedAssault
				}
			case famKill:
				if hasAttacker(s.Toks) {
					return model.KindArmedAssault
				}
			case famKidnap:
				return model.KindKidnapping
			}
		}
	}
	return model.KindOther
}

// releaseOnly reports whether a hostage word only speaks of a release
// ("freed the hostages") rather than the taking.
func releaseOnly(toks []etok, c cueHit) bool {
	for j := c.Tok - 1; j >= 0 && j >= c.Tok-4; j-- {
		switch toks[j].Low {
		case "freed", "released", "rescued", "free":
			return true
		}
	}
	return false
}

// ensuing reports "the ensuing clash": a firefight that followed the attack
// and does not say how it began.
func ensuing(toks []etok, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		switch toks[j].Low {
		case "ensuing", "subsequent", "resulting", "following":
			return true
		}
	}
	return false
}

// killedByForces reports "security forces shot and killed the bomber": the
// shooting is the response, not the attack.
func killedByForces(toks []etok, i int) bool {
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		switch toks[j].Low {
		case "forces", "police", "soldiers", "troops", "guards", "officers", "officer", "guard", "soldier":
			return true
		}
	}
	return false
}

// hasAttacker reports a sentence that names attackers ("assailants
// killed"), as opposed to "an attack that killed 68".
func hasAttacker(toks []etok) bool {
	for _, t := range toks {
		if attackerWord(t.Low) && t.Low != "himself" && t.Low != "herself" {
			return true
		}
	}
	return false
}
