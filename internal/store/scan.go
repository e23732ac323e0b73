package store

import (
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"dossier/internal/model"
)

// scanner is a *sql.Row or *sql.Rows.
type scanner interface{ Scan(dest ...any) error }

func scanDocument(r scanner) (*model.Document, error) {
	var d model.Document
	var pub, after sql.NullString
	var blocks, credits, fetched string
	err := r.Scan(&d.ID, &d.Name, &d.Input, &d.URL, &d.Source, &d.Title, &d.Author, &pub, &after,
		&d.Format, &d.Text, &blocks, &credits, &fetched)
	if err != nil {
		return nil, err
	}
	if d.Published, err = parseDate(pub); err != nil {
		return nil, err
	}
	if d.PublishedAfter, err = parseDate(after); err != nil {
		return nil, err
	}
	if err := json.Unmarshal([]byte(blocks), &d.Blocks); err != nil {
		return nil, fmt.Errorf("blocks: %w", err)
	}
	if err := json.Unmarshal([]byte(credits), &d.Credits); err != nil {
		return nil, fmt.Errorf("credits: %w", err)
	}
	d.FetchedAt, _ = time.Parse(time.RFC3339Nano, fetched)
	return &d, nil
}

func scanSummary(r scanner) (DocumentSummary, error) {
	var s DocumentSummary
	var pub, after sql.NullString
	var ingested string
	err := r.Scan(&s.ID, &s.Name, &s.Title, &s.Source, &s.Format, &pub, &after, &s.Chars, &ingested)
	if err != nil {
		return s, err
	}
	if s.Published, err = parseDate(pub); err != nil {
		return s, err
	}
	if s.PublishedAfter, err = parseDate(after); err != nil {
		return s, err
	}
	s.IngestedAt, _ = time.Parse(time.RFC3339Nano, ingested)
	return s, nil
}

func scanStrings(rows *sql.Rows) ([]string, error) {
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

func parseDate(s sql.NullString) (model.Date, error) {
	if !s.Valid {
		return model.Date{}, nil
	}
	return model.ParseDate(s.String)
}

// dateValue is a Date as stored: its ISO string, or NULL when unknown.
func dateValue(d model.Date) any {
	if d.IsZero() {
		return nil
	}
	return d.String()
}

func contentHash(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// likePrefix returns a LIKE pattern matching strings that start with p
// (p's own wildcards neutralised: ids are hex, so they are just dropped).
func likePrefix(p string) string {
	p = strings.NewReplacer("%", "", "_", "").Replace(p)
	return p + "%"
}

// short abbreviates a content hash for messages.
func short(id string) string {
	if len(id) > 12 {
		return id[:12]
	}
	return id
}

func nonNilBlocks(b []model.Block) []model.Block {
	if b == nil {
		return []model.Block{}
	}
	return b
}

func nonNilStrings(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
