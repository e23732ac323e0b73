package store

import (
	"context"
	"testing"
)

// TestFindClaimsCredibility: a claim's credibility is the rating its
// snapshot row holds (report, relation or estimate), 6 for claims no row
// rates, and follows the snapshot when a refresh changes or drops it.
func TestFindClaimsCredibility(t *testing.T) {
	st := snapshotDB(t)
	ctx := context.Background()
	want := func(step string, exp map[string]int) {
		t.Helper()
		got, err := st.FindClaims(ctx, ClaimFilter{})
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range got {
			if c.Credibility != exp[c.ID] {
				t.Errorf("%s: claim %s credibility %d, want %d", step, c.ID, c.Credibility, exp[c.ID])
			}
			one, err := st.FindClaimByID(ctx, c.ID)
			if err != nil || one.Credibility != c.Credibility {
				t.Errorf("%s: FindClaimByID(%s) = %+v, %v", step, c.ID, one, err)
			}
		}
	}
	want("before any snapshot", map[string]int{"c1": 6, "c2": 6, "c3": 6, "c4": 6})
	a := snapshotA()
	a.Reports[0].Credibility, a.Claims["c1"] = 3, 3
	a.Estimates[0].Credibility, a.Claims["c3"] = 4, 4
	if err := st.ReplaceKB(ctx, a); err != nil {
		t.Fatal(err)
	}
	want("snapshot A", map[string]int{"c1": 3, "c2": 2, "c3": 4, "c4": 6})
	a.Claims["c2"] = 5
	if err := st.ReplaceKB(ctx, a); err != nil {
		t.Fatal(err)
	}
	want("relation re-rated", map[string]int{"c1": 3, "c2": 5, "c3": 4, "c4": 6})
	if err := st.ReplaceKB(ctx, snapshotB()); err != nil {
		t.Fatal(err)
	}
	want("snapshot B", map[string]int{"c1": 3, "c2": 6, "c3": 6, "c4": 6})
}
