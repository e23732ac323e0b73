package extract

import (
	"sort"
	"strings"

	"dossier/internal/extract/numbers"
	"dossier/internal/model"
	"dossier/internal/segment"
)

// countNouns after a figure name the property it counts.
var countNouns = []struct{ words, prop string }{
	{"foreign fighters", "foreign_fighters"}, {"foreign militants", "foreign_fighters"},
	{"foreign jihadists", "foreign_fighters"}, {"fighters", "fighters"}, {"militants", "fighters"},
	{"combatants", "fighters"}, {"armed men", "fighters"}, {"gunmen", "fighters"},
	{"troops", "fighters"}, {"jihadists", "fighters"}, {"insurgents", "fighters"},
	{"members", "members"}, {"recruits", "recruits"}, {"attacks", "attacks"},
	{"operations", "operations"}, {"suicide bombers", "suicide_bombers"},
}

// frameEstimates fills w.out.Estimates: counts of fighters, members and
// attacks ("estimated to have around 3000 fighters", "77 attacks"),
// changes in attacks ("declined by about 94%", "three times as many"),
// each with its subject, its bounds and the date it refers to.
func (w *work) frameEstimates() {
	for _, q := range w.nums {
		if q.OneOf || q.Money {
			continue
		}
		si := w.sentenceAt(q.Start)
		if si < 0 {
			continue
		}
		s := w.sents[si]
		prop, rule := w.estimateProperty(q, s, si)
		if prop == "" {
			continue
		}
		subj := w.estimateSubject(q, s, prop)
		if subj == nil && prop == "attack_increase_factor" && len(w.out.Estimates) > 0 {
			subj = w.lastEstimateSubject(si)
		}
		if subj == nil {
			continue
		}
		est := model.ExtractedEstimate{Subject: subj.Name, Property: prop, Approx: q.Approx,
			AsOf: w.estimateDate(q, s, si), Evidence: w.evidence(s), Rule: rule}
		est.Min, est.Max = bounds(q)
		w.out.Estimates = append(w.out.Estimates, est)
	}
}

// sentenceAt returns the index of the sentence containing off, or -1.
func (w *work) sentenceAt(off int) int {
	i := sort.Search(len(w.sents), func(i int) bool { return w.sents[i].End > off })
	if i < len(w.sents) && w.sents[i].Start <= off {
		return i
	}
	return -1
}

// bounds returns the figure's min and max (an exact figure for a bare
// value).
func bounds(q numbers.Quantity) (*float64, *float64) {
	if q.Min == nil && q.Max == nil {
		v := q.Value
		return &v, &v
	}
	return q.Min, q.Max
}

// estimateProperty says what the figure q counts, or "".
func (w *work) estimateProperty(q numbers.Quantity, s segment.Sentence, si int) (string, string) {
	low := w.lower()[s.Start:s.End]
	before := low[:q.Start-s.Start]
	after := strings.TrimLeft(w.lower()[q.End:min(s.End, q.End+80)], " \u00a0")
	switch {
	case q.Percent:
		if !strings.Contains(low, "attack") {
			return "", ""
		}
		clause := lastWords(before, 6)
		if containsAny(clause, []string{"declin", "decreas", "fell", "drop", "reduc", "down"}) {
			return "attack_decline_pct", "estimate:decline"
		}
		if containsAny(clause, []string{"increas", "rose", "grew", "up by", "jump", "surge"}) {
			return "attack_increase_pct", "estimate:increase"
		}
		return "", ""
	case q.Factor:
		ctx := low
		if si > 0 {
			ctx = w.lower()[w.sents[si-1].Start:s.End]
		}
		if strings.HasPrefix(after, "as many") || strings.HasPrefix(after, "more") {
			if strings.Contains(ctx, "attack") {
				return "attack_increase_factor", "estimate:factor"
			}
		}
		return "", ""
	}
	if q.Vague {
		return "", ""
	}
	for _, c := range countNouns {
		if strings.HasPrefix(after, c.words) && wordBounded(after, 0, len(c.words)) {
			return c.prop, "estimate:count:" + c.words
		}
	}
	return "", ""
}

// estimateSubject returns the entity the figure is about: a group the
// sentence names ("attacks by X", "X has ... fighters"), the main actor a
// generic reference stands for, or the place counted ("foreign fighters in
// Afghanistan") when no group is named.
func (w *work) estimateSubject(q numbers.Quantity, s segment.Sentence, prop string) *entity {
	var group, place *mention
	for _, m := range w.mentionsIn(s.Start, s.End) {
		if m.Ent == nil || m.Demonym {
			continue
		}
		if m.Ent.Type == model.TypeArmedGroup && (group == nil || m.Start > q.End && group.Start < q.Start && w.byAgent(q, m)) {
			group = m
		}
		if m.Ent.Type == model.TypeLocation && m.Start > q.End && place == nil {
			place = m
		}
	}
	switch {
	case group != nil:
		return w.branchOf(group)
	case place != nil && (prop == "foreign_fighters" || prop == "fighters"):
		return place.Ent
	}
	return nil
}

// byAgent reports "77 attacks by X": the group right after the noun.
func (w *work) byAgent(q numbers.Quantity, m *mention) bool {
	g := asciiLower(gapText(w.text, q.End, m.Start))
	f := strings.Fields(g)
	return len(f) <= 3 && len(f) >= 2 && f[len(f)-1] == "by"
}

// fighterNouns after a parent group's name ("IS fighters") may denote
// the members of its local branch.
var fighterNouns = []string{"fighters", "militants", "assassins", "gunmen", "members", "cells", "jihadists"}

// branchOf returns the entity mention m stands for in counts and events:
// "IS fighters" in a document about one branch of IS (named at least twice)
// are that branch's fighters; otherwise m's own entity.
func (w *work) branchOf(m *mention) *entity {
	e := m.Ent
	if e.Gaz == nil {
		return e
	}
	next := w.wordAt(m.End)
	if next == nil || !spaceOnly(w.text, m.End, next.Start) || !containsAny(strings.ToLower(next.Text), fighterNouns) {
		return e
	}
	var branch *entity
	for _, b := range w.ents {
		if b.Gaz == nil || len(b.Mentions) < 2 {
			continue
		}
		for _, p := range b.Gaz.Parents {
			if p == e.Gaz.ID {
				if branch != nil && branch != b {
					return e
				}
				branch = b
			}
		}
	}
	if branch == nil {
		return e
	}
	return branch
}

// estimateDate returns the date the figure refers to: a date expression of
// its sentence (the end of an interval), none for "at its height", else the
// publication year for a present-tense statement.
func (w *work) estimateDate(q numbers.Quantity, s segment.Sentence, si int) model.Date {
	low := w.lower()[s.Start:s.End]
	if containsAny(low, []string{"at its height", "at its peak", "at the height"}) {
		return model.Date{}
	}
	var best model.Date
	for _, d := range w.dates {
		if d.Start < s.Start || d.End > s.End {
			continue
		}
		if !d.Until.IsZero() {
			best = d.Until
		} else if !d.Date.IsZero() {
			best = d.Date
		}
	}
	if !best.IsZero() {
		return best
	}
	if containsAny(" "+low, []string{" has ", " have ", " is ", " are ", " numbers ", " estimated to have"}) && w.ref.Year > 0 {
		return model.YearDate(w.ref.Year)
	}
	return model.Date{}
}

// lastEstimateSubject returns the subject of an estimate read from the
// sentence before si ("77 attacks ... That's three times as many").
func (w *work) lastEstimateSubject(si int) *entity {
	if si == 0 {
		return nil
	}
	last := w.out.Estimates[len(w.out.Estimates)-1]
	if last.Start != w.sents[si-1].Start {
		return nil
	}
	for _, e := range w.ents {
		if e.Name == last.Subject {
			return e
		}
	}
	return nil
}

// lower returns the document text lower-cased in place (ASCII only).
func (w *work) lower() string {
	if w.low == "" && w.text != "" {
		w.low = asciiLower(w.text)
	}
	return w.low
}
