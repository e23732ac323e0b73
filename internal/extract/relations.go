package extract

import (
	"sort"
	"strings"

	"dossier/internal/gazetteer"
	"dossier/internal/model"
	"dossier/internal/segment"
)

// relSent is one sentence seen by the relation rules: its actor mentions
// (named or generic, no demonyms) and its text lower-cased in place
// (ASCII only, so offsets are unchanged).
type relSent struct {
	s   segment.Sentence
	ms  []*mention
	low string // lower-cased w.text[s.Start:s.End]
	// actor is the document's main armed group, which "it", "its",
	// "they" and "their" refer to when the sentence names no other group.
	actor *entity
}

// frameRelations fills w.out.Relations from the constructions reporting
// uses: cue phrases between a subject before and objects after ("an
// affiliate of", "rivalry with", "based in"), pairs ("links between A and
// B"), people's roles ("A's leader is P", "P from ORG") and places where a
// group acts (active_in).
func (w *work) frameRelations() {
	seen := map[[3]string]bool{}
	var prev *relSent
	var pair [2]relSent // the sentence and the one before it
	buf := make([]*mention, 0, len(w.mentions))
	for i, s := range w.sents {
		rs := &pair[i%2]
		buf = w.relSentence(s, rs, buf)
		if len(rs.ms) == 0 {
			prev = nil
			continue
		}
		for _, r := range w.sentenceRelations(rs, prev) {
			w.addRelation(r, seen)
		}
		prev = rs
	}
	w.eventRelations(seen)
}

// relSentence fills rs with sentence s, its mentions appended to buf
// (and capped there); it returns the grown buf.
func (w *work) relSentence(s segment.Sentence, rs *relSent, buf []*mention) []*mention {
	*rs = relSent{s: s, low: w.lower()[s.Start:s.End], actor: w.actor}
	if strings.HasSuffix(strings.TrimRight(s.Text, " \"”’'"), "?") {
		return buf // a question states no relation
	}
	first := len(buf)
	i := sort.Search(len(w.mentions), func(i int) bool { return w.mentions[i].Start >= s.Start })
	for ; i < len(w.mentions) && w.mentions[i].End <= s.End; i++ {
		if m := w.mentions[i]; m.Ent != nil && !m.Demonym {
			buf = append(buf, m)
		}
	}
	if len(buf) > first {
		rs.ms = buf[first:len(buf):len(buf)]
	}
	return buf
}

// relation is a candidate relation between two mentions.
type relation struct {
	subj, obj *mention
	pred      string
	rule      string
	s         segment.Sentence
}

func (w *work) sentenceRelations(rs, prev *relSent) []relation {
	var out []relation
	out = append(out, w.cueRelations(rs)...)
	out = append(out, w.pairRelations(rs)...)
	out = append(out, w.leaderRelations(rs)...)
	out = append(out, w.memberRelations(rs, prev)...)
	out = append(out, w.activeRelations(rs)...)
	return out
}

// addRelation appends r to the output unless it is ill-typed or a repeat.
func (w *work) addRelation(r relation, seen map[[3]string]bool) {
	a, b := r.subj.Ent, r.obj.Ent
	if a == nil || b == nil || a == b || !relTypesOK(r.pred, a.Type, b.Type) {
		return
	}
	if (r.pred == model.RelRivalOf || r.pred == model.RelAlliedWith) && (!belligerent(a) || !belligerent(b)) {
		return
	}
	sn, on := a.Name, b.Name
	if r.pred == model.RelRivalOf || r.pred == model.RelAlliedWith {
		if on < sn {
			sn, on = on, sn
		}
	}
	k := [3]string{sn, r.pred, on}
	if seen[k] {
		return
	}
	seen[k] = true
	ev := w.evidence(r.s)
	w.out.Relations = append(w.out.Relations, model.ExtractedRelation{
		Subject: a.Name, Predicate: r.pred, Object: b.Name, Evidence: ev, Rule: r.rule})
}

// belligerent reports whether e can fight or ally: armed groups, states,
// and organisations that are forces or governments (not media, think
// tanks, universities, NGOs or UN bodies).
func belligerent(e *entity) bool {
	switch e.Type {
	case model.TypeArmedGroup:
		return true
	case model.TypeLocation:
		return e.Gaz != nil && e.Gaz.Kind == gazetteer.KindCountry
	case model.TypeOrganization:
		if e.Gaz == nil {
			return false
		}
		switch e.Gaz.Subtype {
		case "military", "intelligence", "government", "police", "paramilitary", "igo", "militia", "political_party":
			return true
		}
	}
	return false
}

// relTypesOK checks the argument types each predicate allows.
func relTypesOK(pred, st, ot string) bool {
	actor := func(t string) bool { return t == model.TypeArmedGroup || t == model.TypeOrganization }
	switch pred {
	case model.RelAffiliateOf, model.RelSplinterOf:
		return st == model.TypeArmedGroup && ot == model.TypeArmedGroup
	case model.RelRivalOf, model.RelAlliedWith:
		return (actor(st) || st == model.TypeLocation) && (actor(ot) || ot == model.TypeLocation) &&
			(st == model.TypeArmedGroup || ot == model.TypeArmedGroup)
	case model.RelLeaderOf:
		return st == model.TypePerson && actor(ot)
	case model.RelMemberOf:
		return st == model.TypePerson && actor(ot)
	case model.RelBasedIn, model.RelActiveIn:
		return st == model.TypeArmedGroup && ot == model.TypeLocation
	}
	return false
}

// asciiLower lower-cases ASCII letters only, keeping byte offsets. It
// copies the text once, a run of bytes at a time.
func asciiLower(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	run := 0 // start of the bytes not yet written
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' {
			b.WriteString(s[run:i])
			b.WriteByte(c + 'a' - 'A')
			run = i + 1
		}
	}
	b.WriteString(s[run:])
	return b.String()
}

// rel returns the relative offset of absolute offset off in rs.
func (rs *relSent) rel(off int) int { return off - rs.s.Start }

// gap returns the lower-cased text between two absolute offsets, spaces
// collapsed.
func (rs *relSent) gap(a, b int) string {
	a, b = rs.rel(a), rs.rel(b)
	if a < 0 || b > len(rs.low) || a >= b {
		return ""
	}
	if b-a > maxGap {
		return farGap
	}
	return collapseSpaces(rs.low[a:b])
}

// shortGap is gap for callers that only compare it with literals of at
// most limit bytes: a longer gap is farGap, found without reading it all.
func (rs *relSent) shortGap(a, b, limit int) string {
	ra, rb := rs.rel(a), rs.rel(b)
	if ra < 0 || rb > len(rs.low) || ra >= rb || rb-ra > maxGap || collapsedWithin(rs.low[ra:rb], limit) {
		return rs.gap(a, b)
	}
	return farGap
}

// collapsedWithin reports whether collapseSpaces(s) has at most limit
// bytes, reading no further than needed to tell.
func collapsedWithin(s string, limit int) bool {
	n, words := 0, 0
	inWord := false
	for i := 0; i < len(s); {
		space, size := spaceAt(s, i)
		if !space {
			if !inWord {
				if words++; words > 1 {
					n++ // the joining space
				}
			}
			if n += size; n > limit {
				return false
			}
		}
		inWord = !space
		i += size
	}
	return true
}

// index returns the position of m in rs.ms.
func (rs *relSent) index(m *mention) int {
	for i, x := range rs.ms {
		if x == m {
			return i
		}
	}
	return -1
}

// listFrom returns the mention at i and those coordinated with it ("A, B
// and C").
func (rs *relSent) listFrom(i int) []*mention {
	if i < 0 || i >= len(rs.ms) {
		return nil
	}
	i = rs.possessed(i)
	out := []*mention{rs.ms[i]}
	for j := i + 1; j < len(rs.ms) && j < i+window; j++ {
		if k := rs.possessed(j); k != j {
			j = k
		}
		// Trimming removes at most 8 bytes; the longest case is 10.
		g := rs.shortGap(rs.ms[j-1].End, rs.ms[j].Start, 18)
		g = strings.TrimSuffix(strings.TrimSuffix(g, " the"), "the")
		g = strings.TrimSpace(g)
		switch g {
		case ",", "and", ", and", "or", ", or", "as well as", "&", "and in", ", and in", "and the", "and both":
			out = append(out, rs.ms[j])
			continue
		}
		break
	}
	return out
}

// possessed returns the index of the mention that mention i possesses
// ("the Taliban's Haqqani network" → Haqqani network), or i.
func (rs *relSent) possessed(i int) int {
	if i+1 >= len(rs.ms) {
		return i
	}
	g := rs.shortGap(rs.ms[i].End, rs.ms[i+1].Start, 4)
	if g == "'s" || g == "’s" || g == "'" || g == "’" {
		return i + 1
	}
	return i
}

// firstAfter returns the index of the first mention starting at or after
// off whose gap from off is short (at most maxWords words, no clause
// punctuation), or -1.
func (rs *relSent) firstAfter(off, maxWords int) int {
	i := sort.Search(len(rs.ms), func(i int) bool { return rs.ms[i].Start >= off })
	for ; i < len(rs.ms); i++ {
		m := rs.ms[i]
		g := rs.gap(off, m.Start)
		if strings.ContainsAny(g, ";:.") || countFields(g) > maxWords {
			return -1
		}
		if strings.Contains(g, ",") && countFields(g) > 1 {
			return -1
		}
		return i
	}
	return -1
}

// modifier reports a group name used as a modifier of another noun ("an
// Islamic State affiliate"), which is not the clause's subject.
func (rs *relSent) modifier(i int) bool {
	next := firstWords(rs.low[rs.rel(rs.ms[i].End):], 1)
	for _, n := range affiliateNouns {
		if next == n {
			return true
		}
	}
	return next == "brand" || next == "leadership" || next == "ideology"
}

// maxGap bounds the text the rules read between two mentions; farGap
// stands for anything longer (no rule matches it).
const (
	maxGap = 400
	farGap = "\x00far"
)

// window is how many mentions the rules look back or ahead.
const window = 24

// lastBefore returns the index of the last mention ending at or before
// off, or -1.
func (rs *relSent) lastBefore(off int) int {
	i := sort.Search(len(rs.ms), func(i int) bool { return rs.ms[i].End > off })
	return i - 1
}

// subjectBefore returns the actor mention a cue at off predicates of: the
// first armed group of the sentence before off, else the nearest actor.
func (rs *relSent) subjectBefore(off int, types ...string) *mention {
	last := rs.lastBefore(off)
	for i := last; i >= 0 && i > last-window; i-- {
		if rs.ms[i].Ent.Type == model.TypeArmedGroup && !rs.modifier(i) {
			return rs.ms[i]
		}
	}
	for i := last; i >= 0 && i > last-window; i-- {
		for _, t := range types {
			if rs.ms[i].Ent.Type == t {
				return rs.ms[i]
			}
		}
	}
	return nil
}
