package extract

import (
	"dossier/internal/extract/timex"
	"dossier/internal/model"
	"dossier/internal/segment"
)

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
}

func (inc *incident) head() *evSent { return inc.Sents[0] }

// frameEvents fills w.out.Events: one event per incident the document
// reports, framed with kind, date, place, perpetrator and casualties.
func (w *work) frameEvents() {
	sents := w.eventSentences()
	incs := w.groupIncidents(sents)
	var prev model.Date
	for _, inc := range incs {
		ev, ok := w.frameIncident(inc, prev, len(incs))
		if !ok {
			continue
		}
		if !ev.Date.IsZero() {
			prev = ev.Date
		}
		w.out.Events = append(w.out.Events, ev)
	}
	w.out.Events = mergeEvents(w.out.Events)
}

// eventSentences tokenises every sentence and finds its attack cues and
// date expressions.
func (w *work) eventSentences() []*evSent {
	out := make([]*evSent, 0, len(w.sents))
	di := 0
	for i, s := range w.sents {
		es := &evSent{Idx: i, S: s}
		for di < len(w.dates) && w.dates[di].Start < s.Start {
			di++
		}
		for j := di; j < len(w.dates) && w.dates[j].End <= s.End; j++ {
			es.Dates = append(es.Dates, w.dates[j])
		}
		if w.doc.BlockAt(s.Start) == model.BlockByline || w.doc.BlockAt(s.Start) == model.BlockBio {
			out = append(out, es)
			continue
		}
		es.Toks = eventTokens(w.text, s.Start, s.End)
		es.Cues = findCues(es.Toks)
		out = append(out, es)
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
func (w *work) shortDoc() bool { return len(w.text) < 2500 && len(w.sents) <= 12 }

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
