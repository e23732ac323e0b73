package web

import "net/http"

// apiRoutes lists the JSON API; openapi.json must describe exactly these
// (routes_test.go checks it).
var apiRoutes = []struct{ method, path string }{
	{"GET", "/api/v1/entities"},
	{"GET", "/api/v1/entities/{id}"},
	{"GET", "/api/v1/events"},
	{"GET", "/api/v1/events/{id}"},
	{"GET", "/api/v1/documents"},
	{"GET", "/api/v1/documents/{id}"},
	{"GET", "/api/v1/claims"},
	{"GET", "/api/v1/conflicts"},
	{"GET", "/api/v1/search"},
	{"GET", "/api/v1/sources"},
	{"GET", "/api/v1/actions"},
	{"POST", "/api/v1/actions"},
	{"POST", "/api/v1/actions/{id}/undo"},
	{"GET", "/api/v1/openapi.json"},
}

// routes registers every page, API endpoint and asset path.
func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", s.handleHome)
	mux.HandleFunc("GET /entities", s.handleEntities)
	mux.HandleFunc("GET /entities/{id}", s.handleProfile)
	mux.HandleFunc("GET /events", s.handleEvents)
	mux.HandleFunc("GET /events/{id}", s.handleEvent)
	mux.HandleFunc("GET /documents", s.handleDocuments)
	mux.HandleFunc("GET /documents/{id}", s.handleDocument)
	mux.HandleFunc("GET /search", s.handleSearch)
	mux.HandleFunc("GET /conflicts", s.handleConflicts)
	mux.HandleFunc("GET /curation", s.handleCuration)
	mux.HandleFunc("POST /curation", s.handleCurate)
	mux.HandleFunc("POST /curation/{id}/undo", s.handleUndo)
	mux.Handle("GET /static/{path...}", s.assets)
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	})

	api := map[string]http.HandlerFunc{
		"GET /api/v1/entities":           s.apiEntities,
		"GET /api/v1/entities/{id}":      s.apiEntity,
		"GET /api/v1/events":             s.apiEvents,
		"GET /api/v1/events/{id}":        s.apiEvent,
		"GET /api/v1/documents":          s.apiDocuments,
		"GET /api/v1/documents/{id}":     s.apiDocument,
		"GET /api/v1/claims":             s.apiClaims,
		"GET /api/v1/conflicts":          s.apiConflicts,
		"GET /api/v1/search":             s.apiSearch,
		"GET /api/v1/sources":            s.apiSources,
		"GET /api/v1/actions":            s.apiActions,
		"POST /api/v1/actions":           s.apiCurate,
		"POST /api/v1/actions/{id}/undo": s.apiUndo,
		"GET /api/v1/openapi.json":       s.apiOpenAPI,
	}
	for _, rt := range apiRoutes {
		mux.HandleFunc(rt.method+" "+rt.path, api[rt.method+" "+rt.path])
	}
	mux.HandleFunc("/", s.notFound)
	return mux
}
