package web

import (
	"net/http"
	"net/url"
	"strings"
)

const maxFormBytes = 64 << 10

type curationPage struct {
	Base
	Sources []SourceView
	Actions []ActionView
	Pager   Pager
	Done    string // id of the action just recorded or undone
	Ops     []string
	Form    CurationRequest // prefilled from the query (links from other pages)
}

func (s *Server) handleCuration(w http.ResponseWriter, r *http.Request) {
	pg, err := pageOf(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	srcs, err := s.data.Sources(r.Context())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	acts, total, err := s.data.Actions(r.Context(), pg)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	q := r.URL.Query()
	p := &curationPage{Base: s.base(w, r, "Curation"), Sources: srcs, Actions: acts,
		Pager: pagerFor(r, pg, len(acts), total), Done: q.Get("done"),
		Form: CurationRequest{Op: q.Get("op"), Target: q.Get("target"), Other: q.Get("other"), Value: q.Get("value")}}
	p.Nav = "curation"
	s.render(w, r, "curation", p)
}

// handleCurate records one curation decision posted from a form.
func (s *Server) handleCurate(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, maxFormBytes)
	if err := s.csrf.check(r); err != nil {
		s.fail(w, r, err)
		return
	}
	req := CurationRequest{
		Op: r.PostFormValue("op"), Target: strings.TrimSpace(r.PostFormValue("target")),
		Other: strings.TrimSpace(r.PostFormValue("other")), Value: strings.TrimSpace(r.PostFormValue("value")),
		Reason: strings.TrimSpace(r.PostFormValue("reason")), Who: who(r.PostFormValue("who")),
	}
	if err := req.Validate(); err != nil {
		s.fail(w, r, err)
		return
	}
	act, err := s.data.Curate(r.Context(), req)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	http.Redirect(w, r, backTo(r.PostFormValue("back"), act.ID), http.StatusSeeOther)
}

// handleUndo reverses a recorded decision.
func (s *Server) handleUndo(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, maxFormBytes)
	if err := s.csrf.check(r); err != nil {
		s.fail(w, r, err)
		return
	}
	id := r.PathValue("id")
	reason := strings.TrimSpace(r.PostFormValue("reason"))
	if reason == "" {
		reason = "undone from the web UI"
	}
	if err := s.data.Undo(r.Context(), id, reason); err != nil {
		s.fail(w, r, err)
		return
	}
	http.Redirect(w, r, backTo(r.PostFormValue("back"), id), http.StatusSeeOther)
}

// who names the curator; the UI has no accounts, so default to "web".
func who(v string) string {
	v = strings.TrimSpace(v)
	if v == "" || len(v) > 80 {
		return "web"
	}
	return v
}

// backTo is where to go after a decision: a local path from the form, or
// the curation page; an absolute or protocol-relative URL is ignored.
func backTo(back, id string) string {
	u, err := url.Parse(back)
	if back == "" || err != nil || u.IsAbs() || u.Host != "" || !strings.HasPrefix(back, "/") ||
		strings.HasPrefix(back, "//") || strings.Contains(back, `\`) {
		return "/curation?done=" + url.QueryEscape(id)
	}
	return back
}
