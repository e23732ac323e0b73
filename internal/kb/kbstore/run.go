package kbstore

import (
	"context"
	"sort"
	"sync"

	"dossier/internal/extract"
	"dossier/internal/kb"
	"dossier/internal/model"
	"dossier/internal/store"
)

// Run is one ingest run's extraction hooks. It keeps the claims it saves,
// so that the rebuild at the end of the run (Run.Refresh) computes the
// knowledge base from them instead of reading and decoding every claim
// back from the store.
type Run struct {
	opt    extract.Options
	mu     sync.Mutex
	claims map[string][]kb.Claim // document ID → the claims saved for it
	lost   bool                  // a document's claims were saved without being kept
	reused bool                  // the last Refresh built from the kept claims (tests)
}

// NewRun returns the hooks of one ingest run.
func NewRun(opt extract.Options) *Run {
	return &Run{opt: opt, claims: map[string][]kb.Claim{}}
}

// Prepare is the pipeline's Prepare hook (see the package-level Prepare).
func (r *Run) Prepare() func(ctx context.Context, d *model.Document) any {
	return Prepare(r.opt)
}

// Process is ProcessPrepared that also keeps the claims it saves.
func (r *Run) Process(prepared func(context.Context) any) func(ctx context.Context, tx *store.Tx, d *model.Document) error {
	return func(ctx context.Context, tx *store.Tx, d *model.Document) error {
		claims, rows, err := r.claimsOf(ctx, prepared, d)
		if err != nil {
			return err
		}
		if err := saveRows(ctx, tx, d.ID, rows); err != nil {
			return err
		}
		r.keep(d.ID, claims, len(claims) == len(rows))
		return nil
	}
}

// claimsOf returns what Prepare computed for d, or extracts it now.
func (r *Run) claimsOf(ctx context.Context, prepared func(context.Context) any, d *model.Document) ([]kb.Claim, []store.ClaimRow, error) {
	if prepared != nil {
		if p, ok := prepared(ctx).(*Rows); ok && p.Doc == d.ID {
			return p.Claims, p.Rows, p.Err
		}
	}
	claims := kb.Claims(d.ID, extract.Extract(d, r.opt), Extractor)
	rows, err := rowsOf(claims)
	return claims, rows, err
}

// keep remembers a document's saved claims (complete is false when the
// rows came without their claims: the rebuild then reads the store).
func (r *Run) keep(doc string, claims []kb.Claim, complete bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if !complete {
		r.lost = true
		return
	}
	r.claims[doc] = claims
}

// Refresh recomputes the KB and writes its snapshot tables, like the
// package-level Refresh. When the store's claims are exactly the ones
// this run saved (a run into an empty knowledge base), it builds from the
// kept claims; otherwise it reads every claim from the store.
func (r *Run) Refresh(ctx context.Context, st *store.Store) (*kb.KB, error) {
	claims, ok, err := r.stored(ctx, st)
	if err != nil {
		return nil, err
	}
	r.reused = ok
	if !ok {
		return Refresh(ctx, st)
	}
	in, err := load(ctx, st, func(context.Context, *store.Store) ([]kb.Claim, error) { return claims, nil })
	if err != nil {
		return nil, err
	}
	return rebuild(ctx, st, in)
}

// stored returns the kept claims in (document, seq) order when the store
// holds claims for the same documents and as many of them per document
// (a document rolled back after its claims were kept, or claims stored
// before the run or by another process, make it report false).
func (r *Run) stored(ctx context.Context, st *store.Store) ([]kb.Claim, bool, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.lost {
		return nil, false, nil
	}
	counts, err := st.ClaimCounts(ctx)
	if err != nil {
		return nil, false, err
	}
	docs := make([]string, 0, len(counts))
	total := 0
	for doc, n := range counts {
		if len(r.claims[doc]) != n {
			return nil, false, nil
		}
		docs = append(docs, doc)
		total += n
	}
	for doc, cs := range r.claims {
		if len(cs) > 0 && counts[doc] == 0 {
			return nil, false, nil
		}
	}
	sort.Strings(docs)
	out := make([]kb.Claim, 0, total)
	for _, doc := range docs {
		out = append(out, r.claims[doc]...)
	}
	return out, true, nil
}
