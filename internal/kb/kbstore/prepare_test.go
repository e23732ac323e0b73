package kbstore

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"dossier/internal/extract"
	"dossier/internal/pipeline"
	"dossier/internal/store"
)

// Articles written for this test.
var prepArticles = []string{
	"The Northern Front claimed a bombing at the Kabul airport on 3 May 2022 that killed 12 people, police said.\n",
	"Gunmen of the Northern Front attacked a checkpoint in Herat province in June 2022, killing four soldiers.\n",
	"Officials said the Northern Front had about 2,000 fighters in 2022, down from 3,500 a year earlier.\n",
}

// TestPreparedIngestMatchesInline: extraction in parallel workers stores
// the same claims as extraction inside the transaction.
func TestPreparedIngestMatchesInline(t *testing.T) {
	ctx := context.Background()
	in := t.TempDir()
	for i := range 12 {
		body := prepArticles[i%len(prepArticles)] + fmt.Sprintf("(copy %d)\n", i)
		os.WriteFile(filepath.Join(in, fmt.Sprintf("a%02d.txt", i)), []byte(body), 0o644)
	}
	claims := func(opt pipeline.Options) []store.ClaimRow {
		st, err := store.Open(ctx, filepath.Join(t.TempDir(), "p.db"))
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		if sum, err := pipeline.Ingest(ctx, st, []string{in}, opt); err != nil || sum.New != 12 {
			t.Fatalf("ingest: %s %+v %v", sum, sum.Failures, err)
		}
		rows, err := st.FindClaims(ctx, store.ClaimFilter{})
		if err != nil {
			t.Fatal(err)
		}
		return rows
	}
	inline := claims(pipeline.Options{Process: Process(extract.Options{})})
	par := claims(pipeline.Options{Workers: 3, Prepare: Prepare(extract.Options{}),
		Process: ProcessPrepared(extract.Options{}, pipeline.Prepared)})
	if len(inline) == 0 || len(inline) != len(par) {
		t.Fatalf("%d claims inline, %d prepared", len(inline), len(par))
	}
	for i := range inline {
		a, b := inline[i], par[i]
		if a.ID != b.ID || a.Value != b.Value || a.Subject != b.Subject || a.Property != b.Property {
			t.Errorf("claim %d differs:\n%+v\n%+v", i, a, b)
		}
	}
}
