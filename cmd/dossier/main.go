// Command dossier builds a sourced knowledge base about armed groups from
// open-source reporting. See README.md.
//
// DOSSIER_CPUPROFILE=FILE writes a CPU profile of the whole run to FILE
// (for scripts/bench-*; see BENCHMARKS.md).
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"runtime/pprof"
	"syscall"

	"dossier/internal/cli"
)

func main() {
	stopProfile := startProfile(os.Getenv("DOSSIER_CPUPROFILE"))
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := cli.Run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	stopProfile()
	os.Exit(code)
}

// startProfile starts a CPU profile into path ("" = none) and returns the
// function that ends it.
func startProfile(path string) func() {
	if path == "" {
		return func() {}
	}
	f, err := os.Create(path)
	if err == nil {
		err = pprof.StartCPUProfile(f)
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "dossier: DOSSIER_CPUPROFILE=%s: %v\n", path, err)
		return func() {}
	}
	return func() { pprof.StopCPUProfile(); f.Close() }
}
