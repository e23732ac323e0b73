package ingest

import (
	"context"
	"os"
	"testing"

	"dossier/internal/model"
)

// BenchmarkReadFolder converts every file of $DOSSIER_BENCH_DIR (see
// scripts/bench-ingest, KEEP=1).
func BenchmarkReadFolder(b *testing.B) {
	dir := os.Getenv("DOSSIER_BENCH_DIR")
	if dir == "" {
		b.Skip("DOSSIER_BENCH_DIR not set")
	}
	for i := 0; i < b.N; i++ {
		n := 0
		Read(context.Background(), []string{dir}, Options{}, func(d *model.Document, err error) error {
			if err != nil {
				b.Fatal(err)
			}
			n++
			return nil
		})
		b.ReportMetric(float64(n), "docs/op")
	}
}
