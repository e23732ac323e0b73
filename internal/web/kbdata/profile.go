package kbdata

import (
	"context"
	"sort"

	"dossier/internal/model"
	"dossier/internal/web"
)

// Profile is the sourced brief on one entity, every statement with its
// evidence. Profiles are built once per knowledge-base version and shared:
// callers must not modify them (web.Profile.Clone gives a private copy).
func (d *Data) Profile(ctx context.Context, id string) (*web.Profile, error) {
	x, err := d.current(ctx)
	if err != nil {
		return nil, err
	}
	if p, ok := x.profiles.Load(id); ok {
		return p.(*web.Profile), nil
	}
	p, err := x.profile(id)
	if err != nil {
		return nil, err
	}
	x.profiles.Store(id, p)
	return p, nil
}

// profile builds the profile of entity id.
func (x *index) profile(id string) (*web.Profile, error) {
	e := x.k.Entity(id)
	if e == nil {
		return nil, model.Errorf(model.ENOTFOUND, "no entity with id %q", id)
	}
	p := &web.Profile{Entity: web.EntityRef{ID: e.ID, Name: e.Name, Type: e.Type}, Aliases: []web.Statement{},
		Relations: []web.RelationView{}, Places: []web.PlaceView{}, Estimates: []web.EstimateSeries{},
		Events: []web.EventSummary{}, Conflicts: []web.ConflictView{}}
	for _, a := range e.Aliases {
		if !a.Removed && a.Text != e.Name {
			p.Aliases = append(p.Aliases, web.Statement{Text: a.Text, Credibility: a.Credibility,
				Evidence: x.docEvidence(a.Documents)})
		}
	}
	x.profileRelations(p, e.ID)
	x.profileSeries(p, e.ID)
	for _, ev := range x.entityEvents[e.ID] {
		p.Events = append(p.Events, x.summary(ev))
		p.Conflicts = append(p.Conflicts, x.eventConflicts(ev)...)
	}
	return p, nil
}

// profileRelations adds relations and places of entity id.
func (x *index) profileRelations(p *web.Profile, id string) {
	for _, r := range x.k.Relations {
		if r.Subject != id && r.Object != id {
			continue
		}
		inverse := r.Object == id && r.Subject != id
		other := r.Object
		if inverse {
			other = r.Subject
		}
		var evs []web.Evidence
		for _, s := range r.Support {
			evs = append(evs, x.evidence(s.Claim, s.Doc, s.Evidence, r.Credibility))
		}
		if !inverse && (r.Predicate == model.RelBasedIn || r.Predicate == model.RelActiveIn) {
			pv := x.place(r.Predicate, other, evs)
			pv.Credibility, pv.Since = r.Credibility, r.FirstDate
			p.Places = append(p.Places, pv)
			continue
		}
		p.Relations = append(p.Relations, web.RelationView{Predicate: r.Predicate, Inverse: inverse,
			Other: x.ref(other), Credibility: r.Credibility, Since: r.FirstDate, Evidence: evs})
	}
}

// place describes a base or area with the place's coordinates.
func (x *index) place(role, id string, evs []web.Evidence) web.PlaceView {
	pv := web.PlaceView{Role: role, Place: x.ref(id), Evidence: evs}
	if e := x.k.Entity(id); e != nil {
		pv.Country, pv.Lat, pv.Lon = e.Country, e.Lat, e.Lon
	}
	return pv
}

// profileSeries adds the entity's estimate series and their disputes.
func (x *index) profileSeries(p *web.Profile, id string) {
	for _, s := range x.k.Series {
		if s.Entity != id {
			continue
		}
		es := web.EstimateSeries{Property: s.Property}
		for _, pt := range s.Points {
			r := pt.Range
			es.Points = append(es.Points, web.EstimatePoint{Min: r.Min, Max: r.Max, Approx: r.Approx, AsOf: pt.AsOf,
				Evidence: x.evidence(pt.Claim, pt.Doc, pt.Evidence, pt.Credibility)})
		}
		sort.SliceStable(es.Points, func(i, j int) bool {
			return es.Points[i].AsOf.String() < es.Points[j].AsOf.String()
		})
		p.Estimates = append(p.Estimates, es)
		p.Conflicts = append(p.Conflicts, x.seriesConflicts(s)...)
	}
}
