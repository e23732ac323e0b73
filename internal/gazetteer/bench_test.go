package gazetteer

import (
	"os"
	"path/filepath"
	"runtime"
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

func BenchmarkLoad(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}
