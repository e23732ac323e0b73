package kbstore

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"syscall"
	"testing"
	"time"

	"dossier/internal/extract"
	"dossier/internal/gazetteer"
	"dossier/internal/kb"
	"dossier/internal/pipeline"
	"dossier/internal/store"
)

// benchDB copies the database named by DOSSIER_BENCH_DB (for example one
// written by `dossier ingest` over scripts/bench-kb's articles) into a
// temporary directory and opens the copy; the benchmark is skipped
// without it.
func benchDB(b *testing.B) *store.Store {
	src := os.Getenv("DOSSIER_BENCH_DB")
	if src == "" {
		b.Skip("DOSSIER_BENCH_DB not set")
	}
	dst := filepath.Join(b.TempDir(), "bench.db")
	if err := copyFile(src, dst); err != nil {
		b.Fatal(err)
	}
	st, err := store.Open(context.Background(), dst)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	return st
}

func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// BenchmarkRefresh measures the end-of-ingest rebuild on a stored
// knowledge base read back from the store: Load (claims, documents,
// curation), kb.Build and ReplaceKB, separately and together.
func BenchmarkRefresh(b *testing.B) {
	ctx := context.Background()
	gazetteer.Default()
	st := benchDB(b)
	in, err := Load(ctx, st)
	if err != nil {
		b.Fatal(err)
	}
	k := kb.Build(in)
	b.Run("Load", func(b *testing.B) {
		for range b.N {
			if _, err := Load(ctx, st); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("Build", func(b *testing.B) {
		for range b.N {
			kb.Build(in)
		}
	})
	b.Run("Snapshot+ReplaceKB", func(b *testing.B) {
		for range b.N {
			if err := st.ReplaceKB(ctx, Snapshot(k)); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("Refresh", func(b *testing.B) {
		for range b.N {
			if _, err := Refresh(ctx, st); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkRunRefresh measures the rebuild at the end of an ingest run
// into an empty store (Run.Refresh: from the claims the run kept), after
// ingesting the JSON Lines articles named by DOSSIER_BENCH_ARTICLES (for
// example 2,000 written as scripts/bench-kb does) outside the timing.
// Reports wall and CPU milliseconds per article.
func BenchmarkRunRefresh(b *testing.B) {
	src := os.Getenv("DOSSIER_BENCH_ARTICLES")
	if src == "" {
		b.Skip("DOSSIER_BENCH_ARTICLES not set")
	}
	ctx := context.Background()
	gazetteer.Default()
	var docs int
	var cpu time.Duration
	for range b.N {
		b.StopTimer()
		st, err := store.Open(ctx, filepath.Join(b.TempDir(), "run.db"))
		if err != nil {
			b.Fatal(err)
		}
		run := NewRun(extract.Options{})
		sum, err := pipeline.Ingest(ctx, st, []string{src}, pipeline.Options{Prepare: run.Prepare(),
			Process: run.Process(pipeline.Prepared)})
		if err != nil {
			b.Fatal(err)
		}
		docs += sum.New
		runtime.GC()
		c0 := cpuTime()
		b.StartTimer()
		if _, err := run.Refresh(ctx, st); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		cpu += cpuTime() - c0
		if !run.reused {
			b.Fatal("the rebuild read the claims back from the store")
		}
		st.Close()
		b.StartTimer()
	}
	b.ReportMetric(b.Elapsed().Seconds()*1000/float64(docs), "ms/article")
	b.ReportMetric(cpu.Seconds()*1000/float64(docs), "cpu-ms/article")
}

// cpuTime is the process's user and system CPU time so far (all threads:
// the figure that does not depend on the load of a shared machine).
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkRunBuild measures kb.BuildStages alone over what an ingest run
// kept (the articles named by DOSSIER_BENCH_ARTICLES, ingested once
// outside the timing), and reports when each stage was handed to the
// writer, in milliseconds after the build started, and the CPU time of a
// build (all threads, garbage collection included).
func BenchmarkRunBuild(b *testing.B) {
	src := os.Getenv("DOSSIER_BENCH_ARTICLES")
	if src == "" {
		b.Skip("DOSSIER_BENCH_ARTICLES not set")
	}
	ctx := context.Background()
	gazetteer.Default()
	st, err := store.Open(ctx, filepath.Join(b.TempDir(), "run.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	run := NewRun(extract.Options{})
	if _, err := pipeline.Ingest(ctx, st, []string{src}, pipeline.Options{Prepare: run.Prepare(),
		Process: run.Process(pipeline.Prepared)}); err != nil {
		b.Fatal(err)
	}
	in := run.input()
	in.Places = Places(gazetteer.Default)
	var at [4]time.Duration
	runtime.GC()
	c0 := cpuTime()
	b.ResetTimer()
	for range b.N {
		t0 := time.Now()
		kb.BuildStages(in, func(s kb.Stage, _ *kb.KB) { at[s] += time.Since(t0) })
	}
	for s, name := range []string{"entities", "relations", "events", "series"} {
		b.ReportMetric(float64(at[s].Milliseconds())/float64(b.N), name+"-ms")
	}
	b.ReportMetric((cpuTime()-c0).Seconds()*1000/float64(b.N), "cpu-ms")
}
