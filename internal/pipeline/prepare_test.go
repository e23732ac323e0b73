package pipeline

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"dossier/internal/model"
	"dossier/internal/store"
)

// TestPrepareRunsInParallelAndReachesProcess: Prepare's result for each
// document reaches Process for that document, in input order, even when
// later documents finish preparing first.
func TestPrepareRunsInParallelAndReachesProcess(t *testing.T) {
	st, _ := setup(t)
	dir := t.TempDir()
	const n = 40
	for i := range n {
		body := fmt.Sprintf("Report number %d: an armed group attacked a village, officials said on the day.\n", i)
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("%03d.txt", i)), []byte(body), 0o644)
	}
	var running, most atomic.Int32
	var names []string
	opt := Options{Workers: 4,
		Prepare: func(ctx context.Context, d *model.Document) any {
			r := running.Add(1)
			for {
				m := most.Load()
				if r <= m || most.CompareAndSwap(m, r) {
					break
				}
			}
			if d.Name[2]%2 == 0 {
				time.Sleep(3 * time.Millisecond) // even documents finish later
			}
			running.Add(-1)
			return "prepared " + d.ID
		},
		Process: func(ctx context.Context, tx *store.Tx, d *model.Document) error {
			if got := Prepared(ctx); got != "prepared "+d.ID {
				return fmt.Errorf("prepared value %v for %s", got, d.Name)
			}
			names = append(names, d.Name)
			return nil
		}}
	sum, err := Ingest(context.Background(), st, []string{dir}, opt)
	if err != nil || sum.New != n || sum.Failed != 0 {
		t.Fatalf("summary %s, failures %+v, err %v", sum, sum.Failures, err)
	}
	for i, name := range names {
		if want := fmt.Sprintf("%03d.txt", i); filepath.Base(name) != want {
			t.Fatalf("document %d is %s, want %s (input order)", i, name, want)
		}
	}
	if most.Load() < 2 {
		t.Errorf("at most %d Prepare calls ran at once, want parallel workers", most.Load())
	}
}

func TestPreparedIsNilWithoutPrepare(t *testing.T) {
	st, in := setup(t)
	opt := Options{Process: func(ctx context.Context, tx *store.Tx, d *model.Document) error {
		if v := Prepared(ctx); v != nil {
			return fmt.Errorf("prepared %v without a Prepare hook", v)
		}
		return nil
	}}
	if sum, err := Ingest(context.Background(), st, []string{in}, opt); err != nil || sum.New != 2 {
		t.Fatalf("summary %s, failures %+v, err %v", sum, sum.Failures, err)
	}
}
