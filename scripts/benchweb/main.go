// Command benchweb measures the web UI under load: it ingests N synthetic
// articles into a temporary database (extraction and knowledge-base merge
// included), serves the UI on loopback and requests profile, event,
// document and search pages from concurrent clients, then prints
// p50/p95/p99 latency per page kind. Run it through scripts/bench-web.
package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"runtime/pprof"
	"time"

	"dossier/internal/pipeline"
	"dossier/internal/store"
	"dossier/internal/web"
	"dossier/internal/web/kbdata"
)

func main() {
	n := flag.Int("n", 10000, "synthetic articles to ingest")
	c := flag.Int("c", 8, "concurrent clients")
	d := flag.Duration("d", 20*time.Second, "load duration")
	db := flag.String("db", "", "use this database instead of a fresh temporary one (no ingest when it has documents)")
	cpu := flag.String("cpuprofile", "", "write a CPU profile of the load phase to `file`")
	flag.Parse()
	cpuProfile = *cpu
	if err := run(*n, *c, *d, *db); err != nil {
		fmt.Fprintln(os.Stderr, "bench-web:", err)
		os.Exit(1)
	}
}

// cpuProfile names the file of the load phase's CPU profile ("" none).
var cpuProfile string

// startProfile starts CPU profiling when asked; the func stops it.
func startProfile() (func(), error) {
	if cpuProfile == "" {
		return func() {}, nil
	}
	f, err := os.Create(cpuProfile)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		return nil, err
	}
	return func() { pprof.StopCPUProfile(); f.Close() }, nil
}

func run(n, c int, d time.Duration, db string) error {
	ctx := context.Background()
	if db == "" {
		dir, err := os.MkdirTemp("", "bench-web-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		db = filepath.Join(dir, "bench.db")
	}
	st, err := store.Open(ctx, db)
	if err != nil {
		return err
	}
	defer st.Close()
	if err := ingest(ctx, st, n); err != nil {
		return err
	}
	srv, err := web.New(web.Options{Data: kbdata.New(kbdata.NewSQL(st), nil),
		Logger: slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	hs := &http.Server{Handler: srv, ReadHeaderTimeout: 10 * time.Second}
	go hs.Serve(ln)
	defer hs.Close()
	return load(ctx, "http://"+ln.Addr().String(), c, d)
}

// ingest stores n synthetic articles unless the store already has some.
func ingest(ctx context.Context, st *store.Store, n int) error {
	have, err := st.CountDocuments(ctx)
	if err != nil || have > 0 {
		fmt.Printf("database has %d documents: no ingest\n", have)
		return err
	}
	f, err := os.CreateTemp("", "bench-web-*.jsonl")
	if err != nil {
		return err
	}
	defer os.Remove(f.Name())
	if err := writeCorpus(f, n, 42); err != nil {
		return err
	}
	f.Close()
	start := time.Now()
	sum, err := pipeline.Ingest(ctx, st, []string{f.Name()}, pipeline.Options{Process: processHook()})
	if err != nil {
		return err
	}
	el := time.Since(start)
	fmt.Printf("ingest: %s in %.1fs (%.0f docs/s)\n", sum, el.Seconds(), float64(sum.New)/el.Seconds())
	return nil
}
