package cli

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"dossier/internal/config"
	"dossier/internal/model"
	"dossier/internal/store"
	"dossier/internal/web"
	"dossier/internal/web/kbdata"
)

const serveUsage = `usage: dossier serve [--db FILE] [--addr HOST:PORT]

Serves the web UI and the JSON API (/api/v1, described at
/api/v1/openapi.json) over the knowledge base in FILE. The default address
is loopback only; serving on another interface exposes curation to anyone
who can reach it.
`

// DefaultAddr is where "dossier serve" listens unless told otherwise.
const DefaultAddr = "127.0.0.1:8080"

// runServe implements "dossier serve".
func runServe(ctx context.Context, env *Env, args []string) int {
	cfg := config.Default(nil)
	fs := newFlagSet(env, "serve", serveUsage)
	addDBFlag(fs, &cfg)
	addr := fs.String("addr", DefaultAddr, "listen `address` (host:port)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(env.Stderr, "dossier serve: unexpected argument %q\n\n%s", fs.Arg(0), serveUsage)
		return 2
	}
	st, code := openExistingStore(ctx, env, "serve", cfg.DB)
	if st == nil {
		return code
	}
	defer st.Close()
	return serveCommand(ctx, env, "serve", st, *addr)
}

// serveCommand serves st for command cmd (serve, demo) and returns the
// exit code.
func serveCommand(ctx context.Context, env *Env, cmd string, st *store.Store, addr string) int {
	if err := serveStore(ctx, env, st, addr); err != nil {
		fmt.Fprintf(env.Stderr, "dossier %s: %s\n", cmd, model.ErrorMessage(err))
		return 1
	}
	return 0
}

// serveStore serves the UI over st on addr until ctx ends (Ctrl-C). The
// demo command ends by calling it.
func serveStore(ctx context.Context, env *Env, st *store.Store, addr string) error {
	log := slog.New(slog.NewTextHandler(env.Stderr, nil))
	srv, err := web.New(web.Options{Data: kbdata.New(kbdata.NewSQL(st), nil), Logger: log})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return model.Errorf(model.EINVALID, "cannot listen on %s: %v (is another server running? try --addr 127.0.0.1:8081)", addr, err)
	}
	hs := &http.Server{Handler: srv, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 30 * time.Second,
		WriteTimeout: 60 * time.Second, IdleTimeout: 2 * time.Minute, ErrorLog: slog.NewLogLogger(log.Handler(), slog.LevelWarn)}
	fmt.Fprintf(env.Stdout, "Serving %s on http://%s/ (Ctrl-C to stop)\n", st.Path(), ln.Addr())
	done := make(chan error, 1)
	go func() { done <- hs.Serve(ln) }()
	select {
	case err := <-done:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve: shutdown: %w", err)
	}
	return nil
}
