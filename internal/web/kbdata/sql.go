package kbdata

import (
	"context"

	"dossier/internal/kb"
	"dossier/internal/model"
	"dossier/internal/store"
)

// KBStore is the knowledge-base persistence of the store (claims and
// curation actions), which the knowledge-base owner provides.
type KBStore interface {
	LoadKBInput(ctx context.Context) (kb.Input, error)
	RecordAction(ctx context.Context, a kb.Action) (kb.Action, error)
	UndoAction(ctx context.Context, id int64, who, why string) error
}

// SQL is the Store over the SQLite store: documents and search from
// store.Store, claims and actions from its KBStore half.
type SQL struct {
	KBStore
	S *store.Store
}

var _ Store = SQL{}

// KBVersion implements Store.
func (q SQL) KBVersion(ctx context.Context) (string, error) { return q.S.DataVersion(ctx) }

// Document implements Store.
func (q SQL) Document(ctx context.Context, id string) (*model.Document, error) {
	return q.S.FindDocumentByID(ctx, id)
}

// SearchDocuments implements Store.
func (q SQL) SearchDocuments(ctx context.Context, text string, limit, offset int) ([]SearchHit, int, error) {
	hits, total, err := q.S.SearchDocuments(ctx, text, limit, offset)
	if err != nil {
		return nil, 0, err
	}
	out := make([]SearchHit, len(hits))
	for i, h := range hits {
		out[i] = SearchHit{DocID: h.DocID, Snippet: h.Snippet}
	}
	return out, total, nil
}
