package store

import (
	"context"
	"database/sql"
	"fmt"
)

// ClaimValue is what the knowledge-base rebuild reads of a stored claim:
// the key columns and the JSON value (which need not repeat them). Its
// byte slices are valid only during the EachClaim call that passes it.
type ClaimValue struct {
	ID, DocumentID, Kind, Extractor []byte
	Seq                             int
	Value                           []byte
}

// EachClaim calls fn with every claim's key columns and JSON value, in
// storage order (callers that need an order sort): the rebuild reads
// nothing else, so it skips the other columns and their parsing.
func (s *Store) EachClaim(ctx context.Context, fn func(c *ClaimValue) error) error {
	rows, err := s.r.QueryContext(ctx, `SELECT id, document_id, kind, extractor, seq, value FROM claims`)
	if err != nil {
		return fmt.Errorf("store: read claims: %w", err)
	}
	defer rows.Close()
	var id, doc, kind, extractor, value sql.RawBytes
	var c ClaimValue
	for rows.Next() {
		if err := rows.Scan(&id, &doc, &kind, &extractor, &c.Seq, &value); err != nil {
			return fmt.Errorf("store: read claims: %w", err)
		}
		c.ID, c.DocumentID, c.Kind, c.Extractor, c.Value = id, doc, kind, extractor, value
		if err := fn(&c); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("store: read claims: %w", err)
	}
	return nil
}
