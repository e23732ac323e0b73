package extract

import (
	"sort"
	"strings"

	"dossier/internal/extract/timex"
	"dossier/internal/gazetteer"
	"dossier/internal/model"
	"dossier/internal/segment"
)

// maxEventSentence bounds the sentences read for events: a longer
// "sentence" is a run-on page dump, not a report (and would make the
// phrase walks quadratic).
const maxEventSentence = 20000

// evSent is one sentence as event framing sees it.
type evSent struct {
	Idx   int
	S     segment.Sentence
	Toks  []etok
	Cues  []cueHit
	Dates []timex.Expr
}

// incident is the set of sentences narrating one violent event.
type incident struct {
	Sents []*evSent
	Date  model.Date // resolved while grouping, to tell incidents apart
	Place string     // normalised key of the head sentence's place, "" if none
	Ref   bool       // begun by a definite reference ("the attack") rather than a report
	Lead  int        // a summary's sentences before its first attack word come first
}

// head returns the sentence that reports the attack.
func (inc *incident) head() *evSent { return inc.Sents[inc.Lead] }

// ordered returns the incident's sentences, the head first.
func (inc *incident) ordered() []*evSent {
	if inc.Lead == 0 {
		return inc.Sents
	}
	out := append([]*evSent{}, inc.Sents[inc.Lead:]...)
	return append(out, inc.Sents[:inc.Lead]...)
}

// frameEvents fills w.out.Events: one event per incident the document
// reports, framed with kind, date, place, perpetrator and casualties.
func (w *work) frameEvents() {
	if !sort.SliceIsSorted(w.matches, func(i, j int) bool { return w.matches[i].Start < w.matches[j].Start }) {
		ms := append([]gazetteer.Match(nil), w.matches...)
		sort.SliceStable(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
		defer func(orig []gazetteer.Match) { w.matches = orig }(w.matches)
		w.matches = ms
	}
	sents := w.eventSentences()
	incs := w.groupIncidents(sents)
	var prev model.Date
	var refs []bool
	for _, inc := range incs {
		ev, ok := w.frameIncident(inc, prev, len(incs))
		if !ok {
			continue
		}
		if !ev.Date.IsZero() {
			prev = ev.Date
		}
		w.out.Events = append(w.out.Events, ev)
		refs = append(refs, inc.Ref)
		for _, other := range w.pairedCountries(inc, ev) {
			w.out.Events = append(w.out.Events, other)
			refs = append(refs, false)
		}
	}
	w.out.Events = w.mergeEvents(w.out.Events, refs)
}

// eventSentences tokenises every sentence and finds its attack cues and
// date expressions.
func (w *work) eventSentences() []*evSent {
	out := make([]*evSent, 0, len(w.sents))
	di := 0
	short := w.shortDoc()
	buf := w.scratch.etoks[:0]
	defer func() { w.scratch.etoks = buf }()
	slab := make([]evSent, len(w.sents))
	for i, s := range w.sents {
		es := &slab[i]
		*es = evSent{Idx: i, S: s}
		for di < len(w.dates) && w.dates[di].Start < s.Start {
			di++
		}
		for j := di; j < len(w.dates) && w.dates[j].End <= s.End; j++ {
			es.Dates = append(es.Dates, w.dates[j])
		}
		if w.doc.BlockAt(s.Start) == model.BlockByline || w.doc.BlockAt(s.Start) == model.BlockBio ||
			s.End-s.Start > maxEventSentence {
			out = append(out, es)
			continue
		}
		if !short && !mayReport(s.Text) {
			out = append(out, es)
			continue
		}
		if buf == nil {
			buf = make([]etok, 0, len(w.text)/8+1)
		}
		es.Toks, buf = eventTokens(w.text, w.lower(), s.Start, s.End, buf)
		es.Cues = findCues(es.Toks)
		out = append(out, w.splitClauses(es)...)
	}
	markSolo(out, w)
	return out
}

// markSolo lets generic plurals head an incident in a summary that names
// its attack no other way ("attempted to carry out attacks on polling
// stations").
func markSolo(sents []*evSent, w *work) {
	for _, s := range sents {
		for _, c := range s.Cues {
			if c.Def.Fam != famNone && !genericPlural(s.Toks, c) && !w.titleLike(s) {
				return
			}
		}
	}
	for _, s := range sents {
		for i := range s.Cues {
			s.Cues[i].Solo = true
		}
	}
}

// reportStems are the word stems without which an article's sentence
// can neither report an attack nor attribute one.
var reportStems = []string{"kill", "attack", "bomb", "blast", "explo", "shot", "shoot", "fire", "wound",
	"injur", "hurt", "kidnap", "abduct", "hostage", "hijack", "ambush", "clash", "assault", "raid", "storm",
	"rocket", "mortar", "grenade", "detonat", "suicide", "gunm", "dead", "died", "death", "murder", "stab",
	"behead", "assassin", "torch", "arson", "claim", "responsib", "attribut", "blame", "suspect",
	"incident", "ied", "fought", "battle", "arms", "defeat", "drove", "siege", "massacre", "atrocit",
	"lives", "sniper", "knife", "machete", "acid", "slain", "execut", "lynch", "ricin", "poison", "anthrax",
	"rammed", "shell", "landmine", "casualt", "hammer", "sword", "stick", "club", "stone", "cut off", "iron rod"}

// mayReport is a cheap filter: whether the sentence has any report stem.
func mayReport(s string) bool { return reportStemSet.inLower(s) }

var reportStemSet = newStemSet(reportStems)

// splitClauses splits a sentence that reports two attacks in coordinated
// clauses ("..., and they also conducted a suicide bombing in ...") at the
// ", and" or ";" between them, so that each clause frames its own event.
func (w *work) splitClauses(es *evSent) []*evSent {
	for k := 1; k+1 < len(es.Toks); k++ {
		t := es.Toks[k]
		if !(t.Low == ";" || t.Low == "," && es.Toks[k+1].Low == "and") {
			continue
		}
		left, right := cuesBetween(es, 0, k), cuesBetween(es, k+1, len(es.Toks))
		if !left || !right {
			continue
		}
		a, b := es.S, es.S
		a.End = es.Toks[k-1].End
		b.Start = es.Toks[k+1].Start
		if t.Low == "," {
			b.Start = es.Toks[k+2].Start
		}
		a.Text, b.Text = w.text[a.Start:a.End], w.text[b.Start:b.End]
		first := &evSent{Idx: es.Idx, S: a, Toks: es.Toks[:k], Dates: datesIn(es.Dates, a)}
		first.Cues = findCues(first.Toks)
		rest := &evSent{Idx: es.Idx, S: b, Toks: es.Toks[k+1:], Dates: datesIn(es.Dates, b)}
		if len(rest.Dates) == 0 {
			rest.Dates = first.Dates // "in 2022, X did A, and they also did B"
		}
		if t.Low == "," {
			rest.Toks = es.Toks[k+2:]
		}
		rest.Cues = findCues(rest.Toks)
		return append([]*evSent{first}, w.splitClauses(rest)...)
	}
	return []*evSent{es}
}

// cuesBetween reports an indefinite, specific attack cue in toks[from:to].
func cuesBetween(es *evSent, from, to int) bool {
	for _, c := range es.Cues {
		if c.Tok >= from && c.Tok < to && c.Def.Fam != famNone && c.Def.Fam != famKill &&
			!c.Def0 && !genericPlural(es.Toks, c) && c.Def.Fam != famAssault {
			return true
		}
	}
	return false
}

// datesIn returns the date expressions inside the sentence span s.
func datesIn(ds []timex.Expr, s segment.Sentence) []timex.Expr {
	var out []timex.Expr
	for _, d := range ds {
		if d.Start >= s.Start && d.End <= s.End {
			out = append(out, d)
		}
	}
	return out
}

// frameIncident builds the event of one incident. prev is the date of the
// event narrated before it (for "a month later"); n the number of incidents
// in the document.
func (w *work) frameIncident(inc *incident, prev model.Date, n int) (model.ExtractedEvent, bool) {
	h := inc.head()
	ev := model.ExtractedEvent{Evidence: w.evidence(h.S), Rule: "events/" + cueRule(inc)}
	ev.Kind = incidentKind(inc)
	d, dt := w.incidentDate(inc, prev, n)
	ev.Date, ev.DateText = d, dt
	w.placeEvent(inc, &ev)
	w.perpEvent(inc, &ev)
	w.casualtyEvent(inc, &ev, n == 1 && w.shortDoc())
	return ev, true
}

// shortDoc reports whether the document is a short incident summary rather
// than an article: such summaries state an incident's tally as its count.
func (w *work) shortDoc() bool {
	if len(w.text) >= 2500 || len(w.sents) > 12 {
		return false
	}
	return len(w.sents) == 0 || w.sents[len(w.sents)-1].Para <= 1 // a headline and one paragraph at most
}

// cueRule names the first attack cue of the incident, for --explain.
func cueRule(inc *incident) string {
	for _, s := range inc.Sents {
		for _, c := range s.Cues {
			if c.Def.Fam != famNone {
				return c.Def.Phrase
			}
		}
	}
	return "incident"
}

// pairedCountries returns copies of ev for the other countries of a
// "into Tajikistan and Uzbekistan" phrase in its head sentence: attacks
// launched into two countries are one event per country.
func (w *work) pairedCountries(inc *incident, ev model.ExtractedEvent) []model.ExtractedEvent {
	if ev.Location == nil || !w.isCountryName(ev) {
		return nil
	}
	h := inc.head()
	ms := w.matchesIn(h.S.Start, h.S.End)
	var out []model.ExtractedEvent
	for i := 0; i+1 < len(ms); i++ {
		a, b := ms[i], ms[i+1]
		if a.Entry == nil || b.Entry == nil || a.Demonym || b.Demonym || a.Entry.Kind != gazetteer.KindCountry ||
			b.Entry.Kind != gazetteer.KindCountry || strings.TrimSpace(w.text[a.End:b.Start]) != "and" ||
			a.Entry.Name != *ev.Location {
			continue
		}
		e := ev
		name, code := b.Entry.Name, countryOf(b.Entry)
		e.Location, e.Country, e.Lat, e.Lon = &name, &code, nil, nil
		if lat, lon, ok := w.gaz.Coord(b.Entry); ok {
			e.Lat, e.Lon = &lat, &lon
		}
		out = append(out, e)
	}
	return out
}
