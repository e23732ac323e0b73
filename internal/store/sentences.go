package store

import (
	"context"
	"fmt"
)

// Sentence is a stored sentence span [Start, End) of a document's text.
type Sentence struct {
	Seq        int `json:"seq"`
	Para       int `json:"para"`
	Start, End int
}

// ReplaceSentences replaces a document's sentences; Seq is assigned from
// the order given.
func (tx *Tx) ReplaceSentences(ctx context.Context, docID string, ss []Sentence) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM sentences WHERE document_id = ?`, docID); err != nil {
		return fmt.Errorf("store: replace sentences of %s: %w", short(docID), err)
	}
	for i, s := range ss {
		_, err := tx.ExecContext(ctx, `INSERT INTO sentences(document_id, seq, para, start_off, end_off) VALUES (?, ?, ?, ?, ?)`,
			docID, i, s.Para, s.Start, s.End)
		if err != nil {
			return fmt.Errorf("store: replace sentences of %s: %w", short(docID), err)
		}
	}
	return nil
}

// FindSentences returns a document's sentences in order.
func (s *Store) FindSentences(ctx context.Context, docID string) ([]Sentence, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT seq, para, start_off, end_off FROM sentences WHERE document_id = ? ORDER BY seq`, docID)
	if err != nil {
		return nil, fmt.Errorf("store: find sentences of %s: %w", short(docID), err)
	}
	defer rows.Close()
	var out []Sentence
	for rows.Next() {
		var x Sentence
		if err := rows.Scan(&x.Seq, &x.Para, &x.Start, &x.End); err != nil {
			return nil, fmt.Errorf("store: find sentences of %s: %w", short(docID), err)
		}
		out = append(out, x)
	}
	return out, rows.Err()
}
