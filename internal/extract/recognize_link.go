package extract

import (
	"sort"
	"strings"
)

// addRepeatedForms finds the later (and earlier) uses of surface forms that
// rules learned: an acronym defined once is recognised everywhere.
func (w *work) addRepeatedForms() {
	forms := map[string]*entity{}
	for _, m := range w.mentions {
		if !m.dead && m.Ent != nil && !m.Descriptive && (m.Ent.Gaz == nil || m.Rule != "") {
			forms[cleanForm(m.Text)] = m.Ent
		}
	}
	keys := make([]string, 0, len(forms))
	for f := range forms {
		keys = append(keys, f)
	}
	sort.Slice(keys, func(i, j int) bool {
		return len(keys[i]) > len(keys[j]) || len(keys[i]) == len(keys[j]) && keys[i] < keys[j]
	})
	for _, f := range keys {
		w.addOccurrences(f, forms[f], "repeat")
	}
}

// addOccurrences records every free, word-aligned occurrence of form.
func (w *work) addOccurrences(form string, e *entity, rule string) {
	if len(form) < 2 {
		return
	}
	for off := 0; off < len(w.text); {
		k := strings.Index(w.text[off:], form)
		if k < 0 {
			return
		}
		s := off + k
		end := s + len(form)
		off = end
		if !w.wordAligned(s, end) || w.overlaps(s, end) {
			continue
		}
		if m := w.addMention(s, end, e); m != nil {
			m.Rule = rule
		}
	}
}

// wordAligned reports whether [s, e) starts and ends at word boundaries
// (a possessive "'s" may follow).
func (w *work) wordAligned(s, e int) bool {
	i := w.wordIndex(s)
	if i >= len(w.words) || w.words[i].Start != s {
		return false
	}
	for ; i < len(w.words) && w.words[i].End < e; i++ {
	}
	if i >= len(w.words) {
		return false
	}
	we := w.words[i].End
	return we == e || trimPossessive(w.text[w.words[i].Start:we]) == w.text[w.words[i].Start:e]
}

// clusterShortForms links single-word short forms of people ("Marwan",
// "Biden") and "X province" / "X district" to their entities.
func (w *work) clusterShortForms() {
	for _, e := range w.ents {
		if e.Type != "person" || len(e.Mentions) == 0 {
			continue
		}
		parts := strings.Fields(cleanForm(e.Mentions[0].Text))
		if len(parts) < 2 {
			continue
		}
		for _, p := range []string{parts[0], parts[len(parts)-1]} {
			if len([]rune(p)) < 3 || nameStop[p] || nameParticles[strings.ToLower(p)] || !capitalised(p) {
				continue
			}
			if w.exactLookup(p) != nil {
				continue
			}
			w.addOccurrences(p, e, "short_form")
		}
	}
	w.extendAdminWords()
}

// adminWords after a place name belong to it ("Nangarhar province").
var adminWords = map[string]bool{"province": true, "district": true, "Province": true, "District": true,
	"governorate": true, "Governorate": true}

func (w *work) extendAdminWords() {
	for _, m := range w.mentions {
		if m.dead || m.Ent == nil || m.Ent.Type != "location" {
			continue
		}
		i := w.wordIndex(m.End)
		if i >= len(w.words) || !adminWords[w.words[i].Text] || gapText(w.text, m.End, w.words[i].Start) != "" {
			continue
		}
		if w.overlaps(w.words[i].Start, w.words[i].End) {
			continue
		}
		w.take(w.words[i].Start, w.words[i].End, w.owner[m.Start])
		m.End = w.words[i].End
		m.Text = w.text[m.Start:m.End]
	}
}

// genericCues refer back to the document's main actor.
var genericCues = []string{"the terror militia", "the militia", "the group", "the militants",
	"the organisation", "the organization", "the faction", "the jihadist group", "the terrorist group",
	"the militant group", "the outfit", "the terror group", "the extremist group"}

// addGenerics links generic references to the salient armed group.
func (w *work) addGenerics() {
	w.actor = w.salientActor()
	if w.actor == nil {
		return
	}
	lower := w.lower()
	thes := indexAll(lower, genericLead) // every cue starts with it
	for _, cue := range genericCues {
		off := 0
		for _, s := range thes {
			if s < off || !strings.HasPrefix(lower[s:], cue) {
				continue
			}
			e := s + len(cue)
			off = e
			if !w.wordAligned(s, e) || w.overlaps(s, e) {
				continue
			}
			m := w.newMention(mention{Start: s, End: e, Text: w.text[s:e], Ent: w.actor, Generic: true, Rule: "generic"})
			w.push(m)
			w.actor.Mentions = append(w.actor.Mentions, m)
		}
	}
}

// genericLead opens every generic cue; addGenerics finds its occurrences
// once and tests the cues only there.
const genericLead = "the "

func init() {
	for _, cue := range genericCues {
		if !strings.HasPrefix(cue, genericLead) {
			panic("extract: generic cue " + cue + " does not start with " + genericLead)
		}
	}
}

// indexAll returns the offsets of the non-overlapping occurrences of sub
// in s.
func indexAll(s, sub string) []int {
	var out []int
	for off := 0; ; {
		k := strings.Index(s[off:], sub)
		if k < 0 {
			return out
		}
		out = append(out, off+k)
		off += k + len(sub)
	}
}

// salientActor returns the armed group with the most mentions (the first
// mentioned on a tie).
func (w *work) salientActor() *entity {
	var best *entity
	for _, e := range w.ents {
		if e.Type != "armed_group" {
			continue
		}
		if best == nil || len(e.Mentions) > len(best.Mentions) {
			best = e
		}
	}
	return best
}
