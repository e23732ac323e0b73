// Package store owns Dossier's persistence: one concrete *Store over
// database/sql, embedded SQLite (modernc.org/sqlite: WAL, FTS5, one writer
// connection) by default, numbered SQL migrations embedded per dialect and
// applied in order. Exported methods open their own transaction; *Tx
// methods compose inside one (the pipeline stores a document and its
// extraction in the same transaction). It imports model only, never
// ingest, extract, kb or config.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"path/filepath"
	"strings"

	_ "modernc.org/sqlite" // database/sql driver "sqlite"

	"dossier/internal/model"
)

// Store is the database. Writes go through a single connection (SQLite
// allows one writer); reads use a separate pool so they never wait on it.
type Store struct {
	w, r    *sql.DB
	dialect *dialect
	path    string
	stmts   stmtCache
	sources sourceCache
	ckpt    *checkpointer
}

// Open opens (creating if needed) the SQLite database at path and applies
// pending migrations.
func Open(ctx context.Context, path string) (*Store, error) {
	if path == "" {
		return nil, model.Errorf(model.EINVALID, "store: empty database path")
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	w, err := sql.Open("sqlite", sqliteDSN(abs, "immediate", false))
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	w.SetMaxOpenConns(1)
	r, err := sql.Open("sqlite", sqliteDSN(abs, "deferred", true))
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	r.SetMaxOpenConns(4)
	s := &Store{w: w, r: r, dialect: sqliteDialect, path: abs}
	if err := s.migrate(ctx); err != nil {
		s.Close()
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	if err := s.stmts.prepare(ctx, w, hotStatements...); err != nil {
		s.Close()
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	if s.ckpt, err = startCheckpointer(abs); err != nil {
		s.Close()
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	return s, nil
}

// sqliteDSN puts the pragmas in the connection string so every pooled
// connection gets them.
func sqliteDSN(path, txlock string, readOnly bool) string {
	q := url.Values{}
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "synchronous(NORMAL)")
	// per-document savepoints journal to memory, not a temporary file
	q.Add("_pragma", "temp_store(MEMORY)")
	// A 4 MB page cache per connection (twice SQLite's default) holds a
	// batch of documents without spilling. Not more: SQLite's allocator
	// (modernc.org/memory) returns freed pages beyond 4 MB to the OS one
	// madvise call each, which cost ~0.6 ms of CPU per article when the
	// writer's 32 MB cache was freed at Close (and more page faults while
	// it filled).
	q.Add("_pragma", "cache_size(-4000)")
	// the log is copied into the database by a background checkpointer
	// (checkpoint.go); the writer does it itself only past 32 MB
	q.Add("_pragma", "wal_autocheckpoint(8000)")
	if readOnly {
		q.Add("_pragma", "query_only(1)")
	}
	q.Set("_txlock", txlock)
	return "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + q.Encode()
}

// Path returns the database file's absolute path.
func (s *Store) Path() string { return s.path }

// Close closes both pools (and the checkpointer's connection).
func (s *Store) Close() error {
	var ckpt error
	if s.ckpt != nil {
		ckpt = s.ckpt.close()
	}
	return errors.Join(ckpt, s.stmts.close(), s.r.Close(), s.w.Close())
}

// Tx is a write transaction; its methods compose in it.
type Tx struct {
	tx      *sql.Tx
	d       *dialect
	stmts   *stmtCache
	bound   map[string]*sql.Stmt // hot statements bound to this transaction
	newDocs []int64              // rowids of documents created here, indexed for search at commit
	sources *sourceCache
	newSrcs []namedID // sources created here, cached once committed
}

// WithTx runs fn in one write transaction, committed when fn returns nil
// and rolled back otherwise: a crash or error leaves nothing half-written.
func (s *Store) WithTx(ctx context.Context, fn func(*Tx) error) error {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: begin: %w", err)
	}
	t := &Tx{tx: tx, d: s.dialect, stmts: &s.stmts, sources: &s.sources}
	if err := fn(t); err != nil {
		_ = tx.Rollback()
		return err
	}
	if err := t.indexNewDocuments(ctx); err != nil {
		_ = tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("store: commit: %w", err)
	}
	s.sources.add(t.newSrcs...)
	if s.ckpt != nil {
		s.ckpt.committed()
	}
	return nil
}

// ExecContext runs a statement in the transaction; "?" placeholders are
// rewritten for the dialect.
func (tx *Tx) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	return tx.tx.ExecContext(ctx, tx.d.rebind(query), args...)
}

// QueryContext runs a query in the transaction.
func (tx *Tx) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	return tx.tx.QueryContext(ctx, tx.d.rebind(query), args...)
}

// QueryRowContext runs a one-row query in the transaction.
func (tx *Tx) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	return tx.tx.QueryRowContext(ctx, tx.d.rebind(query), args...)
}

// QueryContext runs a read query on the read pool (for packages that add
// their own tables through later migrations).
func (s *Store) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	return s.r.QueryContext(ctx, s.dialect.rebind(query), args...)
}

// QueryRowContext runs a one-row read query on the read pool.
func (s *Store) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	return s.r.QueryRowContext(ctx, s.dialect.rebind(query), args...)
}

// dialect holds every SQL difference between the databases in one place.
type dialect struct {
	name         string
	dollarParams bool // PostgreSQL: $1, $2 instead of ?
}

var sqliteDialect = &dialect{name: "sqlite"}

// rebind rewrites "?" placeholders for the dialect.
func (d *dialect) rebind(q string) string {
	if !d.dollarParams || !strings.Contains(q, "?") {
		return q
	}
	var b strings.Builder
	n := 0
	inStr := false
	for _, r := range q {
		switch {
		case r == '\'':
			inStr = !inStr
		case r == '?' && !inStr:
			n++
			fmt.Fprintf(&b, "$%d", n)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// notFound returns an ENOTFOUND error.
func notFound(format string, args ...any) error {
	return model.Errorf(model.ENOTFOUND, format, args...)
}

// Savepoint runs fn inside a savepoint of the transaction: when fn fails,
// only what fn wrote is rolled back and the transaction goes on. The
// pipeline stores a batch of documents in one transaction this way, each
// document all or nothing.
func (tx *Tx) Savepoint(ctx context.Context, fn func() error) error {
	if _, err := tx.execCached(ctx, sqlSavepoint); err != nil {
		return fmt.Errorf("store: savepoint: %w", err)
	}
	nDocs, nSrcs := len(tx.newDocs), len(tx.newSrcs)
	if err := fn(); err != nil {
		tx.newDocs, tx.newSrcs = tx.newDocs[:nDocs], tx.newSrcs[:nSrcs] // what fn created is gone
		if _, rerr := tx.execCached(ctx, sqlRollbackTo); rerr != nil {
			return errors.Join(err, fmt.Errorf("store: rollback to savepoint: %w", rerr))
		}
		_, _ = tx.execCached(ctx, sqlRelease)
		return err
	}
	if _, err := tx.execCached(ctx, sqlRelease); err != nil {
		return fmt.Errorf("store: release savepoint: %w", err)
	}
	return nil
}
