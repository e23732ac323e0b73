package extract

import (
	"os"
	"strings"
	"syscall"
	"testing"
	"time"

	"dossier/internal/gazetteer"
	"dossier/internal/model"
)

// benchDocs returns realistic articles: the shared seeds when present,
// else our own test article.
func benchDocs(b *testing.B) []*model.Document {
	b.Helper()
	if _, err := os.Stat("../../../shared/corpus/seeds"); err == nil {
		return seedDocs(b)
	}
	raw, err := os.ReadFile("testdata/article_en.txt")
	if err != nil {
		b.Fatal(err)
	}
	return []*model.Document{{Name: "article_en.txt", Text: string(raw), Published: model.YearDate(2024)}}
}

// BenchmarkExtract runs the whole extractor over realistic articles and
// reports articles/s and MB/s (single goroutine).
func BenchmarkExtract(b *testing.B) {
	docs := benchDocs(b)
	gazetteer.Default() // load once, outside the timing
	var bytes int64
	for _, d := range docs {
		bytes += int64(len(d.Text))
	}
	for _, d := range docs {
		Extract(d, Options{}) // warm lazily built indexes
	}
	b.SetBytes(bytes / int64(len(docs)))
	cpu0 := cpuSeconds()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Extract(docs[i%len(docs)], Options{})
	}
	b.StopTimer()
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	// On a shared machine wall time overstates the cost; CPU time does not.
	if cpu := cpuSeconds() - cpu0; cpu > 0 {
		b.ReportMetric(float64(b.N)/cpu, "articles/cpu-s")
	}
}

// cpuSeconds returns the user+system CPU time this process has used.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()).Seconds()
}

// BenchmarkExtractLong runs the extractor over one long document (the
// benchmark articles joined, eight times over) and reports MB/s: compared
// with BenchmarkExtract's MB/s it shows whether any stage grows faster than
// the text (quadratic loops over sentences or mentions).
func BenchmarkExtractLong(b *testing.B) {
	docs := benchDocs(b)
	gazetteer.Default()
	var sb strings.Builder
	for range 8 {
		for _, d := range docs {
			sb.WriteString(d.Text)
			sb.WriteString("\n\n")
		}
	}
	long := &model.Document{Name: "long.txt", Text: sb.String(), Published: docs[0].Published}
	Extract(long, Options{})
	b.SetBytes(int64(len(long.Text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Extract(long, Options{})
	}
}
