package extract

import (
	"strings"

	"dossier/internal/extract/scan"
	"dossier/internal/model"
)

// relCue is a phrase that relates the actor before it to the actors after
// it ("X is an affiliate of Y").
type relCue struct {
	phrase string
	pred   string
	// gap is how many words may separate the cue from its first object.
	gap int
}

var relCues = []relCue{
	{"affiliate of", model.RelAffiliateOf, 2}, {"branch of", model.RelAffiliateOf, 2},
	{"franchise of", model.RelAffiliateOf, 2}, {"offshoot of", model.RelAffiliateOf, 2},
	{"wing of", model.RelAffiliateOf, 2}, {"chapter of", model.RelAffiliateOf, 2},
	{"province of", model.RelAffiliateOf, 2}, {"allegiance to", model.RelAffiliateOf, 2},
	{"loyalty to", model.RelAffiliateOf, 2}, {"fealty to", model.RelAffiliateOf, 2},
	{"splinter group of", model.RelSplinterOf, 2}, {"splinter of", model.RelSplinterOf, 2},
	{"splinter faction of", model.RelSplinterOf, 2}, {"broke away from", model.RelSplinterOf, 2},
	{"breakaway faction of", model.RelSplinterOf, 2}, {"split from", model.RelSplinterOf, 2},
	{"defected", model.RelSplinterOf, 9}, {"defectors from", model.RelSplinterOf, 2},
	{"rivalry with", model.RelRivalOf, 3}, {"rival of", model.RelRivalOf, 2}, {"rivals of", model.RelRivalOf, 2},
	{"rival to", model.RelRivalOf, 2}, {"fought", model.RelRivalOf, 2}, {"fighting", model.RelRivalOf, 2},
	{"fight against", model.RelRivalOf, 2}, {"clashes with", model.RelRivalOf, 3},
	{"clashed with", model.RelRivalOf, 2}, {"battles with", model.RelRivalOf, 2},
	{"war with", model.RelRivalOf, 2}, {"war against", model.RelRivalOf, 2}, {"combat", model.RelRivalOf, 2},
	{"good terms with", model.RelRivalOf, 2}, {"differences with", model.RelRivalOf, 2},
	{"targeted", model.RelRivalOf, 2}, {"deposing", model.RelRivalOf, 2}, {"attacking", model.RelRivalOf, 2},
	{"accused", model.RelRivalOf, 2}, {"accusing", model.RelRivalOf, 2}, {"challenge to", model.RelRivalOf, 2},
	{"strikes against", model.RelRivalOf, 3}, {"enemy of", model.RelRivalOf, 2},
	{"enemies of", model.RelRivalOf, 2}, {"crackdown on", model.RelRivalOf, 2},
	{"drove", model.RelRivalOf, 2}, {"drive", model.RelRivalOf, 2}, {"opposed to", model.RelRivalOf, 2}, {"attacks on", model.RelRivalOf, 2},
	{"attacks against", model.RelRivalOf, 2}, {"take down", model.RelRivalOf, 3}, {"took down", model.RelRivalOf, 3},
	{"defeat", model.RelRivalOf, 2}, {"defeated", model.RelRivalOf, 2}, {"crush", model.RelRivalOf, 2},
	{"eliminate", model.RelRivalOf, 2}, {"competes with", model.RelRivalOf, 2},
	{"competing with", model.RelRivalOf, 2}, {"competition with", model.RelRivalOf, 2}, {"offensive against", model.RelRivalOf, 2},
	{"links with", model.RelAlliedWith, 2}, {"linked to", model.RelAlliedWith, 2},
	{"linked with", model.RelAlliedWith, 2}, {"ties with", model.RelAlliedWith, 2},
	{"ties to", model.RelAlliedWith, 2}, {"allied with", model.RelAlliedWith, 2},
	{"alliance with", model.RelAlliedWith, 2}, {"cooperation with", model.RelAlliedWith, 2},
	{"collaboration with", model.RelAlliedWith, 2}, {"joined with", model.RelAlliedWith, 2},
	{"joined forces with", model.RelAlliedWith, 2}, {"supported", model.RelAlliedWith, 2},
	{"partnership with", model.RelAlliedWith, 2}, {"close to", model.RelAlliedWith, 2},
	{"based in", model.RelBasedIn, 5}, {"its base in", model.RelBasedIn, 5},
	{"headquartered in", model.RelBasedIn, 5}, {"headquarters in", model.RelBasedIn, 5},
}

// cuesByWord indexes relCues by their first word.
// cueWords are cuesByWord's keys, pre-tested before the map lookup.
var cueWords = scan.NewWords(cuesByWord)

var cuesByWord = func() map[string][]relCue {
	m := map[string][]relCue{}
	for _, c := range relCues {
		first, _, _ := strings.Cut(c.phrase, " ")
		m[first] = append(m[first], c)
	}
	return m
}()

// cueRelations applies relCues: subject before the cue, objects after.
func (w *work) cueRelations(rs *relSent) []relation {
	var out []relation
	low := rs.low
	for i := 0; i < len(low); {
		if !isASCIIWord(low[i]) || i > 0 && isASCIIWord(low[i-1]) {
			i++
			continue
		}
		j := i
		for j < len(low) && isASCIIWord(low[j]) {
			j++
		}
		if !cueWords.Has(low[i:j]) {
			i = j
			continue
		}
		for _, c := range cuesByWord[low[i:j]] {
			end := i + len(c.phrase)
			if strings.HasPrefix(low[i:], c.phrase) && wordBounded(low, i, end) {
				out = append(out, rs.cueAt(c, i, end)...)
			}
		}
		i = j
	}
	return out
}

// cueAt frames the relations of cue c found at [at, end) of the sentence.
func (rs *relSent) cueAt(c relCue, at, end int) []relation {
	subj := rs.cueSubject(rs.s.Start+at, c.pred)
	oi := rs.firstAfter(rs.s.Start+end, c.gap)
	if subj == nil || oi < 0 {
		return nil
	}
	objs := rs.listFrom(oi)
	if c.pred == model.RelBasedIn {
		objs = objs[:1]
	}
	var out []relation
	for _, o := range objs {
		out = append(out, relation{subj: subj, obj: o, pred: c.pred, rule: "cue:" + c.phrase, s: rs.s})
	}
	return out
}

// cueSubject picks the subject of a cue at off: the actor a relative
// clause hangs on (", which is linked to"), else the sentence's first
// armed group, else the nearest actor.
func (rs *relSent) cueSubject(off int, pred string) *mention {
	var near *mention
	if i := rs.lastBefore(off); i >= 0 {
		near = rs.ms[i]
	}
	if near != nil {
		g := rs.gap(near.End, off)
		if strings.HasPrefix(g, ", which") || strings.HasPrefix(g, "which") || strings.HasPrefix(g, ", who") ||
			g == "is an" || g == "is a" || g == "is the" || g == "are" || g == "is" || g == "an" || g == "as an" {
			return near
		}
	}
	if pred == model.RelBasedIn {
		// "X is based in", "the militia is based in", "its base in".
		if near != nil && near.Ent.Type == model.TypeArmedGroup && countFields(rs.gap(near.End, off)) <= 3 {
			return near
		}
		if strings.HasPrefix(rs.low[rs.rel(off):], "its ") {
			if s := rs.subjectBefore(off); s != nil {
				return s
			}
			return rs.pronounSubject(off)
		}
		return nil
	}
	if s := rs.subjectBefore(off, model.TypeOrganization, model.TypeLocation); s != nil {
		return s
	}
	return rs.pronounSubject(off)
}

// pronounSubject returns the document's main actor when a pronoun ("it",
// "its", "they", "their") stands before off in a sentence that names no
// other armed group.
func (rs *relSent) pronounSubject(off int) *mention {
	if rs.actor == nil {
		return nil
	}
	for i := rs.lastBefore(off); i >= 0; i-- {
		if m := rs.ms[i]; m.Ent.Type == model.TypeArmedGroup && m.Ent != rs.actor {
			return nil
		}
	}
	before := " " + lastWords(rs.low[:rs.rel(off)], 12) + " "
	for _, p := range []string{" it ", " its ", " they ", " their ", " it has ", " it's "} {
		if strings.Contains(before, p) {
			return &mention{Start: off, End: off, Ent: rs.actor, Generic: true}
		}
	}
	return nil
}

// wordBounded reports whether s[a:b] is a whole-word match.
func wordBounded(s string, a, b int) bool {
	if a > 0 && isASCIIWord(s[a-1]) {
		return false
	}
	return b >= len(s) || !isASCIIWord(s[b])
}

func isASCIIWord(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// pairCues name a relation between two coordinated actors: "links between
// A and B", "A and B have worked together".
var pairCues = []struct {
	before, after []string
	pred          string
}{
	{[]string{"connections", "links", "ties", "collaboration", "cooperation", "relations", "relationship",
		"alliance", "partnership", "coordination"}, []string{"worked together", "work together", "cooperated",
		"allied", "joined forces"}, model.RelAlliedWith},
	{[]string{"rivalry", "fighting", "clashes", "battles", "war", "conflict", "tensions", "hostilities"},
		[]string{"one another", "each other", "fought", "clashed", "rivals"}, model.RelRivalOf},
}

// pairRelations reads "between A and B" and "A and B ... worked together".
func (w *work) pairRelations(rs *relSent) []relation {
	var out []relation
	for i := 0; i+1 < len(rs.ms); i++ {
		a, b := rs.ms[i], rs.ms[i+1]
		g := rs.shortGap(a.End, b.Start, 7)
		if g != "and" && g != "and the" {
			continue
		}
		before := lastWords(rs.low[:rs.rel(a.Start)], 4)
		after := firstWords(rs.low[rs.rel(b.End):], 8)
		for _, pc := range pairCues {
			if strings.Contains(before, "between") && containsAny(before, pc.before) ||
				containsAny(after, pc.after) {
				out = append(out, relation{subj: a, obj: b, pred: pc.pred, rule: "pair", s: rs.s})
			}
		}
	}
	return out
}

func containsAny(s string, subs []string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}
