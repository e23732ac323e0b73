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

// TestReplaceClaimsKeepsStrings: every string comes back byte for byte,
// through the JSON batch (quotes, escapes, control characters, non-ASCII)
// and through the row-by-row path it falls back to (invalid UTF-8, NUL).
func TestReplaceClaimsKeepsStrings(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	odd := []string{"", `plain`, `"quoted" \back\slash /`, "tab\tnew\nline\rcr\x01\x1f\x7f", "Ḥizb — ‘x’ 北 \u2028 😀",
		`{"k":"v\"w","n":[1,2]}`, "bad \xff utf-8", "nul \x00 byte", "<&>"}
	for n, str := range odd {
		doc := fmt.Sprintf("s%02d", n)
		st := 5
		rows := []ClaimRow{{ID: doc + "-a", Kind: "entity", Seq: 1, Subject: str, Property: str, Value: str, Extractor: str},
			{ID: doc + "-b", Kind: str, Seq: -2, EvidenceStart: &st, EvidenceEnd: &st, Credibility: 3, Status: "rejected"}}
		err := s.WithTx(ctx, func(tx *Tx) error {
			if _, err := tx.CreateDocument(ctx, testDoc(doc, doc+".txt", "text")); err != nil {
				return err
			}
			return tx.ReplaceClaims(ctx, doc, rows)
		})
		if err != nil {
			t.Fatalf("%q: %v", str, err)
		}
		got, err := s.FindClaims(ctx, ClaimFilter{DocumentID: &doc})
		if err != nil || len(got) != 2 {
			t.Fatalf("%q: found %d, %v", str, len(got), err)
		}
		a, b := got[1], got[0] // seq order: -2 first
		if a.Subject != str || a.Property != str || a.Value != str || a.Extractor != str || a.Kind != "entity" ||
			a.EvidenceStart != nil || a.Credibility != 6 || a.Status != "accepted" {
			t.Errorf("%q: first claim %+v", str, a)
		}
		if b.Kind != str || b.Seq != -2 || *b.EvidenceStart != 5 || *b.EvidenceEnd != 5 || b.Credibility != 3 ||
			b.Status != "rejected" || b.ID != doc+"-b" {
			t.Errorf("%q: second claim %+v", str, b)
		}
	}
}
