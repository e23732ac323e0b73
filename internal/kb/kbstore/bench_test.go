package kbstore

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"dossier/internal/extract"
	"dossier/internal/gazetteer"
	"dossier/internal/pipeline"
	"dossier/internal/store"
)

// BenchmarkIngest measures ingest with extraction and claims (the
// pipeline hook) plus one snapshot refresh, on copies of the seed
// articles (../shared, skipped when absent). Reports articles/s.
func BenchmarkIngest(b *testing.B) {
	seeds, _ := filepath.Glob(filepath.Join("..", "..", "..", "..", "shared", "corpus", "seeds", "*.txt"))
	if len(seeds) == 0 {
		b.Skip("../shared seeds not found")
	}
	var texts []string
	for _, f := range seeds {
		t, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(t))
	}
	ctx := context.Background()
	const n = 1000
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		dir := b.TempDir()
		in := filepath.Join(dir, "in.jsonl")
		f, _ := os.Create(in)
		enc := json.NewEncoder(f)
		for j := 0; j < n; j++ {
			enc.Encode(map[string]string{"id": fmt.Sprintf("b%d-%d", i, j), "text": texts[j%len(texts)] + fmt.Sprint(j),
				"published": "2021-09-01", "source": fmt.Sprintf("s%d", j%7)})
		}
		f.Close()
		st, err := store.Open(ctx, filepath.Join(dir, "b.db"))
		if err != nil {
			b.Fatal(err)
		}
		gazetteer.Default() // load the gazetteer outside the timing
		b.StartTimer()
		if _, err := pipeline.Ingest(ctx, st, []string{in}, pipeline.Options{Prepare: Prepare(extract.Options{}),
			Process: ProcessPrepared(extract.Options{}, pipeline.Prepared)}); err != nil {
			b.Fatal(err)
		}
		if _, err := Refresh(ctx, st); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		st.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
}
