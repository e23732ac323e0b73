package extract

import (
	"strings"

	"dossier/internal/model"
)

// leaderRoles head a group; the person next to them leads it.
var leaderRoles = []string{"leader", "chief", "emir", "amir", "head", "founder", "commander", "caliph",
	"spiritual leader", "supreme leader", "co-founder"}

// affiliateNouns after a group name make the actor next to it its
// affiliate ("an Islamic State affiliate", "the Islamic State affiliate, X").
var affiliateNouns = []string{"affiliate", "branch", "franchise", "offshoot", "province", "wing", "chapter"}

// leaderRelations reads "X's leader is P", "X chief P", "P, leader of X",
// "led by P", "pledged allegiance to X and its leader P", and the noun
// affiliations "an X affiliate".
func (w *work) leaderRelations(rs *relSent) []relation {
	var out []relation
	for i, m := range rs.ms {
		if m.Ent.Type == model.TypePerson {
			out = append(out, rs.personLeads(i)...)
			continue
		}
		if m.Ent.Type != model.TypeArmedGroup && m.Ent.Type != model.TypeOrganization {
			continue
		}
		if i+1 < len(rs.ms) && rs.ms[i+1].Ent.Type == model.TypePerson {
			g := rs.gap(m.End, rs.ms[i+1].Start)
			if leaderGap(g) {
				out = append(out, relation{subj: rs.ms[i+1], obj: m, pred: model.RelLeaderOf, rule: "leader:" + g, s: rs.s})
			}
		}
		out = append(out, rs.affiliateNoun(i)...)
	}
	return out
}

// leaderGap reports whether the text between a group and a person makes
// the person its leader: "'s leader is named", " chief", "and its leader".
func leaderGap(g string) bool {
	g = strings.TrimPrefix(strings.TrimPrefix(g, "'s"), "’s")
	g = strings.TrimSpace(strings.TrimPrefix(g, "and its"))
	g = strings.TrimSpace(strings.TrimPrefix(g, "and their"))
	for _, r := range leaderRoles {
		if !strings.HasPrefix(g, r) {
			continue
		}
		rest := strings.TrimSpace(strings.TrimPrefix(g, r))
		switch rest {
		case "", ",", "is", "is named", "was", "was named", "is called", ", named":
			return true
		}
	}
	return false
}

// personLeads reads "P, (the) leader of X" and "X, led by P" around
// person i.
func (rs *relSent) personLeads(i int) []relation {
	var out []relation
	p := rs.ms[i]
	if i+1 < len(rs.ms) {
		g := rs.gap(p.End, rs.ms[i+1].Start)
		g = strings.TrimPrefix(g, ",")
		g = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(g), "the"))
		g = strings.TrimSpace(strings.TrimPrefix(g, "is the"))
		for _, r := range leaderRoles {
			if g == r+" of" || g == r+" of the" || g == "former "+r+" of" || g == "is "+r+" of" {
				out = append(out, relation{subj: p, obj: rs.ms[i+1], pred: model.RelLeaderOf, rule: "leader:of", s: rs.s})
			}
		}
	}
	if lw := lastWords(rs.low[:rs.rel(p.Start)], 4); strings.HasPrefix(lw, "its ") || strings.HasPrefix(lw, "their ") {
		_, rest, _ := strings.Cut(lw, " ")
		if g := rs.subjectBefore(p.Start); leaderGap(rest) {
			if g == nil {
				g = rs.pronounSubject(p.Start)
			}
			if g != nil {
				out = append(out, relation{subj: p, obj: g, pred: model.RelLeaderOf, rule: "leader:its", s: rs.s})
			}
		}
	}
	if i > 0 {
		g := rs.gap(rs.ms[i-1].End, p.Start)
		for _, cue := range []string{"led by", "headed by", "founded by", "commanded by"} {
			if strings.HasSuffix(g, cue) && countFields(g) <= 5 {
				if s := rs.subjectBefore(p.Start); s != nil {
					out = append(out, relation{subj: p, obj: s, pred: model.RelLeaderOf, rule: "leader:" + cue, s: rs.s})
				}
			}
		}
	}
	return out
}

// affiliateNoun reads "A is an X affiliate" and "X affiliate, A".
func (rs *relSent) affiliateNoun(i int) []relation {
	x := rs.ms[i]
	after := firstWords(rs.low[rs.rel(x.End):], 2)
	found := false
	for _, n := range affiliateNouns {
		if strings.HasPrefix(after, n) {
			found = true
		}
	}
	if !found {
		return nil
	}
	var out []relation
	if i > 0 {
		g := strings.TrimSpace(strings.TrimLeft(rs.gap(rs.ms[i-1].End, x.Start), ")],"))
		if g == "is an" || g == "is a" || g == "is the" || g == "'s" || g == "’s" || g == "is the regional" || g == "as an" {
			out = append(out, relation{subj: rs.ms[i-1], obj: x, pred: model.RelAffiliateOf, rule: "affiliate:noun", s: rs.s})
		}
	}
	if i+1 < len(rs.ms) {
		g := rs.gap(x.End, rs.ms[i+1].Start)
		for _, n := range affiliateNouns {
			if g == n+"," || g == n {
				out = append(out, relation{subj: rs.ms[i+1], obj: x, pred: model.RelAffiliateOf, rule: "affiliate:noun", s: rs.s})
			}
		}
	}
	return out
}

// roleNounsAt precede "at ORG" / "from ORG" in affiliations.
var roleNounsAt = []string{"researcher", "fellow", "professor", "editor", "scholar", "scholars", "student",
	"analyst", "director", "lecturer", "expert", "member", "members", "correspondent", "reporter",
	"associate", "head", "chair", "adviser", "advisor", "officer", "manager", "coordinator", "intern",
	"founder", "president", "programme", "program", "candidate", "staff", "author", "writer", "journalist"}

// memberRelations reads "P from ORG", "P, a researcher at ORG", "P is a
// member of ORG", and byline lines "Senior Researcher at ORG" under a name.
func (w *work) memberRelations(rs, prev *relSent) []relation {
	var out []relation
	for i, m := range rs.ms {
		if m.Ent.Type != model.TypeOrganization && m.Ent.Type != model.TypeArmedGroup {
			continue
		}
		if !affiliationTail(rs.low[:rs.rel(m.Start)]) {
			continue
		}
		lw := lastWords(rs.low[:rs.rel(m.Start)], 8)
		at := strings.HasSuffix(lw, " at") || strings.HasSuffix(lw, " at the") || lw == "at" || lw == "at the"
		from := strings.HasSuffix(lw, " from") || strings.HasSuffix(lw, " from the")
		member := strings.HasSuffix(lw, "member of") || strings.HasSuffix(lw, "member of the") ||
			strings.HasSuffix(lw, "members of") || strings.HasSuffix(lw, "members of the")
		role := containsAny(lw, roleNounsAt)
		if !(at && role || member || from && rs.personRightBefore(i)) {
			continue
		}
		people := rs.peopleFor(i)
		if len(people) == 0 && prev != nil && (at || member) && role && rs.firstPersonIndex() < 0 {
			people = prev.loneName()
		}
		for _, p := range people {
			out = append(out, relation{subj: p, obj: m, pred: model.RelMemberOf, rule: "member", s: rs.s})
		}
	}
	return out
}

// affiliationTail is a cheap necessary condition for the window tests of
// memberRelations ("… at [the]", "… from [the]", "… member(s) of [the]"
// right before the mention), read back over the last fields of s.
func affiliationTail(s string) bool {
	f, start := lastField(s)
	if f == "the" && start >= 0 {
		f, start = lastField(s[:start])
	}
	switch {
	case start < 0:
		return false
	case f == "at" || f == "from":
		return true
	case f == "of":
		p, _ := lastField(s[:start])
		return strings.HasSuffix(p, "member") || strings.HasSuffix(p, "members")
	}
	return false
}

// personRightBefore reports "P from ORG" with at most a title between.
func (rs *relSent) personRightBefore(i int) bool {
	if i == 0 || rs.ms[i-1].Ent.Type != model.TypePerson {
		return false
	}
	g := rs.gap(rs.ms[i-1].End, rs.ms[i].Start)
	return g == "from" || g == "from the" || g == ", from" || g == ", from the"
}

// peopleFor returns the people an affiliation with the actor at i is
// about: the coordinated people before it, else the sentence's only person.
func (rs *relSent) peopleFor(i int) []*mention {
	for j := i - 1; j >= 0 && j > i-window; j-- {
		if rs.ms[j].Ent.Type == model.TypePerson {
			k := j
			for k > 0 && rs.ms[k-1].Ent.Type == model.TypePerson && rs.gap(rs.ms[k-1].End, rs.ms[k].Start) == "and" {
				k--
			}
			return rs.ms[k : j+1]
		}
	}
	var ps []*mention
	for k := i + 1; k < len(rs.ms) && k < i+window; k++ {
		if m := rs.ms[k]; m.Ent.Type == model.TypePerson && (len(ps) == 0 || ps[0].Ent != m.Ent) {
			ps = append(ps, m)
		}
	}
	if len(ps) == 1 {
		return ps
	}
	return nil
}

func (rs *relSent) firstPersonIndex() int {
	for i, m := range rs.ms[:min(len(rs.ms), window)] {
		if m.Ent.Type == model.TypePerson {
			return i
		}
	}
	return -1
}

// loneName returns the person a short name-only line (a byline) names.
func (rs *relSent) loneName() []*mention {
	if len(rs.ms) != 1 || rs.ms[0].Ent.Type != model.TypePerson || len(rs.low) > 80 || countFields(rs.low) > 6 {
		return nil
	}
	return rs.ms[:1]
}
