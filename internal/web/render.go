package web

import (
	"bytes"
	"embed"
	"encoding/json"
	"fmt"
	"html/template"
	"net/http"
	"strings"

	"dossier/internal/model"
)

//go:embed templates
var templateFS embed.FS

// pageNames are the templates/NAME.html files rendered inside layout.html.
var pageNames = []string{"home", "profile", "entities", "event", "events", "document",
	"documents", "search", "conflicts", "curation", "error"}

// Base is the part of every page the layout needs.
type Base struct {
	Title   string
	Nav     string   // highlighted navigation entry
	CSRF    string   // form token
	Query   string   // the search box's value
	Scripts []string // static file names loaded after the page
	Styles  []string // extra style sheets
	// PageData is passed to the page's script as JSON in a
	// <script type="application/json" id="page-data"> element.
	PageData any
}

// PageJSON is PageData encoded for its script element. encoding/json
// escapes <, > and & as \u003c, \u003e and \u0026, so the text can never
// close the element; marking it template.JS spares html/template a second,
// character-by-character escaping pass over large payloads.
func (b *Base) PageJSON() (template.JS, error) {
	if b.PageData == nil {
		return "", nil
	}
	j, err := json.Marshal(b.PageData)
	if err != nil {
		return "", fmt.Errorf("web: encode page data: %w", err)
	}
	return template.JS(j), nil
}

// base returns the Base of a page titled title.
func (s *Server) base(w http.ResponseWriter, r *http.Request, title string) Base {
	return Base{Title: title, CSRF: s.csrf.token(w, r)}
}

// parseTemplates parses the layout with each page (failing fast).
func (s *Server) parseTemplates() (map[string]*template.Template, error) {
	pages := make(map[string]*template.Template, len(pageNames))
	for _, name := range pageNames {
		t, err := template.New(name).Funcs(s.funcs()).ParseFS(templateFS,
			"templates/layout.html", "templates/partials.html", "templates/"+name+".html")
		if err != nil {
			return nil, fmt.Errorf("web: parse template %s: %w", name, err)
		}
		pages[name] = t
	}
	return pages, nil
}

// render writes page name with status 200.
func (s *Server) render(w http.ResponseWriter, r *http.Request, name string, data any) {
	s.renderStatus(w, r, http.StatusOK, name, data)
}

// renderStatus executes the page into a buffer first so a template error
// becomes a clean 500 instead of half a page.
func (s *Server) renderStatus(w http.ResponseWriter, r *http.Request, status int, name string, data any) {
	t, ok := s.pages[name]
	if !ok {
		s.log.Error("unknown template", "name", name)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, "layout", data); err != nil {
		s.log.Error("render failed", "template", name, "path", r.URL.Path, "err", err)
		if name != "error" {
			http.Error(w, "internal error: the page could not be rendered", http.StatusInternalServerError)
		}
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	_, _ = w.Write(buf.Bytes())
}

// funcs are the helpers templates may call.
func (s *Server) funcs() template.FuncMap {
	return template.FuncMap{
		"asset":    s.assets.URL,
		"date":     fmtDate,
		"rng":      fmtRange,
		"num":      fmtNum,
		"evurl":    evidenceURL,
		"relLabel": relationLabel,
		"label":    func(s string) string { return strings.ReplaceAll(s, "_", " ") },
		"join":     strings.Join,
		"add":      func(a, b int) int { return a + b },
		"gradeClass": func(g string) string {
			if g == "" {
				return "grade-F"
			}
			return "grade-" + g
		},
		"hasConflict": hasString,
		"rng2": func(min, max *float64, approx bool) string {
			return fmtRange(&model.Range{Min: min, Max: max, Approx: approx})
		},
		"grades": func() []string { return []string{"A", "B", "C", "D", "E", "F"} },
	}
}

// hasString reports whether list contains v.
func hasString(list []string, v string) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}
