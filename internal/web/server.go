package web

import (
	"crypto/rand"
	"fmt"
	"html/template"
	"log/slog"
	"net/http"
)

// Options configures a Server.
type Options struct {
	Data   Data
	Logger *slog.Logger // nil: discard
	// Secret keys the CSRF tokens; nil draws a random one (tokens then
	// last as long as the process).
	Secret []byte
}

// Server serves the pages, the JSON API and the static assets.
type Server struct {
	data    Data
	log     *slog.Logger
	assets  *assets
	pages   map[string]*template.Template
	csrf    *csrf
	handler http.Handler
}

// New parses the templates and loads the assets (failing fast on any
// error) and builds the routes.
func New(opt Options) (*Server, error) {
	if opt.Data == nil {
		return nil, fmt.Errorf("web: new server: no data source")
	}
	s := &Server{data: opt.Data, log: opt.Logger}
	if s.log == nil {
		s.log = slogDiscard()
	}
	var err error
	if s.assets, err = loadAssets(); err != nil {
		return nil, err
	}
	if s.pages, err = s.parseTemplates(); err != nil {
		return nil, err
	}
	secret := opt.Secret
	if secret == nil {
		secret = make([]byte, 32)
		_, _ = rand.Read(secret)
	}
	s.csrf = &csrf{key: secret}
	s.handler = s.secure(s.routes())
	return s, nil
}

// ServeHTTP implements http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.handler.ServeHTTP(w, r)
}

// csp allows only same-origin scripts, styles and data; no inline script.
// Leaflet, Cytoscape and uPlot style elements through the DOM, which CSP
// does not restrict. The one hash is the fixed rule Cytoscape injects as a
// <style> element (".__________cytoscape_container { position: relative; }").
const csp = "default-src 'none'; script-src 'self'; " +
	"style-src 'self' 'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='; img-src 'self' data:; " +
	"connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// secure adds the security headers and refuses cross-origin unsafe
// requests (Sec-Fetch-Site / Origin checks) before any handler runs.
func (s *Server) secure(next http.Handler) http.Handler {
	cop := http.NewCrossOriginProtection()
	cop.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.fail(w, r, errForbidden("cross-origin request refused"))
	}))
	inner := cop.Handler(next)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", csp)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		h.Set("Permissions-Policy", "geolocation=(), camera=(), microphone=()")
		inner.ServeHTTP(w, r)
	})
}
