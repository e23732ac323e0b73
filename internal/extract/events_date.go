package extract

import (
	"strings"

	"dossier/internal/extract/timex"
	"dossier/internal/model"
)

// incidentDate dates an incident: the first date expression of its head
// sentence ("on Thursday" against the publication date; "a month later"
// against the previous event), else one in another sentence that reports
// the attack itself. A one-incident summary that names no day is dated
// by its publication date, which for such summaries is the incident's.
func (w *work) incidentDate(inc *incident, prev model.Date, n int) (model.Date, string) {
	h := inc.head()
	summary := n == 1 && w.shortDoc() && !w.doc.Published.IsZero()
	if d, text, ok := sentenceDate(h, prev); ok {
		if !summary || plausibleSummaryDate(d, w.ref) {
			return d, text
		}
		return w.ref, ""
	}
	for _, s := range inc.ordered()[1:] {
		if refersBack(s) || !w.isHead(s) || aftermath(s.Toks) {
			continue
		}
		if d, text, ok := sentenceDate(s, prev); ok && (!summary || plausibleSummaryDate(d, w.ref)) {
			return d, text
		}
	}
	if summary {
		return w.ref, ""
	}
	for _, s := range inc.Sents {
		if d, text, ok := sentenceDate(s, prev); ok && len(s.Cues) > 0 {
			return d, text // "claimed the attack outside X on 26 August"
		}
	}
	if d, text, ok := w.monthNoun(h); ok {
		return d, text
	}
	return model.Date{}, ""
}

// monthNoun reads "A May car bombing": a month name used as a modifier of
// the attack noun, the latest such month not after the reference date.
func (w *work) monthNoun(s *evSent) (model.Date, string, bool) {
	if w.ref.IsZero() {
		return model.Date{}, "", false
	}
	for _, c := range s.Cues {
		i := c.Tok - 1
		for i >= 0 && (s.Toks[i].Low == "car" || s.Toks[i].Low == "suicide" || s.Toks[i].Low == "deadly") {
			i--
		}
		if i < 1 || !c.Def.Noun {
			continue
		}
		m := monthNumber(s.Toks[i].Low)
		if m == 0 || !s.Toks[i].isCap() || (s.Toks[i-1].Low != "a" && s.Toks[i-1].Low != "the") {
			continue
		}
		y := w.ref.Year
		if w.ref.Prec >= model.PrecMonth && m > w.ref.Month {
			y--
		}
		return model.MonthDate(y, m), s.Toks[i-1].Text + " " + s.Toks[i].Text, true
	}
	return model.Date{}, "", false
}

var monthNames = []string{"january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december"}

// monthNumber returns 1–12 for a lower-case month name, else 0.
func monthNumber(s string) int {
	for i, m := range monthNames {
		if s == m {
			return i + 1
		}
	}
	return 0
}

// sentenceDate returns the first usable date expression of s.
func sentenceDate(s *evSent, prev model.Date) (model.Date, string, bool) {
	for _, e := range s.Dates {
		if e.Anaphoric {
			if !prev.IsZero() {
				return timex.Anchor(e, prev), e.Text, true
			}
			continue
		}
		if !e.Date.IsZero() && !sinceDate(s.Toks, e) {
			return e.Date, e.Text, true
		}
	}
	return model.Date{}, "", false
}

// sinceDate reports a date introduced by "since" or "until": a period
// bound, not the incident's date.
func sinceDate(toks []etok, e timex.Expr) bool {
	low := strings.ToLower(e.Text)
	if strings.HasPrefix(low, "since ") || strings.HasPrefix(low, "until ") {
		return true
	}
	for i, t := range toks {
		if t.Start >= e.Start {
			return i > 0 && (toks[i-1].Low == "since" || toks[i-1].Low == "until")
		}
	}
	return false
}

// plausibleSummaryDate accepts a summary's own date expression when it
// names a day close to the publication date (a day-precise report of the
// same incident), so that a time of day such as "at 1950" or a later
// arrest date does not move the incident.
func plausibleSummaryDate(d, ref model.Date) bool {
	if d.Prec != model.PrecDay {
		return d.Compatible(ref)
	}
	diff := ref.Time().Sub(d.Time()).Hours() / 24
	return diff >= 0 && diff <= 7
}

// aftermath reports sentences about what followed the attack: releases,
// arrests, funerals, claims.
func aftermath(toks []etok) bool {
	return hasWord(toks, "released", "arrested", "discovered", "found", "claimed", "detained", "sentenced",
		"convicted", "executed", "freed", "rescued")
}
