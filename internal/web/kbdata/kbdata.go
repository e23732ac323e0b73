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

	mu         sync.Mutex
	idx        *index
	version    string
	checked    time.Time
	refreshing bool // one caller is checking the version
}

var _ web.Data = (*Data)(nil)

// New returns a Data over st; places may be nil.
func New(st Store, places kb.Places) *Data {
	return &Data{store: st, places: places, recheck: 2 * time.Second}
}

// current returns the index for the store's current version. The first
// call builds it; later, once the recheck interval has passed, one caller
// asks the store's version (and rebuilds on a change) while the others
// keep reading the index they have, so a check never stalls the server.
func (d *Data) current(ctx context.Context) (*index, error) {
	d.mu.Lock()
	idx := d.idx
	due := idx == nil || (!d.refreshing && time.Since(d.checked) >= d.recheck)
	if !due {
		d.mu.Unlock()
		return idx, nil
	}
	if idx != nil {
		d.refreshing = true
		d.mu.Unlock()
		if err := d.refresh(ctx); err != nil {
			return nil, err
		}
		return d.snapshot(), nil
	}
	defer d.mu.Unlock() // first build: everyone waits for it
	return d.rebuild(ctx)
}

// refresh checks the version and rebuilds without holding the lock.
func (d *Data) refresh(ctx context.Context) error {
	v, err := d.store.KBVersion(ctx)
	d.mu.Lock()
	defer d.mu.Unlock()
	d.refreshing = false
	if err != nil {
		return fmt.Errorf("kbdata: version: %w", err)
	}
	d.checked = time.Now()
	if v == d.version {
		return nil
	}
	_, err = d.rebuild(ctx)
	return err
}

// rebuild loads and indexes the KB; d.mu must be held.
func (d *Data) rebuild(ctx context.Context) (*index, error) {
	v, err := d.store.KBVersion(ctx)
	if err != nil {
		return nil, fmt.Errorf("kbdata: version: %w", err)
	}
	in, err := d.store.LoadKBInput(ctx)
	if err != nil {
		return nil, fmt.Errorf("kbdata: load knowledge base: %w", err)
	}
	if d.places != nil {
		in.Places = d.places
	}
	d.idx, d.version, d.checked = newIndex(in, kb.Build(in)), v, time.Now()
	return d.idx, nil
}

func (d *Data) snapshot() *index {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.idx
}

// sync rebuilds now if the store changed: after the server's own writes,
// the next page must show them.
func (d *Data) sync(ctx context.Context) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	v, err := d.store.KBVersion(ctx)
	if err != nil {
		return fmt.Errorf("kbdata: version: %w", err)
	}
	if d.idx != nil && v == d.version {
		return nil
	}
	_, err = d.rebuild(ctx)
	return err
}
