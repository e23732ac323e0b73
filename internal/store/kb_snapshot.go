package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
)

// KBSnapshot is the knowledge base computed from claims and curation, as
// rows. ReplaceKB swaps the previous snapshot for it in one transaction.
type KBSnapshot struct {
	Entities  []EntityRow
	Aliases   []AliasRow
	Events    []EventRow
	Reports   []ReportRow
	Relations []RelationRow
	Estimates []EstimateRow
	Conflicts []ConflictRow
	// Claims maps claim ID → computed credibility (stored on the
	// relation rows; reports and estimates carry their own); Rejected
	// lists the claims an analyst rejected (status column).
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
	return s.WithTx(ctx, func(tx *Tx) error { return tx.ReplaceKB(ctx, k) })
}

// ReplaceKB replaces the stored snapshot inside tx (a KBWriter given all
// of k at once).
func (tx *Tx) ReplaceKB(ctx context.Context, k *KBSnapshot) error {
	w, err := tx.NewKBWriter(ctx)
	if err != nil {
		return err
	}
	if err := w.Add(ctx, k); err != nil {
		return err
	}
	return w.Finish(ctx)
}

// KBWriter replaces the stored snapshot inside one transaction with one
// given in parts (Add), so that the writing can start while the rest of
// the KB is still being computed. Rows the stored snapshot already holds
// unchanged are left alone; Finish deletes the rows the new one lacks.
type KBWriter struct {
	tx     *Tx
	tables map[string]*stored
}

// NewKBWriter starts replacing the snapshot: it resets claim status and
// source grades and empties the conflicts table (its rows are numbered in
// the order they are added). Only the rebuild sets a claim's status, and
// it rejects only claims that curation actions name, so resetting those
// (not scanning every claim) clears the previous rejections.
func (tx *Tx) NewKBWriter(ctx context.Context) (*KBWriter, error) {
	if _, err := tx.ExecContext(ctx, `DELETE FROM conflicts`); err != nil {
		return nil, fmt.Errorf("store: clear conflicts: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE claims SET status = 'accepted'
		WHERE id IN (SELECT target FROM curation_actions) AND status <> 'accepted'`); err != nil {
		return nil, fmt.Errorf("store: reset claim status: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE sources SET grade = 'F' WHERE grade <> 'F'`); err != nil {
		return nil, fmt.Errorf("store: reset grades: %w", err)
	}
	return &KBWriter{tx: tx, tables: map[string]*stored{}}, nil
}

// Add writes one part of the snapshot: its rows (relations rated from
// k.Claims), its rejected claims and its source grades. Of rows with the same
// key, the first added wins.
func (w *KBWriter) Add(ctx context.Context, k *KBSnapshot) error {
	steps := []func(context.Context, *KBSnapshot) error{w.entities, w.events, w.series, w.tx.updateClaims}
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

func (w *KBWriter) entities(ctx context.Context, k *KBSnapshot) error {
	ents := make([][]any, len(k.Entities))
	for i, e := range k.Entities {
		ents[i] = []any{e.ID, e.Name, e.Type, e.Ref, e.Country, e.Lat, e.Lon, jsonText(e.Documents)}
	}
	if err := w.sync(ctx, tEntities, ents); err != nil {
		return fmt.Errorf("store: save entities: %w", err)
	}
	als := make([][]any, len(k.Aliases))
	for i, a := range k.Aliases {
		als[i] = []any{a.EntityID, a.Norm, a.Alias, jsonText(a.Documents), boolInt(a.Curated), boolInt(a.Removed)}
	}
	if err := w.sync(ctx, tAliases, als); err != nil {
		return fmt.Errorf("store: save aliases: %w", err)
	}
	return nil
}

func (w *KBWriter) events(ctx context.Context, k *KBSnapshot) error {
	evs := make([][]any, len(k.Events))
	for i, e := range k.Events {
		evs[i] = []any{e.ID, nullStr(e.Date), e.Kind, nullStr(e.LocationID), e.Location, e.Country,
			nullStr(e.PerpetratorID), e.Attribution, e.KilledMin, e.KilledMax, e.InjuredMin, e.InjuredMax, e.Lat, e.Lon}
	}
	if err := w.sync(ctx, tEvents, evs); err != nil {
		return fmt.Errorf("store: save events: %w", err)
	}
	rs := make([][]any, len(k.Reports))
	for i, r := range k.Reports {
		rs[i] = []any{r.EventID, r.ClaimID, r.DocumentID, r.Credibility}
	}
	if err := w.sync(ctx, tReports, rs); err != nil {
		return fmt.Errorf("store: save event reports: %w", err)
	}
	cs := make([][]any, len(k.Conflicts))
	for i, c := range k.Conflicts {
		cs[i] = []any{c.Scope, c.OwnerID, c.Field, c.Type, jsonText(c.Values)}
	}
	if err := w.tx.insertRows(ctx, "conflicts", []string{"scope", "owner_id", "field", "type", "vals"}, cs, ""); err != nil {
		return fmt.Errorf("store: save conflicts: %w", err)
	}
	return nil
}

func (w *KBWriter) series(ctx context.Context, k *KBSnapshot) error {
	rs := make([][]any, len(k.Relations))
	for i, r := range k.Relations {
		rs[i] = []any{r.ID, r.SubjectID, r.Predicate, r.ObjectID, r.ClaimID, relationCredibility(k.Claims, r.ClaimID)}
	}
	if err := w.sync(ctx, tRelations, rs); err != nil {
		return fmt.Errorf("store: save relations: %w", err)
	}
	es := make([][]any, len(k.Estimates))
	for i, e := range k.Estimates {
		es[i] = []any{e.ID, e.SubjectID, e.Property, e.Min, e.Max, boolInt(e.Approx), nullStr(e.AsOf), e.ClaimID, e.Credibility}
	}
	if err := w.sync(ctx, tEstimates, es); err != nil {
		return fmt.Errorf("store: save estimates: %w", err)
	}
	return nil
}

// relationCredibility is the credibility a relation row stores for its
// claim: the rating the snapshot gives that claim (one per claim, even
// when the claim supports several relations), 6 when unrated.
func relationCredibility(rates map[string]int, claim string) int {
	if c, ok := rates[claim]; ok && c != 0 {
		return c
	}
	return 6
}

// updateClaims writes rejection status and grades. Computed credibility
// is not written to the claims rows: the snapshot rows carry it (event
// reports, estimates, relations) and FindClaims reads it from there.
func (tx *Tx) updateClaims(ctx context.Context, k *KBSnapshot) error {
	for _, id := range k.Rejected {
		if _, err := tx.ExecContext(ctx, `UPDATE claims SET status = 'rejected' WHERE id = ?`, id); err != nil {
			return fmt.Errorf("store: reject claim %s: %w", id, err)
		}
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

// boolInt stores a flag as 0/1 (INTEGER columns in both dialects).
func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// ClaimCounts returns how many claims each document has (documents
// without claims are absent), read from the claims' document index only:
// the rebuild at the end of an ingest run checks with it that the claims
// it holds in memory are exactly the stored ones.
func (s *Store) ClaimCounts(ctx context.Context) (map[string]int, error) {
	return claimCounts(s.r.QueryContext(ctx, claimCountsQuery))
}

// ClaimCounts is Store.ClaimCounts inside tx (whose connection has the
// pages an ingest run just wrote in its cache).
func (tx *Tx) ClaimCounts(ctx context.Context) (map[string]int, error) {
	return claimCounts(tx.QueryContext(ctx, claimCountsQuery))
}

// KBCounts returns, inside tx, how many documents are stored and
// ClaimCounts.
func (tx *Tx) KBCounts(ctx context.Context) (int, map[string]int, error) {
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM documents`).Scan(&n); err != nil {
		return 0, nil, fmt.Errorf("store: count documents: %w", err)
	}
	claims, err := tx.ClaimCounts(ctx)
	return n, claims, err
}

const claimCountsQuery = `SELECT document_id, COUNT(*) FROM claims GROUP BY document_id`

func claimCounts(rows *sql.Rows, err error) (map[string]int, error) {
	if err != nil {
		return nil, fmt.Errorf("store: count claims: %w", err)
	}
	defer rows.Close()
	out := map[string]int{}
	for rows.Next() {
		var doc string
		var n int
		if err := rows.Scan(&doc, &n); err != nil {
			return nil, fmt.Errorf("store: count claims: %w", err)
		}
		out[doc] = n
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: count claims: %w", err)
	}
	return out, nil
}
