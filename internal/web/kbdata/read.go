package kbdata

import (
	"context"
	"sort"
	"strings"

	"dossier/internal/kb"
	"dossier/internal/model"
	"dossier/internal/web"
)

// Overview ranks armed groups by their latest event and lists the newest
// documents.
func (d *Data) Overview(ctx context.Context) (*web.Overview, error) {
	x, err := d.current(ctx)
	if err != nil {
		return nil, err
	}
	ov := &web.Overview{Counts: map[string]int{"documents": len(x.k.Docs), "entities": len(x.k.Entities),
		"events": len(x.k.Events), "claims": len(x.claims), "sources": len(x.k.Sources)}}
	for _, e := range x.k.Entities {
		if e.Type != model.TypeArmedGroup {
			continue
		}
		ga := web.GroupActivity{Group: web.EntityRef{ID: e.ID, Name: e.Name, Type: e.Type}, Documents: len(e.Documents)}
		for _, ev := range x.entityEvents[e.ID] {
			ga.Events++
			if ev.Date.String() > ga.LastEvent.String() {
				ga.LastEvent = ev.Date
			}
		}
		ov.Groups = append(ov.Groups, ga)
	}
	sort.SliceStable(ov.Groups, func(i, j int) bool {
		a, b := ov.Groups[i], ov.Groups[j]
		if a.LastEvent.String() != b.LastEvent.String() {
			return a.LastEvent.String() > b.LastEvent.String()
		}
		if a.Events != b.Events {
			return a.Events > b.Events
		}
		return a.Documents > b.Documents
	})
	ov.Groups = ov.Groups[:min(len(ov.Groups), 20)]
	for _, doc := range x.newest[:min(len(x.newest), 10)] {
		ov.Documents = append(ov.Documents, docSummary(doc))
	}
	_, ov.OpenConflicts = x.conflicts(web.ConflictFilter{})
	return ov, nil
}

// Entities filters entities by name or alias substring and type, most
// documented first.
func (d *Data) Entities(ctx context.Context, f web.EntityFilter) ([]web.EntitySummary, int, error) {
	x, err := d.current(ctx)
	if err != nil {
		return nil, 0, err
	}
	q := kb.Norm(f.Query)
	var hits []*kb.Entity
	for _, e := range x.k.Entities {
		if (f.Type == "" || e.Type == f.Type) && x.matches(e, q) {
			hits = append(hits, e)
		}
	}
	sort.SliceStable(hits, func(i, j int) bool {
		if len(hits[i].Documents) != len(hits[j].Documents) {
			return len(hits[i].Documents) > len(hits[j].Documents)
		}
		return hits[i].Name < hits[j].Name
	})
	lo, hi := window(len(hits), f.Page)
	out := make([]web.EntitySummary, 0, hi-lo)
	for _, e := range hits[lo:hi] {
		out = append(out, entitySummary(e))
	}
	return out, len(hits), nil
}

// matches reports whether q (normalised) occurs in e's name or an alias.
func (x *index) matches(e *kb.Entity, q string) bool {
	if q == "" {
		return true
	}
	for _, f := range x.forms[e] {
		if strings.Contains(f, q) {
			return true
		}
	}
	return false
}

// Events lists incidents newest first, optionally those of one entity.
func (d *Data) Events(ctx context.Context, f web.EventFilter) ([]web.EventSummary, int, error) {
	x, err := d.current(ctx)
	if err != nil {
		return nil, 0, err
	}
	sorted := x.byDate
	if f.Entity != "" {
		sorted = x.entityEvents[f.Entity]
	}
	lo, hi := window(len(sorted), f.Page)
	out := make([]web.EventSummary, 0, hi-lo)
	for _, e := range sorted[lo:hi] {
		out = append(out, x.summary(e))
	}
	return out, len(sorted), nil
}

// Event returns one incident with its reports.
func (d *Data) Event(ctx context.Context, id string) (*web.EventView, error) {
	x, err := d.current(ctx)
	if err != nil {
		return nil, err
	}
	e := x.events[id]
	if e == nil {
		return nil, model.Errorf(model.ENOTFOUND, "no event with id %q", id)
	}
	return x.eventView(e), nil
}

// Documents lists documents, newest publication first.
func (d *Data) Documents(ctx context.Context, p web.Page) ([]web.DocSummary, int, error) {
	x, err := d.current(ctx)
	if err != nil {
		return nil, 0, err
	}
	lo, hi := window(len(x.newest), p)
	out := make([]web.DocSummary, 0, hi-lo)
	for _, doc := range x.newest[lo:hi] {
		out = append(out, docSummary(doc))
	}
	return out, len(x.newest), nil
}

// Claims lists claims by subject entity, document or status.
func (d *Data) Claims(ctx context.Context, f web.ClaimFilter) ([]web.ClaimView, int, error) {
	x, err := d.current(ctx)
	if err != nil {
		return nil, 0, err
	}
	var cs []*kb.Claim
	if f.Document != "" {
		cs = x.claimsByDoc[f.Document]
	} else {
		for _, c := range x.claims {
			cs = append(cs, c)
		}
		sort.Slice(cs, func(i, j int) bool { return cs[i].ID < cs[j].ID })
	}
	var out []web.ClaimView
	for _, c := range cs {
		v := x.claimView(c)
		st := v.Status
		if st == "" {
			st = "pending"
		}
		if (f.Entity == "" || v.Subject.ID == f.Entity) && (f.Status == "" || f.Status == st) {
			out = append(out, v)
		}
	}
	lo, hi := window(len(out), f.Page)
	return out[lo:hi], len(out), nil
}

// Conflicts lists disputed event fields and estimate series.
func (d *Data) Conflicts(ctx context.Context, f web.ConflictFilter) ([]web.ConflictView, int, error) {
	x, err := d.current(ctx)
	if err != nil {
		return nil, 0, err
	}
	all, n := x.conflicts(f)
	lo, hi := window(n, f.Page)
	return all[lo:hi], n, nil
}

// conflicts returns every disputed field matching f.
func (x *index) conflicts(f web.ConflictFilter) ([]web.ConflictView, int) {
	var out []web.ConflictView
	keep := func(cs []web.ConflictView) {
		for _, c := range cs {
			if f.Field == "" || c.Field == f.Field {
				out = append(out, c)
			}
		}
	}
	evs := x.k.Events
	if f.Entity != "" {
		evs = x.entityEvents[f.Entity]
	}
	for _, e := range evs {
		keep(x.eventConflicts(e))
	}
	for _, s := range x.k.Series {
		if f.Entity == "" || s.Entity == f.Entity {
			keep(x.seriesConflicts(s))
		}
	}
	return out, len(out)
}

// Sources lists publishers with grades and document counts.
func (d *Data) Sources(ctx context.Context) ([]web.SourceView, error) {
	x, err := d.current(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]web.SourceView, 0, len(x.k.Sources))
	for _, s := range x.k.Sources {
		out = append(out, web.SourceView{Name: s.Name, Grade: s.Grade, Documents: len(s.Documents)})
	}
	return out, nil
}
