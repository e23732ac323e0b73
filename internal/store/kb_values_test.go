package store

import (
	"context"
	"path/filepath"
	"sort"
	"testing"

	"dossier/internal/model"
)

func TestEachClaimValue(t *testing.T) {
	ctx := context.Background()
	st, err := Open(ctx, filepath.Join(t.TempDir(), "v.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	d := &model.Document{ID: "d1", Name: "one.txt", Format: "txt", Text: "A short text."}
	err = st.WithTx(ctx, func(tx *Tx) error {
		if _, err := tx.CreateDocument(ctx, d); err != nil {
			return err
		}
		return tx.ReplaceClaims(ctx, "d1", []ClaimRow{{ID: "c1", Kind: "entity", Value: `{"id":"c1"}`},
			{ID: "c2", Kind: "alias", Seq: 1, Value: `{"id":"c2"}`}})
	})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	if err := st.EachClaimValue(ctx, func(v []byte) error { got = append(got, string(v)); return nil }); err != nil {
		t.Fatal(err)
	}
	sort.Strings(got)
	if len(got) != 2 || got[0] != `{"id":"c1"}` || got[1] != `{"id":"c2"}` {
		t.Errorf("values = %q", got)
	}
}
