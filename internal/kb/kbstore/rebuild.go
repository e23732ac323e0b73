package kbstore

import (
	"context"
	"errors"

	"dossier/internal/kb"
	"dossier/internal/store"
)

// errBuildAborted rolls the snapshot transaction back when the build
// stops before its last stage.
var errBuildAborted = errors.New("kbstore: knowledge-base build aborted")

// rebuild computes the KB from in and writes its snapshot tables in one
// transaction. The writer runs in its own goroutine and stores each part
// of the KB as soon as kb.BuildStages finishes it, so that writing (SQLite)
// and building share the two cores instead of taking turns. check, when
// not nil, runs first in the writer's transaction, while the build starts;
// its error rolls the transaction back and is returned.
func rebuild(ctx context.Context, st *store.Store, in kb.Input, check func(context.Context, *store.Tx) error) (*kb.KB, error) {
	parts := make(chan *store.KBSnapshot, len(stages)+1) // never blocks the build
	written := make(chan error, 1)
	go func() { written <- writeParts(ctx, st, parts, check) }()
	finished := false
	defer func() {
		if !finished {
			parts <- nil // a panic in the build: roll the snapshot back
			close(parts)
		}
	}()
	k := kb.BuildStages(in, func(stage kb.Stage, k *kb.KB) {
		s := newSnapshot()
		addPart(s, stage, k)
		parts <- s
	})
	finished = true
	close(parts)
	if err := <-written; err != nil {
		return nil, err
	}
	return k, nil
}

// writeParts replaces the snapshot with the parts it receives, in one
// transaction committed when parts is closed (a nil part rolls it back).
func writeParts(ctx context.Context, st *store.Store, parts <-chan *store.KBSnapshot, check func(context.Context, *store.Tx) error) error {
	err := st.WithTx(ctx, func(tx *store.Tx) error {
		if check != nil {
			if err := check(ctx, tx); err != nil {
				return err
			}
		}
		w, err := tx.NewKBWriter(ctx)
		if err != nil {
			return err
		}
		for p := range parts {
			if p == nil {
				return errBuildAborted
			}
			if err := w.Add(ctx, p); err != nil {
				return err
			}
		}
		return w.Finish(ctx)
	})
	for range parts {
		// after an error, let the build finish
	}
	return err
}
