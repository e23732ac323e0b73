package store

import (
	"context"
	"encoding/json"
	"fmt"
	"time"
)

// KBSnapshot is the knowledge base computed from claims and curation, as
// rows. ReplaceKB swaps the previous snapshot for it in one transaction.
type KBSnapshot struct {
	Entities  []EntityRow
	Aliases   []AliasRow
	Mentions  []MentionRow
	Events    []EventRow
	Reports   []ReportRow
	Relations []RelationRow
	Estimates []EstimateRow
	Conflicts []ConflictRow
	// Claims maps claim ID → computed credibility; Rejected lists the
	// claims an analyst rejected (status column).
	Claims   map[string]int
	Rejected []string
	Grades   map[string]string // source name → grade
}

// EntityRow is one KB entity.
type EntityRow struct {
	ID, Name, Type, Ref, Country string
	Lat, Lon                     *float64
	Documents                    []string
}

// AliasRow is one alias of an entity.
type AliasRow struct {
	EntityID, Alias, Norm string
	Documents             []string
	Curated, Removed      bool
}

// MentionRow is one occurrence of an entity in a document.
type MentionRow struct {
	DocumentID, EntityID, Surface, Extractor string
	Start, End                               int
}

// EventRow is one incident.
type EventRow struct {
	ID, Date, Kind, LocationID, Location, Country, PerpetratorID, Attribution string
	KilledMin, KilledMax, InjuredMin, InjuredMax                              *float64
	Lat, Lon                                                                  *float64
}

// ReportRow attaches a claim (one document's report) to an incident.
type ReportRow struct {
	EventID, ClaimID, DocumentID string
	Credibility                  int
}

// RelationRow is one claim supporting a relation.
type RelationRow struct {
	ID, SubjectID, Predicate, ObjectID, ClaimID string
}

// EstimateRow is one point of an estimate series.
type EstimateRow struct {
	ID, SubjectID, Property, AsOf, ClaimID string
	Min, Max                               *float64
	Approx                                 bool
	Credibility                            int
}

// ConflictRow is a disagreement on one field.
type ConflictRow struct {
	Scope, OwnerID, Field, Type string
	Values                      any // JSON-encoded into vals
}

// ReplaceKB replaces the stored snapshot in one transaction.
func (s *Store) ReplaceKB(ctx context.Context, k *KBSnapshot) error {
	return s.WithTx(ctx, func(tx *Tx) error { return tx.replaceKB(ctx, k) })
}

func (tx *Tx) replaceKB(ctx context.Context, k *KBSnapshot) error {
	for _, t := range []string{"conflicts", "event_reports", "events", "relations", "estimates", "mentions", "aliases", "entities"} {
		if _, err := tx.ExecContext(ctx, `DELETE FROM `+t); err != nil {
			return fmt.Errorf("store: clear %s: %w", t, err)
		}
	}
	steps := []func(context.Context, *KBSnapshot) error{tx.insertEntities, tx.insertEvents, tx.insertSeries, tx.updateClaims}
	for _, step := range steps {
		if err := step(ctx, k); err != nil {
			return err
		}
	}
	return nil
}

func jsonText(v any) string {
	b, _ := json.Marshal(v)
	if string(b) == "null" {
		return "[]"
	}
	return string(b)
}

func (tx *Tx) insertEntities(ctx context.Context, k *KBSnapshot) error {
	now := time.Now().UTC().Format(time.RFC3339)
	for _, e := range k.Entities {
		if _, err := tx.ExecContext(ctx, `INSERT INTO entities(id, name, type, ref, country, lat, lon, created_at, documents)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, e.ID, e.Name, e.Type, e.Ref, e.Country, e.Lat, e.Lon, now,
			jsonText(e.Documents)); err != nil {
			return fmt.Errorf("store: save entity %s: %w", e.ID, err)
		}
	}
	for _, a := range k.Aliases {
		if _, err := tx.ExecContext(ctx, `INSERT INTO aliases(entity_id, alias, norm, documents, curated, removed)
			VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (entity_id, norm) DO NOTHING`, a.EntityID, a.Alias, a.Norm,
			jsonText(a.Documents), a.Curated, a.Removed); err != nil {
			return fmt.Errorf("store: save alias %q of %s: %w", a.Alias, a.EntityID, err)
		}
	}
	for _, m := range k.Mentions {
		if _, err := tx.ExecContext(ctx, `INSERT INTO mentions(document_id, entity_id, surface, start_off, end_off, extractor)
			VALUES (?, ?, ?, ?, ?, ?)`, m.DocumentID, m.EntityID, m.Surface, m.Start, m.End, m.Extractor); err != nil {
			return fmt.Errorf("store: save mention in %s: %w", short(m.DocumentID), err)
		}
	}
	return nil
}

func (tx *Tx) insertEvents(ctx context.Context, k *KBSnapshot) error {
	for _, e := range k.Events {
		if _, err := tx.ExecContext(ctx, `INSERT INTO events(id, date, kind, location_id, location, country, perpetrator_id,
			attribution, killed_min, killed_max, injured_min, injured_max, lat, lon)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, e.ID, nullStr(e.Date), e.Kind, nullStr(e.LocationID),
			e.Location, e.Country, nullStr(e.PerpetratorID), e.Attribution, e.KilledMin, e.KilledMax, e.InjuredMin,
			e.InjuredMax, e.Lat, e.Lon); err != nil {
			return fmt.Errorf("store: save event %s: %w", e.ID, err)
		}
	}
	for _, r := range k.Reports {
		if _, err := tx.ExecContext(ctx, `INSERT INTO event_reports(event_id, claim_id, document_id, credibility)
			VALUES (?, ?, ?, ?)`, r.EventID, r.ClaimID, r.DocumentID, r.Credibility); err != nil {
			return fmt.Errorf("store: save report %s: %w", r.ClaimID, err)
		}
	}
	for _, c := range k.Conflicts {
		if _, err := tx.ExecContext(ctx, `INSERT INTO conflicts(scope, owner_id, field, type, vals) VALUES (?, ?, ?, ?, ?)`,
			c.Scope, c.OwnerID, c.Field, c.Type, jsonText(c.Values)); err != nil {
			return fmt.Errorf("store: save conflict on %s: %w", c.OwnerID, err)
		}
	}
	return nil
}

func (tx *Tx) insertSeries(ctx context.Context, k *KBSnapshot) error {
	for _, r := range k.Relations {
		if _, err := tx.ExecContext(ctx, `INSERT INTO relations(id, subject_id, predicate, object_id, claim_id)
			VALUES (?, ?, ?, ?, ?)`, r.ID, r.SubjectID, r.Predicate, r.ObjectID, r.ClaimID); err != nil {
			return fmt.Errorf("store: save relation %s: %w", r.ID, err)
		}
	}
	for _, e := range k.Estimates {
		if _, err := tx.ExecContext(ctx, `INSERT INTO estimates(id, subject_id, property, min_value, max_value, approx,
			as_of, claim_id, credibility) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, e.ID, e.SubjectID, e.Property, e.Min,
			e.Max, e.Approx, nullStr(e.AsOf), e.ClaimID, e.Credibility); err != nil {
			return fmt.Errorf("store: save estimate %s: %w", e.ID, err)
		}
	}
	return nil
}

// updateClaims writes computed credibility, rejection status and grades.
func (tx *Tx) updateClaims(ctx context.Context, k *KBSnapshot) error {
	if _, err := tx.ExecContext(ctx, `UPDATE claims SET status = 'accepted' WHERE status <> 'accepted'`); err != nil {
		return fmt.Errorf("store: reset claim status: %w", err)
	}
	for _, id := range k.Rejected {
		if _, err := tx.ExecContext(ctx, `UPDATE claims SET status = 'rejected' WHERE id = ?`, id); err != nil {
			return fmt.Errorf("store: reject claim %s: %w", id, err)
		}
	}
	for id, c := range k.Claims {
		if _, err := tx.ExecContext(ctx, `UPDATE claims SET credibility = ? WHERE id = ? AND credibility <> ?`, c, id, c); err != nil {
			return fmt.Errorf("store: rate claim %s: %w", id, err)
		}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE sources SET grade = 'F'`); err != nil {
		return fmt.Errorf("store: reset grades: %w", err)
	}
	for name, g := range k.Grades {
		if _, err := tx.ExecContext(ctx, `UPDATE sources SET grade = ? WHERE name = ?`, g, name); err != nil {
			return fmt.Errorf("store: grade source %q: %w", name, err)
		}
	}
	return nil
}

func nullStr(s string) any {
	if s == "" {
		return nil
	}
	return s
}
