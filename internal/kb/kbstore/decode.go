package kbstore

import (
	"context"
	"encoding/json"
	"fmt"
	"runtime"
	"sort"
	"sync"

	"dossier/internal/kb"
	"dossier/internal/store"
)

// loadClaims reads every stored claim, decoding the JSON values in one
// goroutine per CPU while the store streams them, and returns them in
// (document, seq, id) order as before (readers such as the web index list a
// document's claims in that order; kb.Build does not depend on it).
func loadClaims(ctx context.Context, st *store.Store) ([]kb.Claim, error) {
	workers := runtime.GOMAXPROCS(0)
	const chunk = 256
	batches := make(chan [][]byte, workers)
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
				for _, v := range b {
					var c kb.Claim
					if err := json.Unmarshal(v, &c); err != nil {
						errs[w] = fmt.Errorf("kbstore: decode claim %.40s: %w", v, err)
						break
					}
					parts[w] = append(parts[w], c)
				}
			}
		}()
	}
	cur := make([][]byte, 0, chunk)
	err := st.EachClaimValue(ctx, func(v []byte) error {
		cur = append(cur, append([]byte(nil), v...))
		if len(cur) == chunk {
			batches <- cur
			cur = make([][]byte, 0, chunk)
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
	n := 0
	for w := range workers {
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
