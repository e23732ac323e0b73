package store

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

// TestCheckpointerCopiesTheLog: committed pages reach the database file
// soon after the commit, while the store stays open and the log is far
// below the writer's own auto-checkpoint size.
func TestCheckpointerCopiesTheLog(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	before, err := os.Stat(s.Path())
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Repeat("A convoy was ambushed near the river crossing. ", 400) // ~19 KB
	err = s.WithTx(ctx, func(tx *Tx) error {
		for i := range 50 {
			d := testDoc(fmt.Sprintf("ab%02d", i), fmt.Sprintf("%d.txt", i), text+fmt.Sprint(i))
			d.Raw = nil
			if _, err := tx.CreateDocument(ctx, d); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(5 * time.Second)
	for {
		fi, err := os.Stat(s.Path())
		if err != nil {
			t.Fatal(err)
		}
		if fi.Size() > before.Size()+500_000 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("database file %d bytes 5 s after the commit (%d before): the log was not checkpointed", fi.Size(), before.Size())
		}
		time.Sleep(20 * time.Millisecond)
	}
	q := "convoy"
	if hits, err := s.FindDocuments(ctx, DocumentFilter{Query: &q}); err != nil || len(hits) != 50 {
		t.Errorf("search after the checkpoint: %d hits, %v", len(hits), err)
	}
}
