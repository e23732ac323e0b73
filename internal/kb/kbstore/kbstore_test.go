package kbstore

import (
	"context"
	"path/filepath"
	"testing"

	"dossier/internal/extract"
	"dossier/internal/kb"
	"dossier/internal/model"
	"dossier/internal/store"
)

func str(s string) *string { return &s }

// ingestFixture stores a document with its extraction the way the
// pipeline hook does: in one transaction.
func ingestFixture(t *testing.T, ctx context.Context, st *store.Store, id, name, source string, x *model.Extraction) {
	t.Helper()
	d := &model.Document{ID: id, Name: name, Source: source, Format: "txt", Text: "text of " + name,
		Published: model.YearDate(2022)}
	err := st.WithTx(ctx, func(tx *store.Tx) error {
		if _, err := tx.CreateDocument(ctx, d); err != nil {
			return err
		}
		return SaveExtraction(ctx, tx, id, x)
	})
	if err != nil {
		t.Fatal(err)
	}
}

func extraction(group, alias string, killed float64) *model.Extraction {
	return &model.Extraction{
		Entities: []model.ExtractedEntity{{Name: group, Type: model.TypeArmedGroup, Aliases: []string{alias},
			Mentions: []model.Mention{{Text: alias, Start: 0, End: len(alias)}}},
			{Name: "Lakeside", Type: model.TypeLocation, Country: "XB"}},
		Events: []model.ExtractedEvent{{Date: model.MonthDate(2022, 5), Location: str("Lakeside"), Country: str("XB"),
			Perpetrator: str(group), Kind: "bombing", Killed: model.Exact(killed),
			Evidence: model.Evidence{Text: "A bomb in Lakeside.", Start: 0, End: 19}}},
	}
}

func TestStoreRoundTripCurationUndo(t *testing.T) {
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
	if len(k.Events) != 1 || len(k.Events[0].Reports) != 2 || len(k.Events[0].Conflicts) == 0 {
		t.Fatalf("events = %+v", k.Events)
	}
	var n int
	if err := st.QueryRowContext(ctx, `SELECT COUNT(*) FROM event_reports`).Scan(&n); err != nil || n != 2 {
		t.Errorf("event_reports rows = %d (%v), want 2", n, err)
	}
	if err := st.QueryRowContext(ctx, `SELECT COUNT(*) FROM aliases`).Scan(&n); err != nil || n != 1 {
		t.Errorf("aliases rows = %d (%v), want 1 (SF and S.F. share a normal form)", n, err)
	}
	claim := k.Events[0].Reports[0].Claim
	a, err := Act(ctx, st, Request{Kind: kb.ActReject, Target: claim, Who: "tester", Why: "duplicate wire copy"})
	if err != nil {
		t.Fatal(err)
	}
	k, _ = Build(ctx, st)
	if len(k.Rejected) != 1 || len(k.Events[0].Reports) != 1 {
		t.Errorf("after reject: %d rejected, %d reports", len(k.Rejected), len(k.Events[0].Reports))
	}
	var status string
	if err := st.QueryRowContext(ctx, `SELECT status FROM claims WHERE id = ?`, claim).Scan(&status); err != nil || status != "rejected" {
		t.Errorf("claim status = %q (%v), want rejected", status, err)
	}
	if _, err := Undo(ctx, st, a.ID, "tester", "wrong call"); err != nil {
		t.Fatal(err)
	}
	if _, err := Undo(ctx, st, a.ID, "tester", ""); model.ErrorCode(err) != model.ECONFLICT {
		t.Errorf("second undo: %v, want a conflict", err)
	}
	k, _ = Build(ctx, st)
	if len(k.Rejected) != 0 || len(k.Events[0].Reports) != 2 {
		t.Errorf("after undo: %d rejected, %d reports", len(k.Rejected), len(k.Events[0].Reports))
	}
	if _, err := Act(ctx, st, Request{Kind: kb.ActGrade, Target: "ledger", Arg: "Z", Who: "tester"}); model.ErrorCode(err) != model.EINVALID {
		t.Errorf("grade Z: %v, want invalid", err)
	}
	if _, err := Act(ctx, st, Request{Kind: kb.ActGrade, Target: "ledger", Arg: "b", Who: "tester"}); err != nil {
		t.Fatal(err)
	}
	srcs, _ := st.FindSources(ctx)
	for _, s := range srcs {
		if s.Name == "Ledger" && s.Grade != "B" {
			t.Errorf("Ledger grade %s, want B", s.Grade)
		}
	}
	if _, err := Act(ctx, st, Request{Kind: kb.ActMerge, Target: "Southern Front", Arg: "nobody", Who: "tester"}); model.ErrorCode(err) != model.ENOTFOUND {
		t.Errorf("merge with unknown entity: %v, want not found", err)
	}
}

func TestReprocessReplacesOneDocumentsClaims(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "kb.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ingestFixture(t, ctx, st, "aa11", "one.txt", "Ledger", extraction("Southern Front", "SF", 12))
	ingestFixture(t, ctx, st, "bb22", "two.txt", "Wire", extraction("Southern Front", "S.F.", 30))
	// the stored text of one.txt states nothing, so re-extraction leaves it no claims
	n, err := Reprocess(ctx, st, []string{"aa11"}, extract.Options{})
	if err != nil || n != 1 {
		t.Fatalf("Reprocess = %d, %v", n, err)
	}
	one, two := "aa11", "bb22"
	if cs, _ := st.FindClaims(ctx, store.ClaimFilter{DocumentID: &one}); len(cs) != 0 {
		t.Errorf("one.txt kept %d claims after re-extraction", len(cs))
	}
	if cs, _ := st.FindClaims(ctx, store.ClaimFilter{DocumentID: &two}); len(cs) == 0 {
		t.Error("re-processing one.txt removed two.txt's claims")
	}
}
