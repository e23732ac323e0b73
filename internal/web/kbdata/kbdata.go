// Package kbdata adapts the knowledge base to web.Data: it loads claims,
// documents and curation actions from a Store, builds the KB with kb.Build,
// indexes it for the pages, and rebuilds it when the store's version
// changes (after an ingest or a curation decision). It imports web, kb, kb/kbstore,
// store and model; it must not import cli or pipeline.
package kbdata

import (
	"context"
	"fmt"
	"sync"
	"time"

	"dossier/internal/kb"
	"dossier/internal/model"
	"dossier/internal/store"
	"dossier/internal/web"
)

// Store is what kbdata needs from storage. Not found is a *model.Error
// with code ENOTFOUND.
type Store interface {
	// LoadKBInput returns every document, claim and curation action
	// (actions in the order taken, undone ones flagged).
	LoadKBInput(ctx context.Context) (kb.Input, error)
	// KBVersion changes whenever documents, claims or actions change.
	KBVersion(ctx context.Context) (string, error)
	Document(ctx context.Context, id string) (*model.Document, error)
	// SearchDocuments runs a full-text query; snippets mark hits with
	// HitStart and HitEnd.
	SearchDocuments(ctx context.Context, q string, limit, offset int) ([]SearchHit, int, error)
	RecordAction(ctx context.Context, a kb.Action) (kb.Action, error)
	UndoAction(ctx context.Context, id int64, who, why string) error
}

// Snippet hit markers used by Store.SearchDocuments.
const (
	HitStart = store.SnippetHitStart
	HitEnd   = store.SnippetHitEnd
)

// SearchHit is one document matching a full-text query.
type SearchHit struct {
	DocID   string
	Snippet string
}

// Data implements web.Data over a Store.
type Data struct {
	store  Store
	places kb.Places
	// recheck is how long a built KB is trusted before the store's version
	// is asked again.
	recheck time.Duration

	mu      sync.Mutex
	idx     *index
	version string
	checked time.Time
}

var _ web.Data = (*Data)(nil)

// New returns a Data over st; places may be nil.
func New(st Store, places kb.Places) *Data {
	return &Data{store: st, places: places, recheck: time.Second}
}

// current returns the index for the store's current version, rebuilding
// it when the version changed. Concurrent callers share one rebuild.
func (d *Data) current(ctx context.Context) (*index, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.idx != nil && time.Since(d.checked) < d.recheck {
		return d.idx, nil
	}
	v, err := d.store.KBVersion(ctx)
	if err != nil {
		return nil, fmt.Errorf("kbdata: version: %w", err)
	}
	d.checked = time.Now()
	if d.idx != nil && v == d.version {
		return d.idx, nil
	}
	in, err := d.store.LoadKBInput(ctx)
	if err != nil {
		return nil, fmt.Errorf("kbdata: load knowledge base: %w", err)
	}
	if d.places != nil {
		in.Places = d.places
	}
	d.idx, d.version = newIndex(in, kb.Build(in)), v
	return d.idx, nil
}

// invalidate forces the next read to ask the store's version.
func (d *Data) invalidate() {
	d.mu.Lock()
	d.checked = time.Time{}
	d.mu.Unlock()
}
