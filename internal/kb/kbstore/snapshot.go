package kbstore

import (
	"slices"
	"strings"

	"dossier/internal/kb"
	"dossier/internal/model"
	"dossier/internal/store"
)

// stages are the parts of a KB in the order kb.BuildStages finishes them.
var stages = []kb.Stage{kb.StageEntities, kb.StageRelations, kb.StageEvents, kb.StageSeries}

// Snapshot turns a KB into the rows of the snapshot tables. Mentions stay
// in the entity claims (their evidence); the mentions table is not
// rewritten on every refresh.
func Snapshot(k *kb.KB) *store.KBSnapshot {
	s := newSnapshot()
	for _, st := range stages {
		addPart(s, st, k)
	}
	return s
}

func newSnapshot() *store.KBSnapshot {
	return &store.KBSnapshot{Claims: map[string]int{}, Grades: map[string]string{}}
}

// addPart adds to s the rows of the part of k that stage finished.
func addPart(s *store.KBSnapshot, stage kb.Stage, k *kb.KB) {
	switch stage {
	case kb.StageEntities:
		entities(s, k)
	case kb.StageRelations:
		relations(s, k)
	case kb.StageEvents:
		events(s, k)
	case kb.StageSeries:
		series(s, k)
	}
}

// entities adds entities and aliases, rejected claims and source grades.
func entities(s *store.KBSnapshot, k *kb.KB) {
	for _, e := range k.Entities {
		s.Entities = append(s.Entities, store.EntityRow{ID: e.ID, Name: e.Name, Type: e.Type, Ref: e.Ref,
			Country: e.Country, Lat: e.Lat, Lon: e.Lon, Documents: e.Documents})
		for _, a := range e.Aliases {
			s.Aliases = append(s.Aliases, store.AliasRow{EntityID: e.ID, Alias: a.Text, Norm: kb.Norm(a.Text),
				Documents: a.Documents, Curated: a.Curated, Removed: a.Removed})
		}
	}
	for _, r := range k.Rejected {
		s.Rejected = append(s.Rejected, r.ID)
	}
	for _, src := range k.Sources {
		if src.Grade != "F" {
			s.Grades[src.Name] = src.Grade
		}
	}
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

func relations(s *store.KBSnapshot, k *kb.KB) {
	n := 0
	for _, r := range k.Relations {
		n += len(r.Support)
	}
	s.Relations = slices.Grow(s.Relations, n)
	if len(s.Claims) == 0 {
		s.Claims = make(map[string]int, n)
	}
	for _, r := range k.Relations {
		prefix := r.Subject + "|" + r.Predicate + "|" + r.Object + "|"
		for _, sp := range r.Support {
			s.Relations = append(s.Relations, store.RelationRow{ID: prefix + sp.Claim,
				SubjectID: r.Subject, Predicate: r.Predicate, ObjectID: r.Object, ClaimID: sp.Claim})
			s.Claims[sp.Claim] = r.Credibility
		}
	}
	slices.SortFunc(s.Relations, func(a, b store.RelationRow) int { return strings.Compare(a.ID, b.ID) })
}

func series(s *store.KBSnapshot, k *kb.KB) {
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
}

func bounds(r *model.Range) (*float64, *float64) {
	if r == nil {
		return nil, nil
	}
	return r.Min, r.Max
}
