package kbstore

import (
	"context"
	"fmt"

	"dossier/internal/extract"
	"dossier/internal/store"
)

// Reprocess re-runs the extractor over stored documents (all when ids is
// empty), replacing each document's claims only, each document in its own
// transaction, then refreshes the snapshot. It returns how many documents
// were processed.
func Reprocess(ctx context.Context, st *store.Store, ids []string, opt extract.Options) (int, error) {
	if len(ids) == 0 {
		docs, err := st.FindKBDocuments(ctx)
		if err != nil {
			return 0, err
		}
		for _, d := range docs {
			ids = append(ids, d.ID)
		}
	}
	n := 0
	for _, id := range ids {
		if err := ctx.Err(); err != nil {
			return n, err
		}
		d, err := st.FindDocumentByID(ctx, id)
		if err != nil {
			return n, err
		}
		x := extract.Extract(d, opt)
		if err := st.WithTx(ctx, func(tx *store.Tx) error { return SaveExtraction(ctx, tx, d.ID, x) }); err != nil {
			return n, fmt.Errorf("kbstore: reprocess %s: %w", d.Name, err)
		}
		n++
	}
	if _, err := Refresh(ctx, st); err != nil {
		return n, err
	}
	return n, nil
}
