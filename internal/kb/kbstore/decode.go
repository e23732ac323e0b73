package kbstore

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"runtime"
	"sort"
	"sync"

	"dossier/internal/kb"
	"dossier/internal/model"
	"dossier/internal/store"
)

// claimPayload is a claim's stored JSON value: its payload only. The id,
// document, kind, extractor and sequence number are columns of the claims
// table and are not repeated in it (about 40% of the JSON, a third of the
// claims table). Values written before that still decode: the columns win.
type claimPayload struct {
	Entity   *model.ExtractedEntity   `json:"entity,omitempty"`
	Alias    *kb.AliasClaim           `json:"alias,omitempty"`
	Event    *model.ExtractedEvent    `json:"event,omitempty"`
	Relation *model.ExtractedRelation `json:"relation,omitempty"`
	Estimate *model.ExtractedEstimate `json:"estimate,omitempty"`
}

// encodeClaim returns a claim's stored JSON value.
func encodeClaim(c *kb.Claim) ([]byte, error) {
	return json.Marshal(claimPayload{Entity: c.Entity, Alias: c.Alias, Event: c.Event, Relation: c.Relation, Estimate: c.Estimate})
}

// storedClaim is one claim as read from the store, before decoding.
type storedClaim struct {
	id, doc, kind, extractor string
	seq                      int
	value                    []byte
}

// decode returns the claim: its JSON value with the key columns.
func (s *storedClaim) decode() (kb.Claim, error) {
	var c kb.Claim
	if err := json.Unmarshal(s.value, &c); err != nil {
		return c, fmt.Errorf("kbstore: decode claim %s: %w", s.id, err)
	}
	c.ID, c.Doc, c.Kind, c.Extractor, c.Seq = s.id, s.doc, s.kind, s.extractor, s.seq
	return c, nil
}

// loadClaims reads every stored claim, decoding the JSON values in one
// goroutine per CPU while the store streams them, and returns them in
// (document, seq, id) order as before (readers such as the web index list a
// document's claims in that order; kb.Build does not depend on it).
func loadClaims(ctx context.Context, st *store.Store) ([]kb.Claim, error) {
	workers := runtime.GOMAXPROCS(0)
	const chunk = 256
	batches := make(chan []storedClaim, workers)
	parts := make([][]kb.Claim, workers)
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for b := range batches {
				if errs[w] != nil {
					continue // drain
				}
				for i := range b {
					c, err := b[i].decode()
					if err != nil {
						errs[w] = err
						break
					}
					parts[w] = append(parts[w], c)
				}
			}
		}()
	}
	var in interner
	cur := make([]storedClaim, 0, chunk)
	err := st.EachClaim(ctx, func(c *store.ClaimValue) error {
		cur = append(cur, storedClaim{id: string(c.ID), doc: in.doc(c.DocumentID), kind: in.word(c.Kind),
			extractor: in.word(c.Extractor), seq: c.Seq, value: bytes.Clone(c.Value)})
		if len(cur) == chunk {
			batches <- cur
			cur = make([]storedClaim, 0, chunk)
		}
		return nil
	})
	if len(cur) > 0 {
		batches <- cur
	}
	close(batches)
	wg.Wait()
	if err != nil {
		return nil, err
	}
	return mergeParts(parts, errs)
}

// mergeParts joins the workers' claims in (document, seq, id) order.
func mergeParts(parts [][]kb.Claim, errs []error) ([]kb.Claim, error) {
	n := 0
	for w := range parts {
		if errs[w] != nil {
			return nil, errs[w]
		}
		n += len(parts[w])
	}
	out := make([]kb.Claim, 0, n)
	for _, p := range parts {
		out = append(out, p...)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := &out[i], &out[j]
		if a.Doc != b.Doc {
			return a.Doc < b.Doc
		}
		if a.Seq != b.Seq {
			return a.Seq < b.Seq
		}
		return a.ID < b.ID
	})
	return out, nil
}

// interner shares the strings that repeat across claims: a document's
// claims are stored together, and kinds and extractors are few.
type interner struct {
	last  string
	words map[string]string
}

func (in *interner) doc(b []byte) string {
	if string(b) != in.last {
		in.last = string(b)
	}
	return in.last
}

func (in *interner) word(b []byte) string {
	if s, ok := in.words[string(b)]; ok {
		return s
	}
	if in.words == nil {
		in.words = map[string]string{}
	}
	s := string(b)
	in.words[s] = s
	return s
}
