package kbdata

import (
	"context"

	"dossier/internal/kb"
	"dossier/internal/kb/kbstore"
	"dossier/internal/store"
)

// NewSQL returns the Store over a SQLite store: claims, documents and
// curation through the knowledge base's kbstore bridge (which validates
// decisions and refreshes the snapshot tables), search through the
// store's full-text index.
func NewSQL(st *store.Store) SQL {
	return SQL{KBStore: sqlKB{st}, S: st}
}

// sqlKB is KBStore over kbstore.
type sqlKB struct{ st *store.Store }

// LoadKBInput implements KBStore.
func (q sqlKB) LoadKBInput(ctx context.Context) (kb.Input, error) { return kbstore.Load(ctx, q.st) }

// RecordAction implements KBStore. An action that was recorded but whose
// snapshot refresh failed is returned with the error.
func (q sqlKB) RecordAction(ctx context.Context, a kb.Action) (kb.Action, error) {
	row, err := kbstore.Act(ctx, q.st, kbstore.Request{Kind: a.Kind, Target: a.Target, Arg: a.Arg, Who: a.Who, Why: a.Why})
	if row == nil {
		return kb.Action{}, err
	}
	return kb.Action{ID: row.ID, Kind: row.Kind, Target: row.Target, Arg: row.Arg, Who: row.Who, Why: row.Why,
		At: row.At, Undone: row.UndoneBy != nil}, err
}

// UndoAction implements KBStore.
func (q sqlKB) UndoAction(ctx context.Context, id int64, who, why string) error {
	_, err := kbstore.Undo(ctx, q.st, id, who, why)
	return err
}
