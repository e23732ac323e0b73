package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sync"
)

// stmtCache keeps the prepared statements of the hot write path (one per
// SQL string, prepared once on the writer pool): preparing costs about as
// much as running them.
type stmtCache struct {
	mu sync.Mutex
	m  map[string]*sql.Stmt
}

// prepare prepares qs on db. It must run when no transaction holds the
// single writer connection (Open does it right after migrating).
func (c *stmtCache) prepare(ctx context.Context, db *sql.DB, qs ...string) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil {
		c.m = map[string]*sql.Stmt{}
	}
	for _, q := range qs {
		st, err := db.PrepareContext(ctx, q)
		if err != nil {
			return fmt.Errorf("prepare: %w", err)
		}
		c.m[q] = st
	}
	return nil
}

func (c *stmtCache) get(q string) *sql.Stmt {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.m[q]
}

func (c *stmtCache) close() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	var errs []error
	for _, st := range c.m {
		errs = append(errs, st.Close())
	}
	c.m = nil
	return errors.Join(errs...)
}

// execCached runs one of the store's own fixed statements in the
// transaction, prepared once at Open when it is in hotStatements. The
// statement is bound to the transaction once, and the driver gets a
// context without cancellation: these statements take well under a
// millisecond, cancellation is checked before each one (and rolls back
// the transaction), and a cancellable context costs the driver a watcher
// goroutine per statement.
func (tx *Tx) execCached(ctx context.Context, q string, args ...any) (sql.Result, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	q = tx.d.rebind(q)
	st := tx.bound[q]
	if st == nil {
		parent := tx.stmts.get(q)
		if parent == nil {
			return tx.tx.ExecContext(ctx, q, args...)
		}
		st = tx.tx.StmtContext(ctx, parent)
		if tx.bound == nil {
			tx.bound = map[string]*sql.Stmt{}
		}
		tx.bound[q] = st
	}
	return st.ExecContext(context.WithoutCancel(ctx), args...)
}

const (
	sqlInsertBlob = `INSERT INTO blobs(hash, size, data, encoding, text_at, text_doc) VALUES (?, ?, ?, ?, ?, ?)
		ON CONFLICT (hash) DO NOTHING`
	sqlInsertDocument = `INSERT INTO documents(id, name, input, url, source_id, title, author, published,
		published_after, format, text, chars, blocks, credits, blob_hash, fetched_at, ingested_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`
)

// Per-document savepoint statements (Tx.Savepoint).
const (
	sqlSavepoint  = `SAVEPOINT dossier_doc`
	sqlRollbackTo = `ROLLBACK TO dossier_doc`
	sqlRelease    = `RELEASE dossier_doc`
)

// hotStatements are prepared at Open: the per-document write path.
var hotStatements = []string{sqlInsertBlob, sqlInsertDocument, sqlSavepoint, sqlRollbackTo, sqlRelease}
