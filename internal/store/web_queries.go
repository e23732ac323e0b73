package store

import (
	"context"
	"fmt"
	"strings"
	"unicode"
)

// Snippet hit markers of SearchDocuments: control characters that cannot
// occur in stored text, so callers can split and escape safely.
const (
	SnippetHitStart = "\x02"
	SnippetHitEnd   = "\x03"
)

// SearchHit is one document matching a full-text query, with a snippet
// whose hits are wrapped in SnippetHitStart/SnippetHitEnd.
type SearchHit struct {
	DocID   string
	Snippet string
}

// ftsQuery turns what a user typed into an FTS5 query of quoted terms
// (all required), so punctuation and FTS syntax in the input are inert.
func ftsQuery(q string) string {
	words := strings.FieldsFunc(q, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) })
	for i, w := range words {
		words[i] = `"` + w + `"`
	}
	return strings.Join(words, " ")
}

// SearchDocuments runs a full-text query over document titles and text,
// best matches first, and returns one window of hits and the total.
// The web UI's search page reads it.
func (s *Store) SearchDocuments(ctx context.Context, q string, limit, offset int) ([]SearchHit, int, error) {
	fq := ftsQuery(q)
	if fq == "" {
		return nil, 0, nil
	}
	var total int
	if err := s.r.QueryRowContext(ctx, `SELECT count(*) FROM documents_fts WHERE documents_fts MATCH ?`, fq).
		Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("store: search %q: %w", q, err)
	}
	rows, err := s.r.QueryContext(ctx, `SELECT d.id, snippet(documents_fts, -1, char(2), char(3), '…', 24)
		FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid
		WHERE documents_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?`, fq, limit, offset)
	if err != nil {
		return nil, 0, fmt.Errorf("store: search %q: %w", q, err)
	}
	defer rows.Close()
	var hits []SearchHit
	for rows.Next() {
		var h SearchHit
		if err := rows.Scan(&h.DocID, &h.Snippet); err != nil {
			return nil, 0, fmt.Errorf("store: search %q: %w", q, err)
		}
		hits = append(hits, h)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("store: search %q: %w", q, err)
	}
	return hits, total, nil
}

// DataVersion returns a token that changes whenever documents, claims or
// curation actions change, so readers can cache what they computed. It
// reads counts and the largest rowids (b-tree ends, so it stays cheap on
// large databases): replaced claims get new rowids, deleted ones lower
// the count, an undo adds an action.
func (s *Store) DataVersion(ctx context.Context) (string, error) {
	var docs, lastDoc, claims, lastClaim, acts int64
	err := s.r.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM documents), (SELECT coalesce(max(rowid), 0) FROM documents),
		(SELECT count(*) FROM claims), (SELECT coalesce(max(rowid), 0) FROM claims),
		(SELECT coalesce(max(id), 0) FROM curation_actions)`).
		Scan(&docs, &lastDoc, &claims, &lastClaim, &acts)
	if err != nil {
		return "", fmt.Errorf("store: data version: %w", err)
	}
	return fmt.Sprintf("%d.%d:%d.%d:%d", docs, lastDoc, claims, lastClaim, acts), nil
}
