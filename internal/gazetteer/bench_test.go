package gazetteer

import (
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"strings"
	"testing"
)

// benchText returns realistic article text: the seed articles when
// ../shared is present, else our own fixture, repeated to about 1 MB.
func benchText(b *testing.B) string {
	b.Helper()
	var parts []string
	files, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", "corpus", "seeds", "*.txt"))
	files = append(files, filepath.Join("testdata", "article.txt"))
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		parts = append(parts, string(raw))
	}
	one := strings.Join(parts, "\n\n")
	return strings.Repeat(one+"\n\n", 1+(1<<20)/len(one))
}

// BenchmarkMatch reports matcher throughput (MB/s) on article text.
func BenchmarkMatch(b *testing.B) {
	g := Default()
	text := benchText(b)
	b.SetBytes(int64(len(text)))
	runtime.GC() // collect the loader's garbage outside the timing
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		g.Match(text)
	}
}

// BenchmarkMatchArticle matches one article at a time, as the extractor does.
func BenchmarkMatchArticle(b *testing.B) {
	g := Default()
	raw, err := os.ReadFile(filepath.Join("testdata", "article.txt"))
	if err != nil {
		b.Fatal(err)
	}
	text := string(raw)
	b.SetBytes(int64(len(text)))
	runtime.GC() // collect the loader's garbage outside the timing
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		g.Match(text)
	}
}

// BenchmarkLoad reports what a process pays before its first article with
// a warm cache: hashing the sources for the cache file's name, reading the
// cached snapshot (see cache.go), opening it and a first lookup that
// reaches the fuzzy (transliteration skeleton) stage.
// MB-heap is the live heap the gazetteer keeps after a collection, MB-scan
// the part of it the collector must scan for pointers on every cycle.
func BenchmarkLoad(b *testing.B) {
	path := cachePath()
	if _, err := loadSnapshot(path, buildSnapshot); err != nil { // warm the cache
		b.Fatal(err)
	}
	var g *Gazetteer
	heap0, scan0 := liveHeap()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		data, ok := readCache(cachePath())
		if !ok {
			b.Skipf("no usable cache file at %q", path)
		}
		var err error
		if g, err = open(data); err != nil {
			b.Fatal(err)
		}
		if cs := g.Explain("Dhuusamarreebb", ""); len(cs) == 0 || !strings.HasPrefix(cs[0].How, "transliteration") {
			b.Fatalf("fuzzy lookup: got %v", cs)
		}
	}
	b.StopTimer()
	heap1, scan1 := liveHeap()
	runtime.KeepAlive(g)
	b.ReportMetric(float64(heap1-heap0)/1e6, "MB-heap")
	b.ReportMetric(float64(scan1-scan0)/1e6, "MB-scan")
}

// BenchmarkBuildSnapshot reports a cold start's extra cost: building the
// snapshot from the embedded source tables.
func BenchmarkBuildSnapshot(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := buildSnapshot(); err != nil {
			b.Fatal(err)
		}
	}
}

// liveHeap collects garbage and returns the bytes of live heap objects and
// of the scannable part of the heap.
func liveHeap() (live, scan int64) {
	runtime.GC()
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}, {Name: "/gc/scan/heap:bytes"}}
	metrics.Read(s)
	return int64(s[0].Value.Uint64()), int64(s[1].Value.Uint64())
}
