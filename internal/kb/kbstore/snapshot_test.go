package kbstore

import (
	"context"
	"path/filepath"
	"testing"

	"dossier/internal/kb"
	"dossier/internal/store"
)

// TestUndoneRejectionClearsStatus: the snapshot's claim status follows
// rejections and their undoing.
func TestUndoneRejectionClearsStatus(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "kb.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ingestFixture(t, ctx, st, "aa11", "one.txt", "Ledger", extraction("Southern Front", "SF", 12))
	ingestFixture(t, ctx, st, "bb22", "two.txt", "Wire", extraction("Southern Front", "S.F.", 30))
	k, err := Refresh(ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	status := func(id string) string {
		var s string
		if err := st.QueryRowContext(ctx, `SELECT status FROM claims WHERE id = ?`, id).Scan(&s); err != nil {
			t.Fatal(err)
		}
		return s
	}
	one, two := k.Events[0].Reports[0].Claim, k.Events[0].Reports[1].Claim
	a, err := Act(ctx, st, Request{Kind: kb.ActReject, Target: one, Who: "tester"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Act(ctx, st, Request{Kind: kb.ActReject, Target: two, Who: "tester"}); err != nil {
		t.Fatal(err)
	}
	if status(one) != "rejected" || status(two) != "rejected" {
		t.Fatalf("after two rejections: %s, %s", status(one), status(two))
	}
	if _, err := Undo(ctx, st, a.ID, "tester", ""); err != nil {
		t.Fatal(err)
	}
	if status(one) != "accepted" || status(two) != "rejected" {
		t.Errorf("after undoing the first rejection: %s, %s; want accepted, rejected", status(one), status(two))
	}
}
