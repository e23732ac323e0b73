package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"dossier/internal/model"
)

// DocumentSummary is one row of a document listing.
type DocumentSummary struct {
	ID             string     `json:"id"`
	Name           string     `json:"name"`
	Title          string     `json:"title"`
	Source         string     `json:"source"`
	Format         string     `json:"format"`
	Published      model.Date `json:"published"`
	PublishedAfter model.Date `json:"published_after"`
	Chars          int        `json:"chars"`
	IngestedAt     time.Time  `json:"ingested_at"`
}

// DocumentFilter selects documents; nil fields do not filter.
type DocumentFilter struct {
	Query  *string // full-text query (FTS5 syntax)
	Source *string
	Limit  int // 0: no limit
	Offset int
}

// CreateDocument stores d (raw bytes, metadata, text) in one transaction.
// It reports false, and stores nothing, when a document with d's content
// hash is already stored.
func (s *Store) CreateDocument(ctx context.Context, d *model.Document) (bool, error) {
	var created bool
	err := s.WithTx(ctx, func(tx *Tx) error {
		var err error
		created, err = tx.CreateDocument(ctx, d)
		return err
	})
	return created, err
}

// DocumentExists reports whether a document with this id is stored.
func (s *Store) DocumentExists(ctx context.Context, id string) (bool, error) {
	return documentExists(ctx, s.r.QueryRowContext, id)
}

// DocumentExists reports whether a document with this id is stored.
func (tx *Tx) DocumentExists(ctx context.Context, id string) (bool, error) {
	return documentExists(ctx, tx.tx.QueryRowContext, id)
}

type rowQuerier func(ctx context.Context, q string, args ...any) *sql.Row

func documentExists(ctx context.Context, q rowQuerier, id string) (bool, error) {
	var n int
	if err := q(ctx, `SELECT COUNT(*) FROM documents WHERE id = ?`, id).Scan(&n); err != nil {
		return false, fmt.Errorf("store: document exists %s: %w", short(id), err)
	}
	return n > 0, nil
}

// CreateDocument stores d in the transaction; false when a document with
// its id is already stored (then nothing changes: the blob insert is a
// no-op for the same content).
func (tx *Tx) CreateDocument(ctx context.Context, d *model.Document) (bool, error) {
	if d.ID == "" || d.Name == "" {
		return false, model.Errorf(model.EINVALID, "document needs an id and a name")
	}
	raw := d.Raw
	if raw == nil {
		raw = []byte(d.Text)
	}
	hash := contentHash(raw)
	data, enc, at := blobOf(raw, d.Text)
	var textDoc any
	if enc != blobVerbatim {
		textDoc = d.ID
	}
	if _, err := tx.execCached(ctx, sqlInsertBlob, hash, len(raw), data, enc, at, textDoc); err != nil {
		return false, fmt.Errorf("store: create blob for %s: %w", d.Name, err)
	}
	srcID, err := tx.sourceID(ctx, d.Source, d.URL)
	if err != nil {
		return false, err
	}
	blocks, _ := json.Marshal(nonNilBlocks(d.Blocks))
	credits, _ := json.Marshal(nonNilStrings(d.Credits))
	now := time.Now().UTC()
	fetched := d.FetchedAt
	if fetched.IsZero() {
		fetched = now
	}
	res, err := tx.execCached(ctx, sqlInsertDocument,
		d.ID, d.Name, d.Input, d.URL, srcID, d.Title, d.Author, dateValue(d.Published), dateValue(d.PublishedAfter),
		d.Format, d.Text, len([]rune(d.Text)), string(blocks), string(credits), hash,
		fetched.UTC().Format(time.RFC3339Nano), now.Format(time.RFC3339Nano))
	if err != nil {
		return false, fmt.Errorf("store: create document %s: %w", d.Name, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("store: create document %s: %w", d.Name, err)
	}
	if n != 1 {
		return false, nil // already stored under this content hash
	}
	rowid, err := res.LastInsertId()
	if err != nil {
		return false, fmt.Errorf("store: create document %s: %w", d.Name, err)
	}
	tx.newDocs = append(tx.newDocs, rowid)
	return true, nil
}

// sourceID returns the id of the named source, creating it; nil when the
// document names no source. Ids of committed sources are cached by the
// store (sources are never deleted); one created in this transaction is
// cached once it commits.
func (tx *Tx) sourceID(ctx context.Context, name, url string) (any, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return nil, nil
	}
	for _, s := range tx.newSrcs {
		if s.name == name {
			return s.id, nil
		}
	}
	if id, ok := tx.sources.get(name); ok {
		return id, nil
	}
	res, err := tx.execCached(ctx, sqlInsertSource, name, url, time.Now().UTC().Format(time.RFC3339))
	if err != nil {
		return nil, fmt.Errorf("store: create source %q: %w", name, err)
	}
	created, err := res.RowsAffected()
	if err != nil {
		return nil, fmt.Errorf("store: create source %q: %w", name, err)
	}
	var id int64
	if err := tx.QueryRowContext(ctx, `SELECT id FROM sources WHERE name = ?`, name).Scan(&id); err != nil {
		return nil, fmt.Errorf("store: find source %q: %w", name, err)
	}
	if created == 1 {
		tx.newSrcs = append(tx.newSrcs, namedID{name, id})
	} else {
		tx.sources.add(namedID{name, id}) // committed before this transaction
	}
	return id, nil
}

const sqlInsertSource = `INSERT INTO sources(name, url, created_at) VALUES (?, ?, ?) ON CONFLICT (name) DO NOTHING`

func init() { hotStatements = append(hotStatements, sqlInsertSource) }

// sourceCache maps source names to their ids.
type sourceCache struct {
	mu sync.Mutex
	m  map[string]int64
}

func (c *sourceCache) get(name string) (int64, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	id, ok := c.m[name]
	return id, ok
}

// namedID is a source's name and id.
type namedID struct {
	name string
	id   int64
}

func (c *sourceCache) add(ids ...namedID) {
	if len(ids) == 0 {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil {
		c.m = map[string]int64{}
	}
	for _, s := range ids {
		c.m[s.name] = s.id
	}
}

const documentCols = `d.id, d.name, d.input, d.url, COALESCE(s.name, ''), d.title, d.author, d.published,
	d.published_after, d.format, d.text, d.blocks, d.credits, d.fetched_at`

// FindDocumentByID returns the stored document with this exact id (its
// raw bytes not loaded: see DocumentRaw).
func (s *Store) FindDocumentByID(ctx context.Context, id string) (*model.Document, error) {
	row := s.r.QueryRowContext(ctx, `SELECT `+documentCols+` FROM documents d
		LEFT JOIN sources s ON s.id = d.source_id WHERE d.id = ?`, id)
	d, err := scanDocument(row)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, notFound("no document with id %s", short(id))
	}
	if err != nil {
		return nil, fmt.Errorf("store: find document %s: %w", short(id), err)
	}
	return d, nil
}

// FindDocument resolves ref, a document id, a unique id prefix or a
// document name, to the stored document. An ambiguous ref is ECONFLICT.
func (s *Store) FindDocument(ctx context.Context, ref string) (*model.Document, error) {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return nil, model.Errorf(model.EINVALID, "empty document reference")
	}
	pattern := ""
	if len(ref) >= 4 && isHex(ref) {
		pattern = likePrefix(strings.ToLower(ref))
	}
	rows, err := s.r.QueryContext(ctx, `SELECT id FROM documents WHERE name = ? ORDER BY id LIMIT 6`, ref)
	if err != nil {
		return nil, fmt.Errorf("store: find document %q: %w", ref, err)
	}
	ids, err := scanStrings(rows)
	if err != nil {
		return nil, fmt.Errorf("store: find document %q: %w", ref, err)
	}
	if len(ids) == 0 && pattern != "" {
		rows, err := s.r.QueryContext(ctx, `SELECT id FROM documents WHERE id LIKE ? ORDER BY id LIMIT 6`, pattern)
		if err != nil {
			return nil, fmt.Errorf("store: find document %q: %w", ref, err)
		}
		if ids, err = scanStrings(rows); err != nil {
			return nil, fmt.Errorf("store: find document %q: %w", ref, err)
		}
	}
	switch len(ids) {
	case 0:
		return nil, notFound("no document with id or name %q (see dossier docs)", ref)
	case 1:
		return s.FindDocumentByID(ctx, ids[0])
	}
	return nil, model.Errorf(model.ECONFLICT, "%q matches %d or more documents: give more of the id", ref, len(ids))
}

func isHex(s string) bool {
	for _, c := range strings.ToLower(s) {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return false
		}
	}
	return true
}

// FindDocuments lists documents, newest ingestion last, or the best
// full-text matches first when Query is set.
func (s *Store) FindDocuments(ctx context.Context, f DocumentFilter) ([]DocumentSummary, error) {
	q := `SELECT d.id, d.name, d.title, COALESCE(s.name, ''), d.format, d.published, d.published_after, d.chars, d.ingested_at
		FROM documents d LEFT JOIN sources s ON s.id = d.source_id`
	var where []string
	var args []any
	order := ` ORDER BY d.ingested_at, d.name`
	if f.Query != nil {
		q += ` JOIN documents_fts ON documents_fts.rowid = d.rowid`
		where = append(where, `documents_fts MATCH ?`)
		args = append(args, *f.Query)
		order = ` ORDER BY bm25(documents_fts)`
	}
	if f.Source != nil {
		where = append(where, `s.name = ?`)
		args = append(args, *f.Source)
	}
	if len(where) > 0 {
		q += ` WHERE ` + strings.Join(where, ` AND `)
	}
	q += order
	if f.Limit > 0 {
		q += fmt.Sprintf(` LIMIT %d OFFSET %d`, f.Limit, f.Offset)
	}
	rows, err := s.r.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("store: find documents: %w", err)
	}
	defer rows.Close()
	var out []DocumentSummary
	for rows.Next() {
		sum, err := scanSummary(rows)
		if err != nil {
			return nil, fmt.Errorf("store: find documents: %w", err)
		}
		out = append(out, sum)
	}
	return out, rows.Err()
}

// CountDocuments returns how many documents are stored.
func (s *Store) CountDocuments(ctx context.Context) (int, error) {
	var n int
	if err := s.r.QueryRowContext(ctx, `SELECT COUNT(*) FROM documents`).Scan(&n); err != nil {
		return 0, fmt.Errorf("store: count documents: %w", err)
	}
	return n, nil
}
