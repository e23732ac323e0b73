package kbdata

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"

	"dossier/internal/kb"
	"dossier/internal/model"
)

// MemStore is an in-memory Store: documents, claims and actions in maps,
// with a plain substring search. It serves tests and previews without a
// database.
type MemStore struct {
	mu      sync.Mutex
	docs    map[string]*model.Document
	claims  map[string][]kb.Claim
	actions []kb.Action
	version int
}

// NewMemStore returns an empty MemStore.
func NewMemStore() *MemStore {
	return &MemStore{docs: map[string]*model.Document{}, claims: map[string][]kb.Claim{}}
}

// Add stores a document with its claims (replacing earlier ones).
func (m *MemStore) Add(d *model.Document, claims []kb.Claim) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.docs[d.ID] = d
	m.claims[d.ID] = claims
	m.version++
}

// LoadKBInput implements Store.
func (m *MemStore) LoadKBInput(ctx context.Context) (kb.Input, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var in kb.Input
	for _, d := range m.docs {
		in.Docs = append(in.Docs, kb.DocOf(d))
		in.Claims = append(in.Claims, m.claims[d.ID]...)
	}
	in.Actions = append(in.Actions, m.actions...)
	return in, nil
}

// KBVersion implements Store.
func (m *MemStore) KBVersion(ctx context.Context) (string, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return fmt.Sprint(m.version), nil
}

// Document implements Store.
func (m *MemStore) Document(ctx context.Context, id string) (*model.Document, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if d := m.docs[id]; d != nil {
		c := *d
		return &c, nil
	}
	return nil, model.Errorf(model.ENOTFOUND, "no document with id %q", id)
}

// SearchDocuments implements Store with a case-insensitive substring
// match of the whole query.
func (m *MemStore) SearchDocuments(ctx context.Context, q string, limit, offset int) ([]SearchHit, int, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	lq := strings.ToLower(q)
	var hits []SearchHit
	for _, d := range m.docs {
		i := strings.Index(strings.ToLower(d.Text), lq)
		if i < 0 || lq == "" {
			continue
		}
		lo, hi := max(0, i-60), min(len(d.Text), i+len(q)+60)
		hits = append(hits, SearchHit{DocID: d.ID,
			Snippet: d.Text[lo:i] + HitStart + d.Text[i:i+len(q)] + HitEnd + d.Text[i+len(q):hi]})
	}
	sort.Slice(hits, func(i, j int) bool { return hits[i].DocID < hits[j].DocID })
	n := len(hits)
	lo := min(offset, n)
	hi := min(lo+limit, n)
	return hits[lo:hi], n, nil
}

// RecordAction implements Store.
func (m *MemStore) RecordAction(ctx context.Context, a kb.Action) (kb.Action, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	a.ID = int64(len(m.actions) + 1)
	if a.At.IsZero() {
		a.At = time.Now().UTC()
	}
	m.actions = append(m.actions, a)
	m.version++
	return a, nil
}

// UndoAction implements Store: the action is flagged undone and the undo
// itself is recorded.
func (m *MemStore) UndoAction(ctx context.Context, id int64, who, why string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if id < 1 || int(id) > len(m.actions) || m.actions[id-1].Kind == kb.ActUndo {
		return model.Errorf(model.ENOTFOUND, "no curation action %d", id)
	}
	if m.actions[id-1].Undone {
		return model.Errorf(model.ECONFLICT, "action %d is already undone", id)
	}
	m.actions[id-1].Undone = true
	m.actions = append(m.actions, kb.Action{ID: int64(len(m.actions) + 1), Kind: kb.ActUndo,
		Target: fmt.Sprint(id), Who: who, Why: why, At: time.Now().UTC()})
	m.version++
	return nil
}
