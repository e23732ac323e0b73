package store

import (
	"context"
	"fmt"
	"testing"
)

// TestInsertRowsBatches: every row is inserted once, in order, whatever
// the count against the 200-row statements (short tails, a prepared
// full-size statement reused).
func TestInsertRowsBatches(t *testing.T) {
	st := snapshotDB(t)
	ctx := context.Background()
	for _, n := range []int{0, 1, 199, 200, 201, 399, 400, 401, 1000} {
		k := snapshotA()
		k.Conflicts = nil
		for i := range n {
			k.Conflicts = append(k.Conflicts, ConflictRow{Scope: "event", OwnerID: fmt.Sprint(i), Field: "f", Type: "t"})
		}
		if err := st.ReplaceKB(ctx, k); err != nil {
			t.Fatalf("%d rows: %v", n, err)
		}
		rows, err := st.QueryContext(ctx, `SELECT owner_id FROM conflicts ORDER BY id`)
		if err != nil {
			t.Fatal(err)
		}
		i := 0
		for rows.Next() {
			var owner string
			if err := rows.Scan(&owner); err != nil {
				t.Fatal(err)
			}
			if owner != fmt.Sprint(i) {
				t.Fatalf("%d rows: row %d owner %s", n, i, owner)
			}
			i++
		}
		rows.Close()
		if i != n {
			t.Errorf("%d rows: %d stored", n, i)
		}
	}
}
