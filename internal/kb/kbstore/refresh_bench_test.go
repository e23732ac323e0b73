package kbstore

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"testing"

	"dossier/internal/gazetteer"
	"dossier/internal/kb"
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
