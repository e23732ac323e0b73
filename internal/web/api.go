package web

import (
	_ "embed"
	"encoding/json"
	"mime"
	"net/http"
	"strings"

	"dossier/internal/model"
)

//go:embed openapi.json
var openapiJSON []byte

func (s *Server) apiOpenAPI(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	_, _ = w.Write(openapiJSON)
}

// apiList runs a paginated query and writes its list.
func apiList[T any](s *Server, w http.ResponseWriter, r *http.Request, q func(Page) ([]T, int, error)) {
	pg, err := pageOf(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	items, total, err := q(pg)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, newList(r, pg, items, total))
}

// apiOne writes one resource.
func apiOne[T any](s *Server, w http.ResponseWriter, r *http.Request, v T, err error) {
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, v)
}

func (s *Server) apiEntities(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	apiList(s, w, r, func(p Page) ([]EntitySummary, int, error) {
		return s.data.Entities(r.Context(), EntityFilter{Query: q.Get("q"), Type: q.Get("type"), Page: p})
	})
}

func (s *Server) apiEntity(w http.ResponseWriter, r *http.Request) {
	p, err := s.data.Profile(r.Context(), r.PathValue("id"))
	apiOne(s, w, r, p, err)
}

func (s *Server) apiEvents(w http.ResponseWriter, r *http.Request) {
	apiList(s, w, r, func(p Page) ([]EventSummary, int, error) {
		return s.data.Events(r.Context(), EventFilter{Entity: r.URL.Query().Get("entity"), Page: p})
	})
}

func (s *Server) apiEvent(w http.ResponseWriter, r *http.Request) {
	e, err := s.data.Event(r.Context(), r.PathValue("id"))
	apiOne(s, w, r, e, err)
}

func (s *Server) apiDocuments(w http.ResponseWriter, r *http.Request) {
	apiList(s, w, r, func(p Page) ([]DocSummary, int, error) { return s.data.Documents(r.Context(), p) })
}

func (s *Server) apiDocument(w http.ResponseWriter, r *http.Request) {
	d, err := s.data.Document(r.Context(), r.PathValue("id"))
	apiOne(s, w, r, d, err)
}

func (s *Server) apiClaims(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	apiList(s, w, r, func(p Page) ([]ClaimView, int, error) {
		return s.data.Claims(r.Context(), ClaimFilter{Entity: q.Get("entity"), Document: q.Get("document"),
			Status: q.Get("status"), Page: p})
	})
}

func (s *Server) apiConflicts(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	apiList(s, w, r, func(p Page) ([]ConflictView, int, error) {
		return s.data.Conflicts(r.Context(), ConflictFilter{Entity: q.Get("entity"), Field: q.Get("field"), Page: p})
	})
}

func (s *Server) apiSearch(w http.ResponseWriter, r *http.Request) {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	if q == "" {
		s.fail(w, r, model.Errorf(model.EINVALID, "search: the q parameter is required"))
		return
	}
	apiList(s, w, r, func(p Page) ([]DocHit, int, error) { return s.data.SearchDocuments(r.Context(), q, p) })
}

func (s *Server) apiSources(w http.ResponseWriter, r *http.Request) {
	src, err := s.data.Sources(r.Context())
	if src == nil {
		src = []SourceView{}
	}
	apiOne(s, w, r, map[string][]SourceView{"items": src}, err)
}

func (s *Server) apiActions(w http.ResponseWriter, r *http.Request) {
	apiList(s, w, r, func(p Page) ([]ActionView, int, error) { return s.data.Actions(r.Context(), p) })
}

// requireJSON refuses bodies that are not application/json: a cross-site
// form cannot send that type without a CORS preflight, which never passes.
func requireJSON(r *http.Request) error {
	mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if mt != "application/json" {
		return model.Errorf(model.EINVALID, "send the request body as application/json")
	}
	return nil
}

func (s *Server) apiCurate(w http.ResponseWriter, r *http.Request) {
	if err := requireJSON(r); err != nil {
		s.fail(w, r, err)
		return
	}
	var req CurationRequest
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxFormBytes))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		s.fail(w, r, model.Errorf(model.EINVALID, "curation request body: %v", err))
		return
	}
	req.Who = who(req.Who)
	if err := req.Validate(); err != nil {
		s.fail(w, r, err)
		return
	}
	act, err := s.data.Curate(r.Context(), req)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusCreated, act)
}

func (s *Server) apiUndo(w http.ResponseWriter, r *http.Request) {
	if err := requireJSON(r); err != nil {
		s.fail(w, r, err)
		return
	}
	var body struct {
		Reason string `json:"reason"`
	}
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxFormBytes)).Decode(&body); err != nil {
		s.fail(w, r, model.Errorf(model.EINVALID, "undo request body: %v", err))
		return
	}
	if strings.TrimSpace(body.Reason) == "" {
		s.fail(w, r, model.Errorf(model.EINVALID, "undo: give a reason; it is recorded"))
		return
	}
	id := r.PathValue("id")
	if err := s.data.Undo(r.Context(), id, body.Reason); err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"undone": id})
}
