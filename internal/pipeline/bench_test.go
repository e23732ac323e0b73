package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"dossier/internal/store"
)

// BenchmarkIngestFolder ingests every file of $DOSSIER_BENCH_DIR (see
// scripts/bench-ingest, KEEP=1) into a fresh database.
func BenchmarkIngestFolder(b *testing.B) {
	dir := os.Getenv("DOSSIER_BENCH_DIR")
	if dir == "" {
		b.Skip("DOSSIER_BENCH_DIR not set")
	}
	for i := 0; i < b.N; i++ {
		st, err := store.Open(context.Background(), filepath.Join(b.TempDir(), "b.db"))
		if err != nil {
			b.Fatal(err)
		}
		sum, err := Ingest(context.Background(), st, []string{dir}, Options{})
		if err != nil || sum.Failed > 0 {
			b.Fatal(err, sum)
		}
		b.ReportMetric(float64(sum.New), "docs/op")
		st.Close()
	}
}
