package store

import (
	"context"
	"database/sql"
	"fmt"
)

// EachClaimValue calls fn with the JSON value of every claim, in storage
// order (callers that need an order sort): the knowledge-base rebuild
// reads nothing else, so it skips the other columns and their parsing.
// The bytes are valid only during the call.
func (s *Store) EachClaimValue(ctx context.Context, fn func(value []byte) error) error {
	rows, err := s.r.QueryContext(ctx, `SELECT value FROM claims`)
	if err != nil {
		return fmt.Errorf("store: read claim values: %w", err)
	}
	defer rows.Close()
	var v sql.RawBytes
	for rows.Next() {
		if err := rows.Scan(&v); err != nil {
			return fmt.Errorf("store: read claim values: %w", err)
		}
		if err := fn(v); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("store: read claim values: %w", err)
	}
	return nil
}
