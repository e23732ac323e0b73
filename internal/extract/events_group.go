package extract

import (
	"sort"
	"strings"

	"dossier/internal/gazetteer"
	"dossier/internal/model"
)

// groupIncidents splits the document's sentences into incidents: a
// sentence that reports an attack starts a new incident unless it refers
// back to the one being narrated ("the blast", same date and place);
// sentences without attack words join the incident of their paragraph.
func (w *work) groupIncidents(sents []*evSent) []*incident {
	var incs []*incident
	var cur *incident
	var lead []*evSent // a summary's sentences before its first attack word
	for _, s := range sents {
		if !w.isHead(s) {
			last := (*evSent)(nil)
			if cur != nil {
				last = cur.Sents[len(cur.Sents)-1]
			}
			if cur != nil && (w.shortDoc() || s.S.Para == last.S.Para || s.Idx == last.Idx+1 && attributes(s)) {
				cur.Sents = append(cur.Sents, s)
			} else if cur == nil && w.shortDoc() && len(s.Toks) > 0 {
				lead = append(lead, s)
			}
			continue
		}
		if cur == nil && len(lead) > 0 {
			cur = &incident{Sents: append(lead, s), Date: firstDate(s), Place: w.placeKey(s), Lead: len(lead)}
			incs = append(incs, cur)
			continue
		}
		if cur != nil && !w.startsNew(cur, s) {
			cur.Sents = append(cur.Sents, s)
			continue
		}
		cur = &incident{Sents: []*evSent{s}, Date: firstDate(s), Place: w.placeKey(s), Ref: refersBack(s)}
		incs = append(incs, cur)
	}
	return incs
}

// isHead reports whether s reports an attack: an attack verb or a noun
// that is not a generic plural, and, in a long article, something that
// pins it down (a date, a place or a casualty figure).
func (w *work) isHead(s *evSent) bool {
	short := w.shortDoc()
	if w.titleLike(s) {
		return false
	}
	strong, specific := false, false
	for _, c := range s.Cues {
		if c.Def.Fam == famNone || (!short || !c.Solo) && genericPlural(s.Toks, c) {
			continue
		}
		strong = true
		if c.Def.Fam != famKill && s.Toks[c.Tok].Low != "attacking" {
			specific = true
		}
	}
	if !strong {
		return false
	}
	if short {
		return true
	}
	if hypothetical(s.Toks) {
		return false
	}
	if !specific && !w.hasFigure(s.Toks) {
		return false // "accused the Kremlin of killing Muslims"
	}
	if perfectClash(s) {
		return false // "has fought the government since 2007": a conflict, not an incident
	}
	if pointDates(s) || w.placeKey(s) != "" || w.hasFigure(s.Toks) {
		return true
	}
	// "X has been blamed for ... where they shot dead pregnant women"
	return hasWord(s.Toks, "blamed", "claimed", "responsibility", "responsible") && specific
}

// pointDates reports a date expression that is not a period bound
// ("since 2000").
func pointDates(s *evSent) bool {
	for _, d := range s.Dates {
		if !sinceDate(s.Toks, d) {
			return true
		}
	}
	return false
}

// perfectClash reports fighting told in the perfect ("have fought each
// other since 2020").
func perfectClash(s *evSent) bool {
	for _, c := range s.Cues {
		if c.Def.Fam == famClash && c.Tok > 0 && (s.Toks[c.Tok-1].Low == "has" || s.Toks[c.Tok-1].Low == "have") {
			return true
		}
	}
	return false
}

// attributes reports a sentence about who did it ("officials blamed X").
func attributes(s *evSent) bool {
	return hasWord(s.Toks, "responsibility", "claimed", "blamed", "attributed", "suspected", "accused")
}

// titleLike reports a headline: a title block, or a first line without
// final punctuation followed by more text.
func (w *work) titleLike(s *evSent) bool {
	if w.doc.BlockAt(s.S.Start) == model.BlockTitle {
		return true
	}
	if s.Idx != 0 || len(w.sents) < 2 || s.S.End == 0 {
		return false
	}
	last := w.text[s.S.End-1]
	return last != '.' && last != '!' && last != '?' && last != '"' && w.sents[1].Para != s.S.Para
}

// genericPlural reports whether the cue is a bare plural noun ("attacks",
// "bombings") that speaks of attacks in general.
func genericPlural(toks []etok, c cueHit) bool {
	switch c.Def.Phrase {
	case "attacks", "bombings", "clashes", "shootings", "explosions", "blasts", "suicide attacks":
	default:
		return false
	}
	if c.Tok > 0 {
		switch p := toks[c.Tok-1]; {
		case p.Low == "several" || p.Low == "multiple" || p.Low == "twin" || p.Low == "coordinated":
			return false // "several explosions at the airport": one incident
		case wordNumber(p.Low) > 1 && wordNumber(p.Low) <= 5:
			return false
		}
	}
	return true // a count of attacks ("77 attacks") is an estimate, not an incident
}

// hypothetical reports sentences about what could or might happen.
func hypothetical(toks []etok) bool {
	return hasWord(toks, "could", "might", "would", "threatened", "threatens", "plans", "plotting", "if", "will") ||
		findPhrase(toks, 0, "going to") >= 0
}

// startsNew reports whether attack sentence s begins an incident other
// than cur.
func (w *work) startsNew(cur *incident, s *evSent) bool {
	last := cur.Sents[len(cur.Sents)-1]
	if refersBack(s) {
		// "the attack" in a later paragraph of an article may be another one
		return !w.shortDoc() && s.S.Para != last.S.Para && pointDates(s)
	}
	if d := firstDate(s); !d.IsZero() && !cur.Date.IsZero() && !d.Compatible(cur.Date) {
		return true
	}
	if s.S.Para != last.S.Para {
		return true
	}
	if w.shortDoc() {
		return false
	}
	k := w.placeKey(s)
	return k != "" && cur.Place != "" && k != cur.Place
}

// refersBack reports whether every attack word of s is a definite noun or
// a claim of responsibility: "No group claimed responsibility for the
// attack", "The blast damaged ...".
func refersBack(s *evSent) bool {
	if hasWord(s.Toks, "responsibility", "attributed", "suspected", "blamed") && !casualtyIn(s.Toks) {
		return true
	}
	for _, c := range s.Cues {
		if c.Def.Fam == famNone {
			continue
		}
		if !c.Def0 {
			return false
		}
	}
	return true
}

// firstDate returns the first resolved date expression of s.
func firstDate(s *evSent) model.Date {
	for _, d := range s.Dates {
		if !d.Date.IsZero() && !d.Anaphoric {
			return d.Date
		}
	}
	return model.Date{}
}

// placeKey identifies the first place named in s ("" if none): the
// gazetteer ID of a location match that is not a demonym.
func (w *work) placeKey(s *evSent) string {
	for _, m := range w.matchesIn(s.S.Start, s.S.End) {
		if m.Entry != nil && !m.Demonym && isPlaceEntry(m.Entry) {
			return m.Entry.ID
		}
	}
	return ""
}

// matchesIn returns the gazetteer matches inside [start, end) (matches
// are in text order).
func (w *work) matchesIn(start, end int) []gazetteer.Match {
	i := sort.Search(len(w.matches), func(i int) bool { return w.matches[i].Start >= start })
	j := i
	for j < len(w.matches) && w.matches[j].Start < end {
		j++
	}
	for j > i && w.matches[j-1].End > end {
		j-- // non-overlapping and in order: only the last may stick out
	}
	return w.matches[i:j]
}

// isPlaceEntry reports gazetteer entries that can locate an event.
func isPlaceEntry(e *gazetteer.Entry) bool {
	switch e.Kind {
	case gazetteer.KindCountry, gazetteer.KindAdmin1, gazetteer.KindAdmin2, gazetteer.KindPlace,
		gazetteer.KindSite, gazetteer.KindRegion:
		return true
	}
	return false
}

// mergeEvents joins events that describe the same incident: same kind
// family, compatible dates and the same place.
// An undated event begun by a definite reference ("the petrified attack
// ... in Afghanistan") joins the latest earlier event in its country.
func (w *work) mergeEvents(evs []model.ExtractedEvent, refs []bool) []model.ExtractedEvent {
	out := []model.ExtractedEvent{}
	for k, e := range evs {
		j := -1
		for i := range out {
			if w.sameIncident(out[i], e) {
				j = i
				break
			}
		}
		if j < 0 && refs[k] && e.Date.IsZero() && (e.Location == nil || w.isCountryName(e)) {
			for i := len(out) - 1; i >= 0; i-- {
				if e.Country == nil || out[i].Country != nil && *out[i].Country == *e.Country {
					j = i
					break
				}
			}
		}
		if j < 0 {
			out = append(out, e)
			continue
		}
		fillEvent(&out[j], e)
	}
	return out
}

// sameIncident reports two events of one document that are one attack.
func (w *work) sameIncident(a, b model.ExtractedEvent) bool {
	if !w.samePlace(a, b) {
		return false
	}
	if a.Date.IsZero() != b.Date.IsZero() {
		return true // an undated mention (a caption, "the men who attacked ...") of a dated attack there
	}
	return a.Date.Compatible(b.Date)
}

// samePlace reports events at the same named place, or at places within
// 25 km of each other in one country (an airport and its city).
func (w *work) samePlace(a, b model.ExtractedEvent) bool {
	if a.Location == nil || b.Location == nil {
		return false
	}
	if *a.Location == *b.Location {
		return true
	}
	if w.isCountryName(a) || w.isCountryName(b) {
		return false
	}
	if a.Country == nil || b.Country == nil || *a.Country != *b.Country || a.Lat == nil || b.Lat == nil {
		return false
	}
	return gazetteer.DistanceKm(*a.Lat, *a.Lon, *b.Lat, *b.Lon) <= 25
}

// fillEvent copies into a what b knows and a does not.
func fillEvent(a *model.ExtractedEvent, b model.ExtractedEvent) {
	if a.Perpetrator == nil {
		a.Perpetrator, a.Attribution = b.Perpetrator, b.Attribution
	}
	if a.Killed == nil {
		a.Killed, a.KilledParts = b.Killed, b.KilledParts
	}
	if a.Injured == nil {
		a.Injured = b.Injured
	}
	if a.Date.IsZero() && !b.Date.IsZero() {
		a.Evidence, a.Rule = b.Evidence, b.Rule // the dated report is the better evidence
	}
	if b.Date.Prec > a.Date.Prec {
		a.Date, a.DateText = b.Date, b.DateText
	}
	if a.Kind == model.KindOther || a.Kind == model.KindArmedAssault && b.Kind != model.KindOther {
		a.Kind = b.Kind
	}
}

// isCountryName reports an event located only by its country.
func (w *work) isCountryName(e model.ExtractedEvent) bool {
	if e.Country == nil || e.Location == nil {
		return false
	}
	c := w.gaz.Country(*e.Country)
	return c != nil && strings.EqualFold(c.Name, *e.Location)
}
