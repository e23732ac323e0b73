package kbstore

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"dossier/internal/model"
	"dossier/internal/store"
)

// TestLoadClaimsReadsEveryClaim: the parallel decoder returns each stored
// claim once, across several chunks and documents, in FindClaims' order.
func TestLoadClaimsReadsEveryClaim(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "l.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	for d := range 3 {
		x := &model.Extraction{}
		for i := range 250 {
			x.Entities = append(x.Entities, model.ExtractedEntity{Name: fmt.Sprintf("Group %d-%d", d, i), Type: model.TypeArmedGroup})
		}
		ingestFixture(t, ctx, st, fmt.Sprintf("d%d", d), fmt.Sprintf("d%d.txt", d), "Ledger", x)
	}
	rows, err := st.FindClaims(ctx, store.ClaimFilter{})
	if err != nil {
		t.Fatal(err)
	}
	got, err := loadClaims(ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) < 750 || len(got) != len(rows) {
		t.Fatalf("%d claims loaded, %d stored", len(got), len(rows))
	}
	var a, b []string
	for _, r := range rows {
		a = append(a, r.ID)
	}
	for _, c := range got {
		b = append(b, c.ID)
	}
	for i := range a {
		if a[i] != b[i] {
			t.Fatalf("claim %d: stored %s, loaded %s", i, a[i], b[i])
		}
	}
}
