package store

import (
	"context"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
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

// searchTerms returns the lower-cased words of a query.
func searchTerms(q string) []string {
	words := strings.FieldsFunc(strings.ToLower(q), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) })
	return words
}

// snippet cuts about width bytes of text around the first query term and
// marks every whole-word, case-insensitive occurrence of a term. (SQLite's
// snippet() does the same but re-tokenises whole documents: slower.)
func snippet(text string, terms []string, width int) string {
	lower := strings.ToLower(text)
	if len(lower) != len(text) { // case folding changed byte lengths: match on the text itself
		lower = text
	}
	first := -1
	for _, t := range terms {
		if i := wordIndex(lower, t, 0); i >= 0 && (first < 0 || i < first) {
			first = i
		}
	}
	lo, hi := 0, min(len(text), width)
	if first >= 0 {
		lo = max(0, first-width/3)
		hi = min(len(text), lo+width)
	}
	lo, hi = runeStart(text, lo), runeStart(text, hi)
	var b strings.Builder
	if lo > 0 {
		b.WriteString("…")
	}
	for i := lo; i < hi; {
		t, ok := termAt(lower, terms, i, hi)
		if !ok {
			b.WriteByte(text[i])
			i++
			continue
		}
		b.WriteString(SnippetHitStart + text[i:i+len(t)] + SnippetHitEnd)
		i += len(t)
	}
	if hi < len(text) {
		b.WriteString("…")
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// wordIndex finds term as a whole word in s at or after from, or -1.
func wordIndex(s, term string, from int) int {
	for from <= len(s) {
		i := strings.Index(s[from:], term)
		if i < 0 {
			return -1
		}
		i += from
		if isWordEdge(s, i-1) && isWordEdge(s, i+len(term)) {
			return i
		}
		from = i + 1
	}
	return -1
}

// termAt returns the term starting as a whole word at i (ending by hi).
func termAt(s string, terms []string, i, hi int) (string, bool) {
	if !isWordEdge(s, i-1) {
		return "", false
	}
	for _, t := range terms {
		if i+len(t) <= hi && strings.HasPrefix(s[i:], t) && isWordEdge(s, i+len(t)) {
			return t, true
		}
	}
	return "", false
}

// isWordEdge reports whether byte i of s is outside a word (or s's end).
func isWordEdge(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return true
	}
	c := s[i]
	return !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80)
}

// runeStart moves i back to the start of the UTF-8 sequence holding it.
func runeStart(s string, i int) int {
	for i > 0 && i < len(s) && !utf8.RuneStart(s[i]) {
		i--
	}
	return i
}

// maxRanked is the most matches SearchDocuments ranks by relevance.
const maxRanked = 1000

// SearchDocuments runs a full-text query over document titles and text,
// best matches first (newest first beyond maxRanked matches), and returns
// one window of hits and the total.
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
	// bm25 ranking reads every match's column sizes: for very broad
	// queries list the newest documents instead.
	order := "rank"
	if total > maxRanked {
		order = "documents_fts.rowid DESC"
	}
	rows, err := s.r.QueryContext(ctx, `SELECT d.id, d.text
		FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid
		WHERE documents_fts MATCH ? ORDER BY `+order+` LIMIT ? OFFSET ?`, fq, limit, offset)
	if err != nil {
		return nil, 0, fmt.Errorf("store: search %q: %w", q, err)
	}
	defer rows.Close()
	terms := searchTerms(q)
	var hits []SearchHit
	for rows.Next() {
		var h SearchHit
		var text string
		if err := rows.Scan(&h.DocID, &text); err != nil {
			return nil, 0, fmt.Errorf("store: search %q: %w", q, err)
		}
		h.Snippet = snippet(text, terms, 200)
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
