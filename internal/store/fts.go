package store

import (
	"context"
	"fmt"
	"strconv"
	"strings"
)

// indexNewDocuments adds the documents created in the transaction to the
// full-text index (documents_fts) in one statement, just before commit:
// FTS5 writes one index segment per statement, so a batch of documents
// costs one segment instead of one each (migration 0052 dropped the
// per-row trigger). Rowids of documents rolled back with their savepoint
// were dropped from tx.newDocs; a reused rowid is listed twice, which IN
// ignores.
func (tx *Tx) indexNewDocuments(ctx context.Context) error {
	if len(tx.newDocs) == 0 {
		return nil
	}
	var b strings.Builder
	b.WriteString(`INSERT INTO documents_fts(rowid, title, text) SELECT rowid, title, text FROM documents WHERE rowid IN (`)
	for i, id := range tx.newDocs {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(strconv.FormatInt(id, 10))
	}
	b.WriteByte(')')
	if _, err := tx.tx.ExecContext(ctx, b.String()); err != nil {
		return fmt.Errorf("store: index %d new documents: %w", len(tx.newDocs), err)
	}
	tx.newDocs = tx.newDocs[:0]
	return nil
}
