package web

import (
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"strings"

	"dossier/internal/model"
)

// statusOf maps a model.Error code to an HTTP status.
func statusOf(code string) int {
	switch code {
	case model.ENOTFOUND:
		return http.StatusNotFound
	case model.EINVALID:
		return http.StatusBadRequest
	case model.ECONFLICT:
		return http.StatusConflict
	case model.EUNAUTHORIZED:
		return http.StatusForbidden
	case model.ETOOLARGE:
		return http.StatusRequestEntityTooLarge
	}
	return http.StatusInternalServerError
}

// errorPage is the data of the HTML error page.
type errorPage struct {
	Base
	Status  int
	Code    string
	Message string
}

// apiError is the JSON error body.
type apiError struct {
	Error struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

// fail is the one place errors become responses: it maps the error's code
// to a status, logs internal errors (once, here), and renders JSON for API
// paths and an HTML page otherwise. Internal details never reach the user.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	code := model.ErrorCode(err)
	status := statusOf(code)
	msg := model.ErrorMessage(err)
	if status == http.StatusInternalServerError {
		if r.Context().Err() != nil && errors.Is(err, r.Context().Err()) {
			return // the client went away: nothing to log or render
		}
		s.log.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
		code, msg = model.EINTERNAL, "internal error; the server log has the details"
	}
	if strings.HasPrefix(r.URL.Path, "/api/") {
		var body apiError
		body.Error.Code, body.Error.Message = code, msg
		writeJSON(w, status, body)
		return
	}
	p := &errorPage{Base: s.base(w, r, "Error"), Status: status, Code: code, Message: msg}
	s.renderStatus(w, r, status, "error", p)
}

// writeJSON writes v as JSON with the given status.
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(true)
	_ = enc.Encode(v)
}

// notFound is the catch-all for unknown paths.
func (s *Server) notFound(w http.ResponseWriter, r *http.Request) {
	s.fail(w, r, model.Errorf(model.ENOTFOUND, "no page at %s", r.URL.Path))
}

// slogDiscard returns a logger that drops everything.
func slogDiscard() *slog.Logger { return slog.New(slog.DiscardHandler) }
