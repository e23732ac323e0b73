package kbstore

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"dossier/internal/kb"
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

// TestStoredValueOmitsOnlyColumns: every field of kb.Claim is either a
// column of the claims table (id, document, kind, extractor, seq) or
// part of the stored JSON value, under the same name and JSON key, so a
// payload field added to kb.Claim cannot be dropped silently.
func TestStoredValueOmitsOnlyColumns(t *testing.T) {
	columns := map[string]bool{"ID": true, "Doc": true, "Kind": true, "Extractor": true, "Seq": true}
	ct, pt := reflect.TypeOf(kb.Claim{}), reflect.TypeOf(claimPayload{})
	for i := range ct.NumField() {
		f := ct.Field(i)
		if columns[f.Name] {
			continue
		}
		p, ok := pt.FieldByName(f.Name)
		if !ok || p.Type != f.Type || p.Tag.Get("json") != f.Tag.Get("json") {
			t.Errorf("kb.Claim.%s (%s %q) is not stored in the claim value", f.Name, f.Type, f.Tag.Get("json"))
		}
	}
	if pt.NumField() != ct.NumField()-len(columns) {
		t.Errorf("claim value has %d fields, kb.Claim %d payload fields", pt.NumField(), ct.NumField()-len(columns))
	}
}

// TestClaimsRoundTrip: claims of every kind come back from the store as
// they were saved, from the slim values written now and from values that
// repeat the key columns (written before).
func TestClaimsRoundTrip(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "r.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	x := extraction("Lakeside Front", "LF", 12)
	x.Relations = []model.ExtractedRelation{{Subject: "Lakeside Front", Predicate: "active_in", Object: "Lakeside",
		Evidence: model.Evidence{Text: "LF operates in Lakeside.", Start: 20, End: 44}}}
	x.Estimates = []model.ExtractedEstimate{{Subject: "Lakeside Front", Property: "fighters", Min: num(500), Max: num(1500), AsOf: model.YearDate(2021),
		Evidence: model.Evidence{Text: "between 500 and 1,500 fighters", Start: 50, End: 80}}}
	want := kb.Claims("d1", x, Extractor)
	rows, err := rowsOf(want)
	if err != nil {
		t.Fatal(err)
	}
	full, _ := json.Marshal(want[0]) // the old shape: id, doc, kind, extractor, seq and payload
	rows[0].Value = string(full)
	for _, r := range rows[1:] {
		if strings.Contains(r.Value, `"doc"`) || strings.Contains(r.Value, `"id"`) {
			t.Errorf("stored value repeats the key columns: %s", r.Value)
		}
	}
	d := &model.Document{ID: "d1", Name: "d1.txt", Format: "txt", Text: strings.Repeat("x", 100)}
	err = st.WithTx(ctx, func(tx *store.Tx) error {
		if _, err := tx.CreateDocument(ctx, d); err != nil {
			return err
		}
		return tx.ReplaceClaims(ctx, "d1", rows)
	})
	if err != nil {
		t.Fatal(err)
	}
	got, err := loadClaims(ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]bool{}
	for _, c := range want {
		kinds[c.Kind] = true
	}
	if len(kinds) != 5 {
		t.Errorf("fixture covers kinds %v, want all five", kinds)
	}
	if !reflect.DeepEqual(got, want) {
		for i := range min(len(got), len(want)) {
			if !reflect.DeepEqual(got[i], want[i]) {
				t.Errorf("claim %d: got %+v, want %+v", i, got[i], want[i])
			}
		}
		t.Fatalf("%d claims loaded, %d saved", len(got), len(want))
	}
}

func num(v float64) *float64 { return &v }
