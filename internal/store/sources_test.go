package store

import (
	"context"
	"errors"
	"testing"
)

// TestSourceIdsSurviveRollbacks: the store caches source ids, but never
// one whose creation was rolled back (with its savepoint or its whole
// transaction): documents naming that source later still get a stored
// source (a stale id would break the documents' foreign key).
func TestSourceIdsSurviveRollbacks(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	boom := errors.New("boom")
	doc := func(id, source string) func(tx *Tx) error {
		return func(tx *Tx) error {
			d := testDoc(id, id+".txt", "text of "+id)
			d.Source = source
			_, err := tx.CreateDocument(ctx, d)
			return err
		}
	}
	fails := func(fn func(tx *Tx) error) func(tx *Tx) error {
		return func(tx *Tx) error {
			if err := fn(tx); err != nil {
				return err
			}
			return boom
		}
	}
	// A source created in a rolled-back savepoint, then named again.
	err := s.WithTx(ctx, func(tx *Tx) error {
		if err := tx.Savepoint(ctx, func() error { return fails(doc("cc01", "Wire A"))(tx) }); !errors.Is(err, boom) {
			t.Errorf("savepoint: %v", err)
		}
		return tx.Savepoint(ctx, func() error { return doc("cc02", "Wire A")(tx) })
	})
	if err != nil {
		t.Fatal(err)
	}
	// A source created in a transaction that rolls back after naming it
	// twice (the second time inside a failed savepoint).
	err = s.WithTx(ctx, func(tx *Tx) error {
		if err := tx.Savepoint(ctx, func() error { return doc("cc03", "Wire B")(tx) }); err != nil {
			return err
		}
		if err := tx.Savepoint(ctx, func() error { return fails(doc("cc04", "Wire B"))(tx) }); !errors.Is(err, boom) {
			t.Errorf("savepoint: %v", err)
		}
		return tx.Savepoint(ctx, func() error { return fails(doc("cc05", "Wire B"))(tx) })
	})
	if !errors.Is(err, boom) {
		t.Fatalf("transaction: %v", err)
	}
	for _, id := range []string{"cc06", "cc07"} {
		if err := s.WithTx(ctx, doc(id, "Wire B")); err != nil {
			t.Fatalf("document %s after the rollback: %v", id, err)
		}
	}
	if err := s.WithTx(ctx, doc("cc08", "Wire A")); err != nil {
		t.Fatal(err)
	}
	srcs, err := s.FindSources(ctx)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	for _, r := range srcs {
		got[r.Name] = r.Documents
	}
	if len(got) != 2 || got["Wire A"] != 2 || got["Wire B"] != 2 {
		t.Errorf("sources %v, want Wire A and Wire B with 2 documents each", got)
	}
}
