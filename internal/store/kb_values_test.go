package store

import (
	"context"
	"fmt"
	"path/filepath"
	"sort"
	"testing"

	"dossier/internal/model"
)

func TestEachClaim(t *testing.T) {
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
		return tx.ReplaceClaims(ctx, "d1", []ClaimRow{{ID: "c1", Kind: "entity", Value: `{"entity":{}}`, Extractor: "rules@1"},
			{ID: "c2", Kind: "alias", Seq: 1, Value: `{"alias":{}}`}})
	})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	err = st.EachClaim(ctx, func(c *ClaimValue) error {
		got = append(got, fmt.Sprintf("%s %s %s %s %d %s", c.ID, c.DocumentID, c.Kind, c.Extractor, c.Seq, c.Value))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(got)
	want := []string{`c1 d1 entity rules@1 0 {"entity":{}}`, `c2 d1 alias  1 {"alias":{}}`}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("claims = %q, want %q", got, want)
	}
}
