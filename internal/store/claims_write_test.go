package store

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"dossier/internal/model"
)

// TestReplaceClaims: each claim is stored once with all its columns,
// whatever the row count; replacing removes the old claims.
func TestReplaceClaims(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	for _, n := range []int{0, 1, 3, 4, 16, 17, 21, 53} {
		doc := fmt.Sprintf("dd%02d", n)
		rows := make([]ClaimRow, n)
		for i := range rows {
			st, en := i*10, i*10+7
			rows[i] = ClaimRow{ID: fmt.Sprintf("%s-c%02d", doc, i), Kind: "event", Seq: i, Subject: "S", Property: "p",
				Value: fmt.Sprintf(`{"n":%d}`, i), EvidenceStart: &st, EvidenceEnd: &en, Extractor: "rules@1"}
		}
		err := s.WithTx(ctx, func(tx *Tx) error {
			if _, err := tx.CreateDocument(ctx, testDoc(doc, doc+".txt", "text")); err != nil {
				return err
			}
			if err := tx.ReplaceClaims(ctx, doc, []ClaimRow{{ID: doc + "-old", Kind: "entity"}}); err != nil {
				return err
			}
			return tx.ReplaceClaims(ctx, doc, rows)
		})
		if err != nil {
			t.Fatalf("%d rows: %v", n, err)
		}
		got, err := s.FindClaims(ctx, ClaimFilter{DocumentID: &doc})
		if err != nil || len(got) != n {
			t.Fatalf("%d rows: found %d, %v", n, len(got), err)
		}
		for i, c := range got {
			w := rows[i]
			if c.ID != w.ID || c.DocumentID != doc || c.Seq != i || c.Value != w.Value || *c.EvidenceStart != i*10 ||
				*c.EvidenceEnd != i*10+7 || c.Status != "accepted" || c.Credibility != 6 || c.Extractor != "rules@1" {
				t.Errorf("%d rows: claim %d = %+v", n, i, c)
			}
		}
	}
}

// TestReplaceClaimsNamesTheFailingClaim: a duplicate id fails the document with an error naming that claim.
func TestReplaceClaimsNamesTheFailingClaim(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	rows := make([]ClaimRow, 20)
	for i := range rows {
		rows[i] = ClaimRow{ID: fmt.Sprintf("ee-c%02d", i), Kind: "entity", Seq: i}
	}
	rows[9].ID = "ee-c03"
	err := s.WithTx(ctx, func(tx *Tx) error {
		if _, err := tx.CreateDocument(ctx, testDoc("ee", "ee.txt", "text")); err != nil {
			return err
		}
		return tx.ReplaceClaims(ctx, "ee", rows)
	})
	if err == nil || !strings.Contains(err.Error(), "create claim ee-c03 of ee") {
		t.Fatalf("error %v, want one naming claim ee-c03", err)
	}
	if _, err := s.FindDocument(ctx, "ee.txt"); model.ErrorCode(err) != model.ENOTFOUND {
		t.Errorf("ee.txt after its claims failed: %v, want ENOTFOUND", err)
	}
}
