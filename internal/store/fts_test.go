package store

import (
	"context"
	"errors"
	"testing"
)

// TestSearchIndexFollowsTheTransaction: documents created in one write
// transaction are searchable once it commits, except those rolled back
// with their savepoint, even when a later document reuses the rowid; a
// rolled-back transaction leaves the index untouched.
func TestSearchIndexFollowsTheTransaction(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	boom := errors.New("boom")
	create := func(tx *Tx, id, name, text string, fail error) error {
		return tx.Savepoint(ctx, func() error {
			if _, err := tx.CreateDocument(ctx, testDoc(id, name, text)); err != nil {
				return err
			}
			return fail
		})
	}
	err := s.WithTx(ctx, func(tx *Tx) error {
		if err := create(tx, "bb01", "kept.txt", "A convoy was ambushed.", nil); err != nil {
			return err
		}
		if err := create(tx, "bb02", "dropped.txt", "A convoy and a checkpoint.", boom); !errors.Is(err, boom) {
			t.Errorf("savepoint error %v", err)
		}
		return create(tx, "bb03", "later.txt", "The checkpoint reopened.", nil)
	})
	if err != nil {
		t.Fatal(err)
	}
	err = s.WithTx(ctx, func(tx *Tx) error {
		if err := create(tx, "bb04", "lost.txt", "A convoy returned.", nil); err != nil {
			return err
		}
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("rolled-back transaction: %v", err)
	}
	for q, want := range map[string]string{"convoy": "kept.txt", "checkpoint": "later.txt"} {
		hits, err := s.FindDocuments(ctx, DocumentFilter{Query: &q})
		if err != nil || len(hits) != 1 || hits[0].Name != want {
			t.Errorf("search %q: %+v %v, want %s only", q, hits, err, want)
		}
	}
	if _, err := s.w.ExecContext(ctx, `INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')`); err != nil {
		t.Errorf("full-text index out of step with documents: %v", err)
	}
}
