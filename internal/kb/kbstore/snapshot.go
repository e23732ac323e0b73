package kbstore

import (
	"sort"

	"dossier/internal/kb"
	"dossier/internal/model"
	"dossier/internal/store"
)

// Snapshot turns a KB into the rows of the snapshot tables. Mentions stay
// in the entity claims (their evidence); the mentions table is not
// rewritten on every refresh.
func Snapshot(k *kb.KB) *store.KBSnapshot {
	s := &store.KBSnapshot{Claims: map[string]int{}, Grades: map[string]string{}}
	for _, e := range k.Entities {
		s.Entities = append(s.Entities, store.EntityRow{ID: e.ID, Name: e.Name, Type: e.Type, Ref: e.Ref,
			Country: e.Country, Lat: e.Lat, Lon: e.Lon, Documents: e.Documents})
		for _, a := range e.Aliases {
			s.Aliases = append(s.Aliases, store.AliasRow{EntityID: e.ID, Alias: a.Text, Norm: kb.Norm(a.Text),
				Documents: a.Documents, Curated: a.Curated, Removed: a.Removed})
		}
	}
	events(s, k)
	series(s, k)
	for _, r := range k.Rejected {
		s.Rejected = append(s.Rejected, r.ID)
	}
	for _, src := range k.Sources {
		if src.Grade != "F" {
			s.Grades[src.Name] = src.Grade
		}
	}
	return s
}

func events(s *store.KBSnapshot, k *kb.KB) {
	for _, e := range k.Events {
		row := store.EventRow{ID: e.ID, Date: e.Date.String(), Kind: e.Kind, LocationID: e.LocationID,
			Location: e.Location, Country: e.Country, PerpetratorID: e.PerpetratorID, Attribution: e.Attribution,
			Lat: e.Lat, Lon: e.Lon}
		row.KilledMin, row.KilledMax = bounds(e.Killed)
		row.InjuredMin, row.InjuredMax = bounds(e.Injured)
		s.Events = append(s.Events, row)
		for _, r := range e.Reports {
			s.Reports = append(s.Reports, store.ReportRow{EventID: e.ID, ClaimID: r.Claim, DocumentID: r.Doc,
				Credibility: r.Credibility})
			s.Claims[r.Claim] = r.Credibility
		}
		for _, c := range e.Conflicts {
			s.Conflicts = append(s.Conflicts, store.ConflictRow{Scope: "event", OwnerID: e.ID, Field: c.Field,
				Type: c.Type, Values: c.Values})
		}
	}
}

func series(s *store.KBSnapshot, k *kb.KB) {
	for _, r := range k.Relations {
		for _, sp := range r.Support {
			s.Relations = append(s.Relations, store.RelationRow{ID: r.Subject + "|" + r.Predicate + "|" + r.Object + "|" + sp.Claim,
				SubjectID: r.Subject, Predicate: r.Predicate, ObjectID: r.Object, ClaimID: sp.Claim})
			s.Claims[sp.Claim] = r.Credibility
		}
	}
	for _, sr := range k.Series {
		for _, p := range sr.Points {
			s.Estimates = append(s.Estimates, store.EstimateRow{ID: sr.Entity + "|" + sr.Property + "|" + p.Claim,
				SubjectID: sr.Entity, Property: sr.Property, AsOf: p.AsOf.String(), ClaimID: p.Claim,
				Min: p.Range.Min, Max: p.Range.Max, Approx: p.Range.Approx, Credibility: p.Credibility})
			s.Claims[p.Claim] = p.Credibility
		}
		for _, c := range sr.Conflicts {
			s.Conflicts = append(s.Conflicts, store.ConflictRow{Scope: "series", OwnerID: sr.Entity + "|" + sr.Property,
				Field: c.Field, Type: c.Type, Values: c.Values})
		}
	}
	sort.Slice(s.Relations, func(i, j int) bool { return s.Relations[i].ID < s.Relations[j].ID })
}

func bounds(r *model.Range) (*float64, *float64) {
	if r == nil {
		return nil, nil
	}
	return r.Min, r.Max
}
