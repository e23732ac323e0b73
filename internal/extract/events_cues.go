package extract

import (
	"sort"
	"strings"

	"dossier/internal/extract/scan"
	"dossier/internal/model"
)

// Cue families: what an attack word says about how the attack was done.
const (
	famNone = iota
	famKidnap
	famSuicide
	famIncendiary
	famExplosive
	famRocket
	famAmbush
	famGunfire
	famMelee
	famAssassin
	famClash
	famAssault
	famKill
	famOther
)

// cueKind is the FORMAT.md kind each family suggests. Rockets, mortars and
// grenades are explosive weapons (coded as bombings by incident databases);
// arson and fire-bombing of buildings is coded as an attack on a facility,
// which the armed_assault kind covers together with fire-bombing people.
var cueKind = map[int]string{
	famKidnap:     model.KindKidnapping,
	famSuicide:    model.KindSuicideBombing,
	famIncendiary: model.KindArmedAssault,
	famExplosive:  model.KindBombing,
	famRocket:     model.KindBombing,
	famAmbush:     model.KindAmbush,
	famGunfire:    model.KindShooting,
	famMelee:      model.KindArmedAssault,
	famAssassin:   model.KindAssassination,
	famClash:      model.KindClash,
	famAssault:    model.KindArmedAssault,
	famKill:       model.KindArmedAssault,
	famOther:      model.KindOther,
}

// cueDef is one attack word or phrase. Noun cues ("attack", "blast") may
// refer back to an incident already narrated when definite ("the blast").
type cueDef struct {
	Phrase string
	Fam    int
	Noun   bool
}

var cueDefs = []cueDef{
	{"kidnapped", famKidnap, false}, {"kidnapping", famKidnap, true}, {"kidnap", famKidnap, true},
	{"kidnappers", famKidnap, false}, {"abducted", famKidnap, false}, {"abduction", famKidnap, true},
	{"abducting", famKidnap, false}, {"took hostage", famKidnap, false}, {"taken hostage", famKidnap, false},
	{"held hostage", famKidnap, false}, {"hostage", famKidnap, true}, {"hostages", famKidnap, false},
	{"hijacked", famKidnap, false}, {"hijacking", famKidnap, true},
	{"suicide bomber", famSuicide, false}, {"suicide bombers", famSuicide, false},
	{"suicide bombing", famSuicide, true}, {"suicide bombings", famSuicide, true},
	{"suicide attack", famSuicide, true}, {"suicide attacks", famSuicide, true},
	{"suicide attacker", famSuicide, false}, {"suicide vest", famSuicide, false},
	{"suicide belt", famSuicide, false}, {"suicide car", famSuicide, false},
	{"suicide vehicle", famSuicide, false}, {"suicide improvised", famSuicide, false},
	{"suicide truck", famSuicide, false}, {"suicide blast", famSuicide, true},
	{"blew himself up", famSuicide, false}, {"blew herself up", famSuicide, false},
	{"blew themselves up", famSuicide, false},
	{"firebomb", famIncendiary, false}, {"firebombs", famIncendiary, false},
	{"firebombed", famIncendiary, false}, {"fire bomb", famIncendiary, false},
	{"fire bombs", famIncendiary, false}, {"petrol bomb", famIncendiary, false},
	{"petrol bombs", famIncendiary, false}, {"molotov", famIncendiary, false},
	{"set fire", famIncendiary, false}, {"set on fire", famIncendiary, false},
	{"set ablaze", famIncendiary, false}, {"torched", famIncendiary, false},
	{"arson", famIncendiary, true}, {"burned down", famIncendiary, false},
	{"incendiary", famIncendiary, false},
	{"arsonists", famIncendiary, false}, {"arsonist", famIncendiary, false},
	{"bomb", famExplosive, true}, {"bombs", famExplosive, false}, {"bombing", famExplosive, true},
	{"bombings", famExplosive, true}, {"bombed", famExplosive, false}, {"bomber", famExplosive, false},
	{"bombers", famExplosive, false}, {"blast", famExplosive, true}, {"blasts", famExplosive, true},
	{"explosion", famExplosive, true}, {"explosions", famExplosive, true},
	{"exploded", famExplosive, false}, {"detonated", famExplosive, false},
	{"detonating", famExplosive, false}, {"detonation", famExplosive, true},
	{"explosive", famExplosive, false}, {"explosives", famExplosive, false},
	{"explosives-laden", famExplosive, false}, {"ied", famExplosive, false},
	{"ieds", famExplosive, false}, {"vbied", famExplosive, false}, {"vbieds", famExplosive, false},
	{"car bomb", famExplosive, true}, {"grenade", famExplosive, false},
	{"grenades", famExplosive, false}, {"landmine", famExplosive, false},
	{"landmines", famExplosive, false}, {"blew up", famExplosive, false}, {"blown up", famExplosive, false},
	{"blowing up", famExplosive, false}, {"dynamited", famExplosive, false}, {"dynamite", famExplosive, false},
	{"rocket", famRocket, false}, {"rockets", famRocket, false}, {"mortar", famRocket, false},
	{"mortars", famRocket, false}, {"shelling", famRocket, true}, {"shelled", famRocket, false},
	{"rocket-propelled", famRocket, false}, {"shells", famRocket, false},
	{"ambush", famAmbush, true}, {"ambushed", famAmbush, false},
	{"opened fire", famGunfire, false}, {"open fire", famGunfire, false},
	{"fired upon", famGunfire, false}, {"fired on", famGunfire, false}, {"fired at", famGunfire, false},
	{"fired", famGunfire, false}, {"shot", famGunfire, false},
	{"shooting", famGunfire, true}, {"shootings", famGunfire, true}, {"gunmen", famGunfire, false},
	{"gunman", famGunfire, false}, {"sniper", famGunfire, false}, {"gunfire", famGunfire, true},
	{"gunshot", famGunfire, false}, {"gunshots", famGunfire, false},
	{"stabbed", famMelee, false}, {"stab", famMelee, false}, {"stabs", famMelee, false}, {"stabbing", famMelee, true}, {"knife", famMelee, false},
	{"machete", famMelee, false}, {"machetes", famMelee, false}, {"hacked", famMelee, false},
	{"beheaded", famMelee, false}, {"hammer", famMelee, false}, {"sticks", famMelee, false},
	{"acid", famMelee, false}, {"cut off", famMelee, false}, {"clubs", famMelee, false},
	{"iron rods", famMelee, false}, {"stones", famMelee, false}, {"swords", famMelee, false}, {"beheading", famMelee, true}, {"axe", famMelee, false},
	{"assassinated", famAssassin, false}, {"assassination", famAssassin, true},
	{"targeted killing", famAssassin, true},
	{"clash", famClash, true}, {"clashes", famClash, true}, {"clashed", famClash, false},
	{"gun battle", famClash, true}, {"gunbattle", famClash, true}, {"firefight", famClash, true},
	{"exchange of fire", famClash, true}, {"fought", famClash, false}, {"battled", famClash, false},
	{"took arms", famClash, false}, {"took up arms", famClash, false}, {"defeated by", famClash, false},
	{"attack", famAssault, true}, {"attacks", famAssault, true}, {"attacked", famAssault, false},
	{"attacking", famAssault, false}, {"assault", famAssault, true}, {"assaulted", famAssault, false},
	{"stormed", famAssault, false}, {"overran", famAssault, false}, {"overrun", famAssault, false}, {"raid", famAssault, true}, {"raided", famAssault, false},
	{"siege", famAssault, true}, {"massacre", famAssault, true}, {"atrocity", famAssault, true},
	{"incident", famNone, true},
	{"killed", famKill, false}, {"killing", famKill, false}, {"murdered", famKill, false},
	{"murder", famKill, true}, {"executed", famKill, false}, {"lynched", famKill, false},
	{"rammed", famAssault, false}, {"ramming", famAssault, true}, {"ploughed into", famAssault, false},
	{"plowed into", famAssault, false},
	{"poisoned", famOther, false}, {"poison", famOther, false}, {"poisoning", famOther, true},
	{"toxin", famOther, false}, {"nerve agent", famOther, false}, {"chemical attack", famOther, true},
	{"ricin", famOther, false}, {"sarin", famOther, false}, {"anthrax", famOther, false},
	{"cyanide", famOther, false},
}

// cueIndex maps a cue's first word to its definitions, longest first.
// cueWordSet holds cueIndex's keys, pre-tested before the map lookup.
var cueWordSet = scan.NewWords(cueIndex)

var cueIndex = func() map[string][]cueDef {
	m := map[string][]cueDef{}
	for _, c := range cueDefs {
		first := strings.Fields(c.Phrase)[0]
		m[first] = append(m[first], c)
	}
	for _, cs := range m {
		sort.SliceStable(cs, func(i, j int) bool { return len(cs[i].Phrase) > len(cs[j].Phrase) })
	}
	return m
}()

// cueHit is one attack cue found in a sentence.
type cueHit struct {
	Tok  int // index of its first token
	N    int // number of tokens
	Def  cueDef
	Def0 bool // a definite noun ("the attack", "this blast")
	Solo bool // a generic plural in a summary that names no attack otherwise
}

// findCues returns the attack cues of a token sequence in order.
func findCues(toks []etok) []cueHit {
	var out []cueHit
	for i := 0; i < len(toks); i++ {
		if n, c, ok := gapCue(toks, i); ok {
			out = append(out, cueHit{Tok: i, N: n, Def: c})
			i += n - 1
			continue
		}
		if !cueWordSet.Has(toks[i].Low) {
			continue
		}
		for _, c := range cueIndex[toks[i].Low] {
			if !phraseAt(toks, i, c.Phrase) || c.Phrase == "fired" && launchedAfter(toks, i+1) {
				continue
			}
			n := strings.Count(c.Phrase, " ") + 1
			out = append(out, cueHit{Tok: i, N: n, Def: c, Def0: c.Noun && definiteBefore(toks, i)})
			i += n - 1
			break
		}
	}
	return out
}

// gapCue reads a verb phrase with its object inside: "set two masts on
// fire", "set the school ablaze", "drove a van into".
func gapCue(toks []etok, i int) (int, cueDef, bool) {
	var ends []string
	var def cueDef
	switch toks[i].Low {
	case "set", "sets", "setting":
		ends, def = []string{"on fire", "ablaze", "alight"}, cueDef{Phrase: "set on fire", Fam: famIncendiary}
	case "drove", "driving", "drives", "drive":
		ends, def = []string{"into"}, cueDef{Phrase: "drove into", Fam: famAssault}
	default:
		return 0, cueDef{}, false
	}
	for j := i + 1; j < len(toks) && j <= i+5; j++ {
		if toks[j].Punct {
			break
		}
		for _, e := range ends {
			if phraseAt(toks, j, e) {
				return j - i + strings.Count(e, " ") + 1, def, true
			}
		}
	}
	return 0, cueDef{}, false
}

// launchedAfter reports a launched weapon right after "fired" ("fired
// four mortars", "fired a rocket"), which is not gunfire.
func launchedAfter(toks []etok, from int) bool {
	for j := from; j < len(toks) && j <= from+3; j++ {
		for _, c := range cueIndex[toks[j].Low] {
			if (c.Fam == famRocket || c.Fam == famExplosive) && phraseAt(toks, j, c.Phrase) {
				return true
			}
		}
	}
	return false
}

// definiteBefore reports whether the noun at i is introduced by a definite
// determiner, possibly with adjectives in between ("the deadly attack").
func definiteBefore(toks []etok, i int) bool {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		switch toks[j].Low {
		case "the", "this", "that", "these", "those", "both", "its", "their":
			return true
		case "a", "an", "one", "two", "three", "another", "of", "in", "for", ",", ";", ":":
			return false
		}
		if toks[j].Punct {
			return false
		}
	}
	return false
}
