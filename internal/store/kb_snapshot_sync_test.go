package store

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"dossier/internal/model"
)

func fp(v float64) *float64 { return &v }

// snapshotDB opens a store holding one document with claims c1..c4.
func snapshotDB(t *testing.T) *Store {
	t.Helper()
	ctx := context.Background()
	st, err := Open(ctx, filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	d := &model.Document{ID: "d1", Name: "one.txt", Source: "Wire", Format: "txt", Text: "text"}
	err = st.WithTx(ctx, func(tx *Tx) error {
		if _, err := tx.CreateDocument(ctx, d); err != nil {
			return err
		}
		var rows []ClaimRow
		for i := 1; i <= 4; i++ {
			rows = append(rows, ClaimRow{ID: fmt.Sprintf("c%d", i), DocumentID: "d1", Kind: "event", Seq: i, Value: "{}"})
		}
		return tx.ReplaceClaims(ctx, "d1", rows)
	})
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// snapshotA and snapshotB differ in every way a refresh can: rows added,
// removed, changed (numbers, NULLs, JSON lists) and kept.
func snapshotA() *KBSnapshot {
	return &KBSnapshot{
		Entities: []EntityRow{{ID: "e1", Name: "North", Type: "armed_group", Documents: []string{"d1"}},
			{ID: "e2", Name: "South", Type: "armed_group", Lat: fp(1.5), Lon: fp(2)},
			{ID: "e3", Name: "Lake", Type: "location", Country: "XB"}},
		Aliases: []AliasRow{{EntityID: "e1", Alias: "NF", Norm: "nf", Documents: []string{"d1"}},
			{EntityID: "e2", Alias: "SF", Norm: "sf"}},
		Events: []EventRow{{ID: "v1", Date: "2022-05", Kind: "bombing", LocationID: "e3", KilledMin: fp(12), KilledMax: fp(12)},
			{ID: "v2", Kind: "other"}},
		Reports:   []ReportRow{{EventID: "v1", ClaimID: "c1", DocumentID: "d1", Credibility: 6}},
		Relations: []RelationRow{{ID: "e1|rival_of|e2|c2", SubjectID: "e1", Predicate: "rival_of", ObjectID: "e2", ClaimID: "c2"}},
		Estimates: []EstimateRow{{ID: "e1|fighters|c3", SubjectID: "e1", Property: "fighters", Min: fp(500), Max: fp(1500),
			ClaimID: "c3", Credibility: 6}},
		Conflicts: []ConflictRow{{Scope: "event", OwnerID: "v1", Field: "killed", Type: "contradiction", Values: []string{"12", "30"}}},
		Claims:    map[string]int{"c1": 6, "c2": 2, "c3": 6},
		Rejected:  []string{"c4"},
		Grades:    map[string]string{"Wire": "B"},
	}
}

func snapshotB() *KBSnapshot {
	return &KBSnapshot{
		Entities: []EntityRow{{ID: "e1", Name: "Northern Front", Type: "armed_group", Documents: []string{"d1"}},
			{ID: "e3", Name: "Lake", Type: "location", Country: "XB"},
			{ID: "e4", Name: "Hill", Type: "location", Lat: fp(3), Lon: fp(4.25)}},
		Aliases: []AliasRow{{EntityID: "e1", Alias: "N.F.", Norm: "nf", Documents: []string{"d1"}, Curated: true},
			{EntityID: "e1", Alias: "NF", Norm: "nf"}},
		Events: []EventRow{{ID: "v1", Date: "2022-05-03", Kind: "bombing", LocationID: "e4", KilledMin: fp(12), KilledMax: fp(30)},
			{ID: "v3", Kind: "clash"}},
		Reports: []ReportRow{{EventID: "v1", ClaimID: "c1", DocumentID: "d1", Credibility: 3},
			{EventID: "v3", ClaimID: "c4", DocumentID: "d1", Credibility: 6}},
		Estimates: []EstimateRow{{ID: "e1|fighters|c3", SubjectID: "e1", Property: "fighters", Min: fp(500), Max: fp(1500),
			Approx: true, ClaimID: "c3", Credibility: 6}},
		Claims: map[string]int{"c1": 3, "c3": 6, "c4": 6},
		Grades: map[string]string{},
	}
}

// dumpKB returns the snapshot tables (timestamps left out) as text. Claim
// credibility and status are left out too: a refresh rates the claims its
// snapshot names and resets the status of claims curation actions name,
// which these fixtures do not model.
func dumpKB(t *testing.T, st *Store) string {
	t.Helper()
	var b strings.Builder
	for _, q := range []string{
		`SELECT id, name, type, ref, country, lat, lon, documents FROM entities ORDER BY id`,
		`SELECT entity_id, alias, norm, documents, curated, removed FROM aliases ORDER BY entity_id, norm`,
		`SELECT * FROM events ORDER BY id`,
		`SELECT * FROM event_reports ORDER BY event_id, claim_id`,
		`SELECT * FROM relations ORDER BY id`,
		`SELECT * FROM estimates ORDER BY id`,
		`SELECT * FROM conflicts ORDER BY id`,
		`SELECT name, grade FROM sources ORDER BY name`,
	} {
		rows, err := st.QueryContext(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := rows.Columns()
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		for rows.Next() {
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			fmt.Fprintf(&b, "%v\n", vals)
		}
		rows.Close()
	}
	return b.String()
}

// TestReplaceKBOverSnapshot: replacing a stored snapshot (only changed
// rows written) leaves the tables as writing the new one into empty
// tables does.
func TestReplaceKBOverSnapshot(t *testing.T) {
	ctx := context.Background()
	over, fresh := snapshotDB(t), snapshotDB(t)
	if err := over.ReplaceKB(ctx, snapshotA()); err != nil {
		t.Fatal(err)
	}
	a := dumpKB(t, over)
	if err := over.ReplaceKB(ctx, snapshotB()); err != nil {
		t.Fatal(err)
	}
	if err := fresh.ReplaceKB(ctx, snapshotB()); err != nil {
		t.Fatal(err)
	}
	got, want := dumpKB(t, over), dumpKB(t, fresh)
	if got != want {
		t.Errorf("snapshot B over A:\n%s\nwant (B alone):\n%s", got, want)
	}
	if got == a {
		t.Error("snapshot B wrote nothing over A")
	}
	if err := over.ReplaceKB(ctx, snapshotA()); err != nil {
		t.Fatal(err)
	}
	if got := dumpKB(t, over); got != a {
		t.Errorf("snapshot A again:\n%s\nwant:\n%s", got, a)
	}
}

// TestReplaceKBRejectsDuplicateKeys: two entities or events with one ID
// are an error, as an insert would have been; aliases, relations and
// estimates keep the first row of a key.
func TestReplaceKBRejectsDuplicateKeys(t *testing.T) {
	ctx := context.Background()
	st := snapshotDB(t)
	s := snapshotB()
	s.Entities = append(s.Entities, s.Entities[0])
	if err := st.ReplaceKB(ctx, s); err == nil {
		t.Error("duplicate entity accepted")
	}
	if err := st.ReplaceKB(ctx, snapshotB()); err != nil {
		t.Fatal(err)
	}
	var alias string
	if err := st.QueryRowContext(ctx, `SELECT alias FROM aliases WHERE entity_id = 'e1' AND norm = 'nf'`).Scan(&alias); err != nil || alias != "N.F." {
		t.Errorf("alias = %q (%v), want the first row's N.F.", alias, err)
	}
}
