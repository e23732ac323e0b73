// Command dossier builds a sourced knowledge base about armed groups from
// open-source reporting. See README.md.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"dossier/internal/cli"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := cli.Run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
