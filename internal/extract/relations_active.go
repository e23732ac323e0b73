package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"dossier/internal/gazetteer"
	"dossier/internal/model"
)

// activityCues in a sentence say that its group acts somewhere.
var activityCues = []string{"attack", "bomb", "operat", "active", "presence", "present in", "control",
	"carried out", "launch", "emerged", "expan", "stronghold", "fighter", "killed", "ambush", "claimed",
	"strike", "offensive", "seized", "captured", "took over", "entered", "marched", "activities",
	"insurgen", "territor", "based in", "base in", "combat", "battles", "battle with", "fought", "fighting", "clash", "cells", "branches",
	"power in", "militants in", "foothold", "interest is confined", "took arms", "drove", "established",
	"blast", "explosion", "shooting", "raid", "assault", "massacre", "suicide", "targeted", "held",
	"influence over", "areas of", "hold on", "rule", "ruling"}

var activityCueSet = newStemSet(activityCues)

// locativeWords may stand between a cue preposition and a place: "in the
// eastern province of Nangarhar", "into neighbouring Tajikistan".
var locativeWords = map[string]bool{"the": true, "eastern": true, "western": true, "northern": true,
	"southern": true, "central": true, "north": true, "south": true, "east": true, "west": true,
	"northeastern": true, "northwestern": true, "southeastern": true, "southwestern": true,
	"province": true, "provinces": true, "district": true, "districts": true, "city": true, "of": true,
	"neighbouring": true, "neighboring": true, "capital": true, "parts": true, "areas": true, "region": true,
	"both": true, "mountainous": true, "country's": true, "rural": true, "remote": true, "restive": true}

// locativePreps introduce where something happens.
var locativePreps = map[string]bool{"in": true, "into": true, "across": true, "inside": true,
	"throughout": true, "around": true, "at": true, "on": true, "to": true, "within": true, "entered": true,
	"seized": true, "captured": true, "from": false}

// activeRelations relates the sentence's armed group to the places where
// the sentence says it acts: "attacks in Kabul", "rocket launches into
// Tajikistan", "territorial control in the provinces of A and B".
func (w *work) activeRelations(rs *relSent) []relation {
	if !activityCueSet.in(rs.low) {
		return nil
	}
	var out []relation
	for i := 0; i < len(rs.ms); i++ {
		m := rs.ms[i]
		if m.Ent.Type != model.TypeLocation || !rs.locative(m) {
			continue
		}
		g := w.actorFor(rs, m.Start)
		if g == nil {
			continue
		}
		for _, l := range rs.listFrom(i) {
			for _, p := range w.placesOf(l) {
				out = append(out, relation{subj: g, obj: p, pred: model.RelActiveIn, rule: "active_in", s: rs.s})
			}
		}
	}
	return out
}

// locative reports whether a preposition introduces place mention m:
// reading back over at most five words (of the last 240 bytes, as
// lastWords(…, 6) windows them), each trimmed of commas, a preposition
// says yes and anything but a locative word says no.
func (rs *relSent) locative(m *mention) bool {
	s := rs.low[:rs.rel(m.Start)]
	if len(s) > 240 {
		s = s[len(s)-240:]
	}
	for range 5 {
		f, start := lastField(s)
		if start < 0 {
			return false
		}
		t := strings.Trim(f, ",")
		if locativePreps[t] {
			return true
		}
		if !locativeWords[t] {
			return false
		}
		s = s[:start]
	}
	return false
}

// lastField returns the last space-separated field of s (as
// strings.Fields splits) and where it starts, or "", -1.
func lastField(s string) (string, int) {
	end := len(s)
	for end > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= n
	}
	if end == 0 {
		return "", -1
	}
	start := end
	for start > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:start])
		if unicode.IsSpace(r) {
			break
		}
		start -= n
	}
	return s[start:end], start
}

// actorFor returns the armed group a place at off is said of: the nearest
// armed group before it (a parent's fighters standing for its branch),
// else the main actor a pronoun names, else the first group after it.
func (w *work) actorFor(rs *relSent, off int) *mention {
	if m := rs.subjectBefore(off); m != nil {
		if b := w.branchOf(m); b != m.Ent {
			return &mention{Start: m.Start, End: m.End, Ent: b}
		}
		return m
	}
	if m := rs.pronounSubject(off); m != nil {
		return m
	}
	for _, m := range rs.ms {
		if m.Start >= off && m.Ent.Type == model.TypeArmedGroup {
			return m
		}
	}
	return nil
}

// placesOf maps a place mention to the places active_in names: a site
// ("Kabul airport") gives the city named in it when the document names
// that city.
func (w *work) placesOf(m *mention) []*mention {
	g := m.Ent.Gaz
	if g == nil || g.Kind != gazetteer.KindSite {
		return []*mention{m}
	}
	for _, f := range strings.Fields(m.Text) {
		f = trimPossessive(f)
		if e := w.byForm[normForm(f)]; e != nil && e != m.Ent && e.Type == model.TypeLocation {
			return []*mention{{Start: m.Start, End: m.End, Text: f, Ent: e}}
		}
	}
	return nil
}

// eventRelations adds active_in for the places of the events framed in
// this document: the perpetrator acted where the attack happened (the city
// named in a site's name, and the country when the sentence names it).
func (w *work) eventRelations(seen map[[3]string]bool) {
	byName := map[string]*entity{}
	for _, e := range w.ents {
		if len(e.Mentions) > 0 {
			byName[e.Name] = e
		}
	}
	for _, ev := range w.out.Events {
		if ev.Perpetrator == nil || ev.Location == nil {
			continue
		}
		g := byName[*ev.Perpetrator]
		if g == nil || g.Type != model.TypeArmedGroup {
			continue
		}
		s := w.sents[max(w.sentenceAt(ev.Start), 0)]
		for _, m := range w.mentionsIn(ev.Start, ev.End) {
			if m.Ent == g {
				g = w.branchOf(m)
				break
			}
		}
		subj := &mention{Start: ev.Start, End: ev.Start, Ent: g}
		country := ""
		if ev.Country != nil {
			country = *ev.Country
		}
		for _, place := range w.eventPlaces(*ev.Location, country, ev.Start, ev.End, byName) {
			w.addRelation(relation{subj: subj, obj: &mention{Ent: place}, pred: model.RelActiveIn, rule: "active_in:event", s: s}, seen)
		}
	}
}

// eventPlaces returns the place entities an event location stands for: the
// location itself (or, for a site, the document's place whose name is part
// of the site's name) and any country named inside [start, end).
func (w *work) eventPlaces(loc, country string, start, end int, byName map[string]*entity) []*entity {
	var out []*entity
	if e := byName[loc]; e != nil && e.Type == model.TypeLocation {
		if e.Gaz != nil && e.Gaz.Kind == gazetteer.KindSite {
			for _, m := range e.Mentions {
				if ps := w.placesOf(m); len(ps) > 0 {
					out = append(out, ps[0].Ent)
					break
				}
			}
		} else {
			out = append(out, e)
		}
	}
	if len(out) == 0 || start >= end || end > len(w.text) {
		return out
	}
	for _, m := range w.mentionsIn(start, end) {
		if m.Ent != nil && m.Ent != out[0] && m.Ent.Gaz != nil && m.Ent.Gaz.Kind == gazetteer.KindCountry &&
			m.Ent.Gaz.Country == country && !m.Demonym {
			out = append(out, m.Ent)
			break
		}
	}
	return out
}
