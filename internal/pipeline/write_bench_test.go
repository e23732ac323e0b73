package pipeline_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"syscall"
	"testing"
	"time"

	"dossier/internal/extract"
	"dossier/internal/kb/kbstore"
	"dossier/internal/model"
	"dossier/internal/pipeline"
	"dossier/internal/store"
)

// BenchmarkWritePath measures the single store writer alone: documents
// and their claims, extracted once outside the timing, are stored as
// `dossier ingest` stores them (batched transactions, the claims hook),
// then the store is closed. Articles are the .txt files of examples/
// and, when present, the seed captures in ../shared, each copy made
// unique. Reports the process's CPU per article (reader and writer
// goroutines; extraction excluded) and the database size per article.
func BenchmarkWritePath(b *testing.B) {
	const n = 500
	in := writeCorpus(b, n)
	prep := prepareAllRows(b, in)
	ctx := context.Background()
	opt := pipeline.Options{
		Prepare: func(_ context.Context, d *model.Document) any { return prep[d.ID] },
		Process: kbstore.ProcessPrepared(extract.Options{}, pipeline.Prepared),
	}
	var cpu time.Duration
	var size int64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		db := filepath.Join(b.TempDir(), "w.db")
		st, err := store.Open(ctx, db)
		if err != nil {
			b.Fatal(err)
		}
		c0 := cpuTime()
		b.StartTimer()
		sum, err := pipeline.Ingest(ctx, st, []string{in}, opt)
		if err != nil || sum.New != n {
			b.Fatal(err, sum)
		}
		if err := st.Close(); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		cpu += cpuTime() - c0
		size += fileSize(db)
		b.StartTimer()
	}
	b.ReportMetric(float64(cpu.Microseconds())/1000/float64(n*b.N), "cpu-ms/article")
	b.ReportMetric(float64(size)/1024/float64(n*b.N), "db-KB/article")
}

// writeCorpus writes n unique JSON Lines articles and returns the file.
func writeCorpus(b *testing.B, n int) string {
	b.Helper()
	var texts []string
	for _, pat := range []string{"../../examples/*.txt", "../../../shared/corpus/seeds/*.txt"} {
		files, _ := filepath.Glob(pat)
		for _, f := range files {
			t, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			texts = append(texts, string(t))
		}
	}
	if len(texts) == 0 {
		b.Skip("no example articles")
	}
	in := filepath.Join(b.TempDir(), "in.jsonl")
	f, err := os.Create(in)
	if err != nil {
		b.Fatal(err)
	}
	enc := json.NewEncoder(f)
	for j := 0; j < n; j++ {
		enc.Encode(map[string]string{"id": fmt.Sprintf("w-%06d", j), "text": texts[j%len(texts)] + fmt.Sprintf("\n\n(copy %d)\n", j),
			"published": "2021-09-01", "source": fmt.Sprintf("outlet %d", j%23)})
	}
	if err := f.Close(); err != nil {
		b.Fatal(err)
	}
	return in
}

// prepareAllRows extracts every article of in once (into a scratch
// database) and returns what kbstore.Prepare computed, by document id.
func prepareAllRows(b *testing.B, in string) map[string]any {
	b.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(b.TempDir(), "prep.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	var mu sync.Mutex
	out := map[string]any{}
	prepare := kbstore.Prepare(extract.Options{})
	_, err = pipeline.Ingest(ctx, st, []string{in}, pipeline.Options{Prepare: func(ctx context.Context, d *model.Document) any {
		r := prepare(ctx, d)
		mu.Lock()
		out[d.ID] = r
		mu.Unlock()
		return r
	}})
	if err != nil {
		b.Fatal(err)
	}
	return out
}

// cpuTime returns the process's user + system CPU time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func fileSize(path string) int64 {
	var n int64
	for _, p := range []string{path, path + "-wal"} {
		if fi, err := os.Stat(p); err == nil {
			n += fi.Size()
		}
	}
	return n
}
