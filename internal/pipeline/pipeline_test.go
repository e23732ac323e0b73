package pipeline

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"dossier/internal/model"
	"dossier/internal/store"
)

const text1 = "The armed group attacked a border post on Monday, local officials said after the fighting ended.\n"
const text2 = "Two rival factions clashed near the market town for a second week, residents told reporters.\n"

func setup(t *testing.T) (*store.Store, string) {
	t.Helper()
	dir := t.TempDir()
	st, err := store.Open(context.Background(), filepath.Join(dir, "p.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	in := filepath.Join(dir, "in")
	os.Mkdir(in, 0o755)
	os.WriteFile(filepath.Join(in, "a.txt"), []byte(text1), 0o644)
	os.WriteFile(filepath.Join(in, "b.txt"), []byte(text2), 0o644)
	os.WriteFile(filepath.Join(in, "empty.txt"), nil, 0o644)
	return st, in
}

func TestIngestCountsAndIdempotence(t *testing.T) {
	st, in := setup(t)
	var log bytes.Buffer
	sum, err := Ingest(context.Background(), st, []string{in}, Options{Log: &log})
	if err != nil {
		t.Fatal(err)
	}
	if sum.String() != "2 new, 0 unchanged, 1 failed" {
		t.Errorf("first run: %s", sum)
	}
	if len(sum.Failures) != 1 || !strings.HasSuffix(sum.Failures[0].Input, "empty.txt") || !strings.Contains(log.String(), "empty.txt: empty input") {
		t.Errorf("failures %+v, log %q", sum.Failures, log.String())
	}
	sum, _ = Ingest(context.Background(), st, []string{in}, Options{})
	if sum.String() != "0 new, 2 unchanged, 1 failed" {
		t.Errorf("second run: %s", sum)
	}
}

func TestProcessRunsInTheDocumentTransaction(t *testing.T) {
	st, in := setup(t)
	ctx := context.Background()
	var seen []string
	opt := Options{Process: func(ctx context.Context, tx *store.Tx, d *model.Document) error {
		// The document is visible inside its own transaction.
		if ok, err := tx.DocumentExists(ctx, d.ID); err != nil || !ok {
			t.Errorf("document %s not visible in its transaction: %v", d.Name, err)
		}
		seen = append(seen, d.Name)
		if d.Name == "b.txt" {
			return errors.New("extractor exploded")
		}
		return nil
	}}
	sum, err := Ingest(ctx, st, []string{in}, opt)
	if err != nil {
		t.Fatal(err)
	}
	if sum.New != 1 || sum.Failed != 2 || len(seen) != 2 {
		t.Fatalf("summary %s, processed %v", sum, seen)
	}
	if !strings.Contains(sum.Failures[0].Reason, "extractor exploded") {
		t.Errorf("failure reason: %+v", sum.Failures)
	}
	// b.txt was rolled back with its failed processing: nothing half-stored.
	if _, err := st.FindDocument(ctx, "b.txt"); model.ErrorCode(err) != model.ENOTFOUND {
		t.Errorf("b.txt after failed processing: %v, want ENOTFOUND", err)
	}
	// Unchanged documents are not processed again.
	seen = nil
	opt.Process = func(ctx context.Context, tx *store.Tx, d *model.Document) error {
		seen = append(seen, d.Name)
		return nil
	}
	sum, _ = Ingest(ctx, st, []string{in}, opt)
	if sum.New != 1 || sum.Unchanged != 1 || len(seen) != 1 || seen[0] != "b.txt" {
		t.Errorf("re-run: %s, processed %v", sum, seen)
	}
}

func TestIngestCancelled(t *testing.T) {
	st, in := setup(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Ingest(ctx, st, []string{in}, Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled run: %v", err)
	}
}

func TestPrepareSkipsStoredDocuments(t *testing.T) {
	st, in := setup(t)
	ctx := context.Background()
	var prepared atomic.Int32
	opt := Options{
		Prepare: func(ctx context.Context, d *model.Document) any { prepared.Add(1); return d.ID },
		Process: func(ctx context.Context, tx *store.Tx, d *model.Document) error {
			if got := Prepared(ctx); got != d.ID {
				t.Errorf("Prepared(ctx) = %v, want %s", got, d.ID)
			}
			return nil
		},
	}
	if sum, err := Ingest(ctx, st, []string{in}, opt); err != nil || sum.New != 2 {
		t.Fatalf("first run: %v, %v", sum, err)
	}
	if n := prepared.Load(); n != 2 {
		t.Errorf("first run prepared %d documents, want 2", n)
	}
	prepared.Store(0)
	if sum, err := Ingest(ctx, st, []string{in}, opt); err != nil || sum.Unchanged != 2 {
		t.Fatalf("second run: %v, %v", sum, err)
	}
	if n := prepared.Load(); n != 0 {
		t.Errorf("second run prepared %d already stored documents, want 0", n)
	}
}
