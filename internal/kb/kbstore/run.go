package kbstore

import (
	"context"
	"errors"
	"sort"
	"sync"

	"dossier/internal/extract"
	"dossier/internal/gazetteer"
	"dossier/internal/kb"
	"dossier/internal/model"
	"dossier/internal/store"
)

// Run is one ingest run's extraction hooks. It keeps the documents and
// claims it saves, so that the rebuild at the end of the run
// (Run.Refresh) computes the knowledge base from them instead of reading
// and decoding every claim back from the store.
type Run struct {
	opt    extract.Options
	mu     sync.Mutex
	docs   map[string]kb.Doc     // the documents saved
	claims map[string][]kb.Claim // document ID → the claims saved for it
	lost   bool                  // a document's claims were saved without being kept
	reused bool                  // the last Refresh built from what was kept (tests)
}

// NewRun returns the hooks of one ingest run.
func NewRun(opt extract.Options) *Run {
	return &Run{opt: opt, docs: map[string]kb.Doc{}, claims: map[string][]kb.Claim{}}
}

// Prepare is the pipeline's Prepare hook (see the package-level Prepare).
func (r *Run) Prepare() func(ctx context.Context, d *model.Document) any {
	return Prepare(r.opt)
}

// Process is ProcessPrepared that also keeps the document and the claims
// it saves.
func (r *Run) Process(prepared func(context.Context) any) func(ctx context.Context, tx *store.Tx, d *model.Document) error {
	return func(ctx context.Context, tx *store.Tx, d *model.Document) error {
		claims, rows, err := r.claimsOf(ctx, prepared, d)
		if err != nil {
			return err
		}
		if err := saveRows(ctx, tx, d.ID, rows); err != nil {
			return err
		}
		r.keep(d, claims, len(claims) == len(rows))
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

// keep remembers a saved document and its claims (complete is false when
// the rows came without their claims: the rebuild then reads the store).
func (r *Run) keep(d *model.Document, claims []kb.Claim, complete bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if !complete {
		r.lost = true
		return
	}
	r.docs[d.ID] = storedDoc(d)
	r.claims[d.ID] = claims
}

// storedDoc is the KB's view of d as Load reads it back: the publication
// date goes through its stored text form.
func storedDoc(d *model.Document) kb.Doc {
	pub := d.Published
	if !pub.IsZero() {
		pub, _ = model.ParseDate(pub.String())
	}
	return kb.DocOf(&model.Document{ID: d.ID, Name: d.Name, Source: d.Source, URL: d.URL, Title: d.Title,
		Published: pub})
}

// errChanged reports that the store no longer holds just what a Run kept.
var errChanged = errors.New("kbstore: the store holds documents or claims this run did not keep")

// Refresh recomputes the KB and writes its snapshot tables, like the
// package-level Refresh. When the store holds exactly the documents and
// claims this run saved (a run into an empty knowledge base), it builds
// from what it kept; otherwise it reads everything from the store.
func (r *Run) Refresh(ctx context.Context, st *store.Store) (*kb.KB, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.reused = false
	if r.lost {
		return Refresh(ctx, st)
	}
	acts, err := st.FindActions(ctx)
	if err != nil {
		return nil, err
	}
	in := r.input()
	in.Actions = actionsOf(acts)
	in.Places = Places(gazetteer.Default)
	// the check runs in the snapshot transaction while the KB is built
	k, err := rebuild(ctx, st, in, r.check)
	if errors.Is(err, errChanged) {
		return Refresh(ctx, st)
	}
	r.reused = err == nil
	return k, err
}

// input returns the kept documents and claims in (document, seq) order.
func (r *Run) input() kb.Input {
	var in kb.Input
	ids := make([]string, 0, len(r.docs))
	total := 0
	for id := range r.docs {
		ids = append(ids, id)
		total += len(r.claims[id])
	}
	sort.Strings(ids)
	in.Claims = make([]kb.Claim, 0, total)
	for _, id := range ids {
		in.Docs = append(in.Docs, r.docs[id])
		in.Claims = append(in.Claims, r.claims[id]...)
	}
	return in
}

// check returns errChanged unless the store holds as many documents as
// were kept and, per document, as many claims (a document rolled back
// after it was kept, or documents stored before the run or by another
// process, fail it).
func (r *Run) check(ctx context.Context, tx *store.Tx) error {
	ndocs, counts, err := tx.KBCounts(ctx)
	if err != nil {
		return err
	}
	if ndocs != len(r.docs) {
		return errChanged
	}
	for doc, n := range counts {
		if len(r.claims[doc]) != n {
			return errChanged
		}
	}
	for doc, cs := range r.claims {
		if len(cs) > 0 && counts[doc] == 0 {
			return errChanged
		}
	}
	return nil
}
