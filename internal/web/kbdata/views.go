package kbdata

import (
	"sort"
	"strconv"
	"strings"

	"dossier/internal/kb"
	"dossier/internal/model"
	"dossier/internal/web"
)

// ref returns the link of an entity ID (an ID unknown to the KB keeps
// its ID as name).
func (x *index) ref(id string) web.EntityRef {
	if e := x.k.Entity(id); e != nil {
		return web.EntityRef{ID: e.ID, Name: e.Name, Type: e.Type}
	}
	return web.EntityRef{ID: id, Name: id}
}

// evidence describes a span of a document with its source and grade.
func (x *index) evidence(claim, doc string, ev model.Evidence, cred int) web.Evidence {
	out := web.Evidence{ClaimID: claim, DocID: doc, Start: ev.Start, End: ev.End, Text: ev.Text,
		Credibility: cred, Status: x.status[claim]}
	if d := x.docs[doc]; d != nil {
		out.DocTitle, out.Source, out.Published = d.Title, d.Source, d.Published
		if out.DocTitle == "" {
			out.DocTitle = d.Name
		}
		out.Grade = x.k.Grade(d.Source)
	}
	return out
}

// docEvidence is evidence that is a whole document (aliases: their
// evidence is their mentions, not one sentence).
func (x *index) docEvidence(docs []string) []web.Evidence {
	out := make([]web.Evidence, 0, len(docs))
	for _, d := range docs {
		out = append(out, x.evidence("", d, model.Evidence{}, 0))
	}
	return out
}

// summary is an event as a row.
func (x *index) summary(e *kb.Event) web.EventSummary {
	s := web.EventSummary{ID: e.ID, Date: e.Date, Kind: e.Kind, Location: e.Location, Country: e.Country,
		Lat: e.Lat, Lon: e.Lon, Attribution: e.Attribution, Killed: e.Killed, Injured: e.Injured,
		Reports: len(e.Reports)}
	if e.PerpetratorID != "" {
		r := x.ref(e.PerpetratorID)
		s.Perpetrator = &r
	} else if e.Perpetrator != "" {
		s.Perpetrator = &web.EntityRef{ID: e.Perpetrator, Name: e.Perpetrator}
	}
	for _, c := range e.Conflicts {
		if c.Disputed() {
			s.Conflicts = append(s.Conflicts, c.Field)
		}
	}
	return s
}

// eventView is an event with each report and its conflicts.
func (x *index) eventView(e *kb.Event) *web.EventView {
	v := &web.EventView{EventSummary: x.summary(e), ReportList: []web.ReportView{}, ConflictList: []web.ConflictView{}}
	for _, r := range e.Reports {
		v.ReportList = append(v.ReportList, web.ReportView{DateStated: r.DateText, Date: r.Date, Kind: r.Kind,
			Location: r.Location, Perpetrator: r.Perpetrator, Attribution: r.Attribution, Killed: r.Killed,
			Injured: r.Injured, Evidence: x.evidence(r.Claim, r.Doc, r.Evidence, r.Credibility)})
	}
	v.ConflictList = x.eventConflicts(e)
	return v
}

// eventConflicts lists an event's disputed fields with each side's evidence.
func (x *index) eventConflicts(e *kb.Event) []web.ConflictView {
	var out []web.ConflictView
	subject := web.EntityRef{ID: e.ID, Name: eventName(e), Type: "event"}
	for _, c := range e.Conflicts {
		if !c.Disputed() {
			continue
		}
		cv := web.ConflictView{ID: e.ID + "/" + c.Field, Subject: subject, Field: c.Field, Type: c.Type}
		for _, val := range c.Values {
			side := web.ConflictValue{Value: val.Value}
			for _, r := range e.Reports {
				if contains(val.Documents, r.Document) {
					side.Evidence = append(side.Evidence, x.evidence(r.Claim, r.Doc, r.Evidence, r.Credibility))
				}
			}
			cv.Values = append(cv.Values, side)
		}
		out = append(out, cv)
	}
	return out
}

// seriesConflicts lists an estimate series' disputes.
func (x *index) seriesConflicts(s *kb.Series) []web.ConflictView {
	var out []web.ConflictView
	for _, c := range s.Conflicts {
		if !c.Disputed() {
			continue
		}
		cv := web.ConflictView{ID: s.Entity + "/" + s.Property, Subject: x.ref(s.Entity), Field: s.Property, Type: c.Type}
		for _, val := range c.Values {
			side := web.ConflictValue{Value: val.Value}
			for _, p := range s.Points {
				if contains(val.Documents, p.Document) {
					side.Evidence = append(side.Evidence, x.evidence(p.Claim, p.Doc, p.Evidence, p.Credibility))
				}
			}
			cv.Values = append(cv.Values, side)
		}
		out = append(out, cv)
	}
	return out
}

// eventName is "bombing at Kabul, 2021-08-26".
func eventName(e *kb.Event) string {
	var b strings.Builder
	b.WriteString(strings.ReplaceAll(orDefault(e.Kind, "incident"), "_", " "))
	if e.Location != "" {
		b.WriteString(" at " + e.Location)
	}
	if !e.Date.IsZero() {
		b.WriteString(", " + e.Date.String())
	}
	return b.String()
}

func orDefault(s, d string) string {
	if s == "" {
		return d
	}
	return s
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// claimView describes a stored claim for lists.
func (x *index) claimView(c *kb.Claim) web.ClaimView {
	v := web.ClaimView{ID: c.ID, Property: c.Kind, Value: c.Summary(), Status: x.status[c.ID],
		Extractor: c.Extractor, Evidence: x.evidence(c.ID, c.Doc, c.Evidence(), 0)}
	subject := ""
	switch {
	case c.Entity != nil:
		subject, v.Property, v.Value = c.Entity.Name, "type", c.Entity.Type
	case c.Alias != nil:
		subject, v.Property, v.Value = c.Alias.Entity, "alias", c.Alias.Alias
	case c.Event != nil:
		subject = deref(c.Event.Perpetrator)
		v.Property, v.Value = "event", eventClaimValue(c.Event)
	case c.Relation != nil:
		subject, v.Property, v.Value = c.Relation.Subject, c.Relation.Predicate, c.Relation.Object
	case c.Estimate != nil:
		subject, v.Property = c.Estimate.Subject, c.Estimate.Property
		v.Value = rangeText(c.Estimate.Min, c.Estimate.Max, c.Estimate.Approx)
	}
	if e := x.entityNamed(subject, c.Doc); e != nil {
		v.Subject = web.EntityRef{ID: e.ID, Name: e.Name, Type: e.Type}
	} else {
		v.Subject = web.EntityRef{Name: orDefault(subject, "(unknown)")}
	}
	return v
}

// eventClaimValue is "bombing at Kabul on 2021-08-26, killed 170".
func eventClaimValue(e *model.ExtractedEvent) string {
	parts := []string{strings.ReplaceAll(e.Kind, "_", " ")}
	if l := deref(e.Location); l != "" {
		parts = append(parts, "at "+l)
	}
	if !e.Date.IsZero() {
		parts = append(parts, "on "+e.Date.String())
	}
	if e.Killed != nil {
		parts = append(parts, "killed "+rangeText(e.Killed.Min, e.Killed.Max, e.Killed.Approx))
	}
	return strings.Join(parts, " ")
}

// rangeText writes bounds compactly: "500-1500", "≥190", "~140".
func rangeText(min, max *float64, approx bool) string {
	f := func(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
	p := ""
	if approx {
		p = "~"
	}
	switch {
	case min != nil && max != nil && *min == *max:
		return p + f(*min)
	case min != nil && max != nil:
		return p + f(*min) + "–" + f(*max)
	case min != nil:
		return "≥" + f(*min)
	case max != nil:
		return "≤" + f(*max)
	}
	return "?"
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// docSummary describes a KB document.
func docSummary(d *kb.Doc) web.DocSummary {
	return web.DocSummary{ID: d.ID, Name: d.Name, Title: d.Title, Source: d.Source, Published: d.Published}
}

// entitySummary describes an entity for lists.
func entitySummary(e *kb.Entity) web.EntitySummary {
	s := web.EntitySummary{EntityRef: web.EntityRef{ID: e.ID, Name: e.Name, Type: e.Type}, Documents: len(e.Documents),
		Aliases: []string{}}
	for _, a := range e.Aliases {
		if !a.Removed && a.Text != e.Name {
			s.Aliases = append(s.Aliases, a.Text)
		}
	}
	sort.Strings(s.Aliases)
	return s
}

// window cuts a page out of n items.
func window(n int, p web.Page) (int, int) {
	lo := min(p.Offset, n)
	hi := n
	if p.Limit > 0 {
		hi = min(lo+p.Limit, n)
	}
	return lo, hi
}
