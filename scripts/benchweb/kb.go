package main

import (
	"context"
	"fmt"
	"sync"
	"time"

	"dossier/internal/extract"
	"dossier/internal/kb"
	"dossier/internal/model"
	"dossier/internal/pipeline"
	"dossier/internal/store"
	"dossier/internal/web/kbdata"
)

// processHook is the pipeline's extraction+merge step; nil while the
// store does not persist claims (kbStore then extracts after ingest).
func processHook() pipeline.ProcessFunc { return nil }

// kbStore returns the store's own knowledge-base persistence, or else an
// in-memory one filled by extracting every stored document.
func kbStore(ctx context.Context, st *store.Store) (kbdata.KBStore, string, error) {
	if k, ok := any(st).(kbdata.KBStore); ok {
		return k, "claims persisted in the store", nil
	}
	start := time.Now()
	docs, err := st.FindDocuments(ctx, store.DocumentFilter{})
	if err != nil {
		return nil, "", err
	}
	m := &memKB{}
	for _, ds := range docs {
		d, err := st.FindDocumentByID(ctx, ds.ID)
		if err != nil {
			return nil, "", err
		}
		x := extract.Extract(d, extract.Options{})
		m.in.Docs = append(m.in.Docs, kb.DocOf(d))
		m.in.Claims = append(m.in.Claims, kb.Claims(d.ID, x, "bench")...)
	}
	return m, fmt.Sprintf("claims extracted in memory from %d documents in %.1fs", len(docs),
		time.Since(start).Seconds()), nil
}

// memKB keeps claims and actions in memory.
type memKB struct {
	mu sync.Mutex
	in kb.Input
}

func (m *memKB) LoadKBInput(ctx context.Context) (kb.Input, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	in := m.in
	in.Actions = append([]kb.Action(nil), m.in.Actions...)
	return in, nil
}

func (m *memKB) RecordAction(ctx context.Context, a kb.Action) (kb.Action, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	a.ID = int64(len(m.in.Actions) + 1)
	m.in.Actions = append(m.in.Actions, a)
	return a, nil
}

func (m *memKB) UndoAction(ctx context.Context, id int64, who, why string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if id < 1 || int(id) > len(m.in.Actions) {
		return model.Errorf(model.ENOTFOUND, "no action %d", id)
	}
	m.in.Actions[id-1].Undone = true
	return nil
}
