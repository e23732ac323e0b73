package web

import (
	"net/http"
	"strconv"
	"strings"

	"dossier/internal/model"
)

type homePage struct {
	Base
	*Overview
}

func (s *Server) handleHome(w http.ResponseWriter, r *http.Request) {
	ov, err := s.data.Overview(r.Context())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	p := &homePage{Base: s.base(w, r, "Dossier"), Overview: ov}
	p.Nav = "home"
	s.render(w, r, "home", p)
}

type entitiesPage struct {
	Base
	Filter EntityFilter
	Items  []EntitySummary
	Pager  Pager
	Types  []string
}

func (s *Server) handleEntities(w http.ResponseWriter, r *http.Request) {
	pg, err := pageOf(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	f := EntityFilter{Query: r.URL.Query().Get("q"), Type: r.URL.Query().Get("type"), Page: pg}
	items, total, err := s.data.Entities(r.Context(), f)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	p := &entitiesPage{Base: s.base(w, r, "Entities"), Filter: f, Items: items,
		Pager: pagerFor(r, pg, len(items), total),
		Types: []string{model.TypeArmedGroup, model.TypeOrganization, model.TypePerson, model.TypeLocation}}
	p.Nav = "entities"
	p.Scripts = []string{"vendor/htmx.min.js"}
	s.render(w, r, "entities", p)
}

type eventPage struct {
	Base
	E *EventView
}

func (s *Server) handleEvent(w http.ResponseWriter, r *http.Request) {
	ev, err := s.data.Event(r.Context(), r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	p := &eventPage{Base: s.base(w, r, eventTitle(&ev.EventSummary)), E: ev}
	p.Nav = "events"
	p.Styles = []string{"vendor/leaflet/leaflet.css"}
	p.Scripts = []string{"vendor/leaflet/leaflet.js", "js/map.js", "js/event.js"}
	p.PageData = eventMapData(ev)
	s.render(w, r, "event", p)
}

// eventTitle names an incident: "Suicide bombing, Kabul, 2021-08-26".
func eventTitle(e *EventSummary) string {
	parts := []string{capitalize(label(e.Kind))}
	if e.Location != "" {
		parts = append(parts, e.Location)
	}
	parts = append(parts, fmtDate(e.Date))
	return strings.Join(parts, ", ")
}

func label(s string) string {
	if s == "" {
		return "incident"
	}
	return strings.ReplaceAll(s, "_", " ")
}

// capitalize upper-cases the first letter of an ASCII word.
func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

type eventsPage struct {
	Base
	Items []EventSummary
	Pager Pager
}

func (s *Server) handleEvents(w http.ResponseWriter, r *http.Request) {
	pg, err := pageOf(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	items, total, err := s.data.Events(r.Context(), EventFilter{Entity: r.URL.Query().Get("entity"), Page: pg})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	p := &eventsPage{Base: s.base(w, r, "Events"), Items: items, Pager: pagerFor(r, pg, len(items), total)}
	p.Nav = "events"
	s.render(w, r, "events", p)
}

type documentPage struct {
	Base
	D          *DocumentView
	Paragraphs []paragraph
	HasEv      bool
}

func (s *Server) handleDocument(w http.ResponseWriter, r *http.Request) {
	d, err := s.data.Document(r.Context(), r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	ev := span{atoi(r.URL.Query().Get("s")), atoi(r.URL.Query().Get("e"))}
	title := d.Doc.Title
	if title == "" {
		title = d.Doc.Name
	}
	p := &documentPage{Base: s.base(w, r, title), D: d,
		Paragraphs: layoutText(d.Doc.Text, d.Mentions, ev), HasEv: validSpan(d.Doc.Text, ev)}
	p.Nav = "documents"
	s.render(w, r, "document", p)
}

// atoi reads a non-negative integer, -1 when absent or malformed.
func atoi(v string) int {
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 {
		return -1
	}
	return n
}

type documentsPage struct {
	Base
	Items []DocSummary
	Pager Pager
}

func (s *Server) handleDocuments(w http.ResponseWriter, r *http.Request) {
	pg, err := pageOf(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	items, total, err := s.data.Documents(r.Context(), pg)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	p := &documentsPage{Base: s.base(w, r, "Documents"), Items: items, Pager: pagerFor(r, pg, len(items), total)}
	p.Nav = "documents"
	s.render(w, r, "documents", p)
}

// searchLimit is the number of hits per search page: snippets cost.
const searchLimit = 20

type searchPage struct {
	Base
	Hits     []DocHit
	Entities []EntitySummary
	Pager    Pager
}

func (s *Server) handleSearch(w http.ResponseWriter, r *http.Request) {
	pg, err := pageOf(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if r.URL.Query().Get("limit") == "" {
		pg.Limit = searchLimit
	}
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	p := &searchPage{Base: s.base(w, r, "Search")}
	p.Query, p.Nav = q, "search"
	if q != "" {
		hits, total, err := s.data.SearchDocuments(r.Context(), q, pg)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		ents, _, err := s.data.Entities(r.Context(), EntityFilter{Query: q, Page: Page{Limit: 20}})
		if err != nil {
			s.fail(w, r, err)
			return
		}
		p.Hits, p.Entities, p.Pager = hits, ents, pagerFor(r, pg, len(hits), total)
		p.Title = "Search: " + q
	}
	s.render(w, r, "search", p)
}

type conflictsPage struct {
	Base
	Filter ConflictFilter
	Items  []ConflictView
	Pager  Pager
	Fields []string
	Groups []EntitySummary // choices of the group filter
}

// conflictFields are the fields sources can disagree on.
var conflictFields = []string{"killed", "injured", "date", "kind", "perpetrator", "attribution", "location"}

func (s *Server) handleConflicts(w http.ResponseWriter, r *http.Request) {
	pg, err := pageOf(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	f := ConflictFilter{Entity: r.URL.Query().Get("entity"), Field: r.URL.Query().Get("field"), Page: pg}
	items, total, err := s.data.Conflicts(r.Context(), f)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	groups, _, err := s.data.Entities(r.Context(), EntityFilter{Type: "armed_group", Page: Page{Limit: maxLimit}})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	p := &conflictsPage{Base: s.base(w, r, "Conflicts"), Filter: f, Items: items,
		Pager: pagerFor(r, pg, len(items), total), Fields: conflictFields, Groups: groups}
	p.Nav = "conflicts"
	s.render(w, r, "conflicts", p)
}
