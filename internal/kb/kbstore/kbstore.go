// Package kbstore connects the knowledge base (internal/kb, pure) to the
// store: it saves a document's claims inside the document's transaction,
// loads claims, documents and curation to build the KB, writes the KB
// snapshot tables, records curation actions and re-processes documents.
// It imports kb, store, extract, gazetteer and model; it must not import
// cli, web or pipeline.
package kbstore

import (
	"context"
	"fmt"
	"strconv"
	"sync"

	"dossier/internal/extract"
	"dossier/internal/gazetteer"
	"dossier/internal/kb"
	"dossier/internal/model"
	"dossier/internal/store"
)

// Extractor names the extraction rules that produced stored claims.
const Extractor = "rules@1"

// Process returns the pipeline hook that extracts a newly stored document
// and saves its claims in the document's transaction. With prepared (the
// result of Prepare computed outside the transaction, nil otherwise) it
// only writes.
func Process(opt extract.Options) func(ctx context.Context, tx *store.Tx, d *model.Document) error {
	return ProcessPrepared(opt, nil)
}

// Rows are a document's claims encoded for the store, computed by Prepare.
type Rows struct {
	Doc    string
	Rows   []store.ClaimRow
	Err    error
	Claims []kb.Claim // the claims Rows encode (a Run keeps them for the rebuild)
}

// Prepare extracts a document and encodes its claims; it touches no store,
// so the pipeline runs it in parallel workers before the document's
// transaction.
func Prepare(opt extract.Options) func(ctx context.Context, d *model.Document) any {
	return func(ctx context.Context, d *model.Document) any {
		claims := kb.Claims(d.ID, extract.Extract(d, opt), Extractor)
		rows, err := rowsOf(claims)
		return &Rows{Doc: d.ID, Rows: rows, Err: err, Claims: claims}
	}
}

// ProcessPrepared is Process reading what Prepare computed through
// prepared(ctx) (pipeline.Prepared); it extracts itself when that is nil
// or for another document.
func ProcessPrepared(opt extract.Options, prepared func(context.Context) any) func(ctx context.Context, tx *store.Tx, d *model.Document) error {
	return func(ctx context.Context, tx *store.Tx, d *model.Document) error {
		if prepared != nil {
			if r, ok := prepared(ctx).(*Rows); ok && r.Doc == d.ID {
				if r.Err != nil {
					return r.Err
				}
				return saveRows(ctx, tx, d.ID, r.Rows)
			}
		}
		return SaveExtraction(ctx, tx, d.ID, extract.Extract(d, opt))
	}
}

// SaveExtraction replaces a document's claims with those of x.
func SaveExtraction(ctx context.Context, tx *store.Tx, docID string, x *model.Extraction) error {
	rows, err := claimRows(docID, x)
	if err != nil {
		return err
	}
	return saveRows(ctx, tx, docID, rows)
}

// claimRows encodes the claims of an extraction.
func claimRows(docID string, x *model.Extraction) ([]store.ClaimRow, error) {
	return rowsOf(kb.Claims(docID, x, Extractor))
}

// rowsOf encodes claims as store rows.
func rowsOf(claims []kb.Claim) ([]store.ClaimRow, error) {
	rows := make([]store.ClaimRow, len(claims))
	for i := range claims {
		r, err := rowOf(&claims[i])
		if err != nil {
			return nil, err
		}
		rows[i] = r
	}
	return rows, nil
}

func saveRows(ctx context.Context, tx *store.Tx, docID string, rows []store.ClaimRow) error {
	if err := tx.ReplaceClaims(ctx, docID, rows); err != nil {
		return fmt.Errorf("kbstore: save claims: %w", err)
	}
	return nil
}

// rowOf encodes a claim as a store row.
func rowOf(c *kb.Claim) (store.ClaimRow, error) {
	v, err := encodeClaim(c)
	if err != nil {
		return store.ClaimRow{}, fmt.Errorf("kbstore: encode claim %s: %w", c.ID, err)
	}
	r := store.ClaimRow{ID: c.ID, DocumentID: c.Doc, Kind: c.Kind, Seq: c.Seq, Value: string(v), Extractor: c.Extractor}
	switch {
	case c.Entity != nil:
		r.Subject, r.Property = c.Entity.Name, c.Entity.Type
	case c.Alias != nil:
		r.Subject, r.Property = c.Alias.Entity, c.Alias.Alias
	case c.Event != nil:
		r.Subject, r.Property = kbDeref(c.Event.Perpetrator), c.Event.Kind
	case c.Relation != nil:
		r.Subject, r.Property = c.Relation.Subject, c.Relation.Predicate
	case c.Estimate != nil:
		r.Subject, r.Property = c.Estimate.Subject, c.Estimate.Property
	}
	if ev := c.Evidence(); ev.End > 0 {
		st, en := ev.Start, ev.End
		r.EvidenceStart, r.EvidenceEnd = &st, &en
	}
	return r, nil
}

func kbDeref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// Load reads everything the KB is computed from.
func Load(ctx context.Context, st *store.Store) (kb.Input, error) {
	return load(ctx, st, loadClaims)
}

// load is Load with the claims read by claims.
func load(ctx context.Context, st *store.Store, claims func(context.Context, *store.Store) ([]kb.Claim, error)) (kb.Input, error) {
	var in kb.Input
	docs, err := st.FindKBDocuments(ctx)
	if err != nil {
		return in, err
	}
	for _, d := range docs {
		in.Docs = append(in.Docs, kb.DocOf(&model.Document{ID: d.ID, Name: d.Name, Source: d.Source, URL: d.URL,
			Title: d.Title, Published: d.Published}))
	}
	if in.Claims, err = claims(ctx, st); err != nil {
		return in, err
	}
	acts, err := st.FindActions(ctx)
	if err != nil {
		return in, err
	}
	in.Actions = actionsOf(acts)
	in.Places = Places(gazetteer.Default)
	return in, nil
}

// actionsOf converts stored actions.
func actionsOf(rows []store.ActionRow) []kb.Action {
	out := make([]kb.Action, len(rows))
	for i, r := range rows {
		out[i] = kb.Action{ID: r.ID, Kind: r.Kind, Target: r.Target, Arg: r.Arg, Who: r.Who, Why: r.Why, At: r.At,
			Undone: r.UndoneBy != nil}
	}
	return out
}

// cache keeps the last KB per database and data version.
var cache struct {
	sync.Mutex
	key string
	kb  *kb.KB
}

// Build loads and computes the KB, reusing the last one while the
// store's data version is unchanged.
func Build(ctx context.Context, st *store.Store) (*kb.KB, error) {
	ver, err := st.DataVersion(ctx)
	if err != nil {
		return nil, err
	}
	key := st.Path() + "\x00" + ver
	cache.Lock()
	defer cache.Unlock()
	if cache.key == key && cache.kb != nil {
		return cache.kb, nil
	}
	in, err := Load(ctx, st)
	if err != nil {
		return nil, err
	}
	k := kb.Build(in)
	cache.key, cache.kb = key, k
	return k, nil
}

// Refresh recomputes the KB and writes its snapshot tables.
func Refresh(ctx context.Context, st *store.Store) (*kb.KB, error) {
	in, err := Load(ctx, st)
	if err != nil {
		return nil, err
	}
	return rebuild(ctx, st, in, nil)
}

// ActionID parses a curation action number.
func ActionID(s string) (int64, error) {
	id, err := strconv.ParseInt(s, 10, 64)
	if err != nil || id <= 0 {
		return 0, model.Errorf(model.EINVALID, "action %q: want the action's number (see the output of the command that recorded it)", s)
	}
	return id, nil
}
