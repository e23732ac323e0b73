package web

import (
	"net/http"
	"sort"
)

type profilePage struct {
	Base
	P         *Profile
	Relations []relationGroup
	Bases     []PlaceView
	Areas     []PlaceView
	// Events and Conflicts are the newest ones shown in full; the totals
	// link to the complete lists.
	Events        []EventSummary
	Conflicts     []ConflictView
	MoreEvents    int
	MoreConflicts int
	References    []Reference
	PlotCap       int // events drawn on the timeline and map
}

// Profile page caps: the events table, the conflicts, and the events
// drawn on the timeline and map (newest first); the events page lists all.
const (
	profileEvents    = 50
	profileConflicts = 20
	profilePlotted   = 500
)

// relationGroup is the relations that share a label ("Leader", "Rival").
type relationGroup struct {
	Label string
	Items []RelationView
}

func (s *Server) handleProfile(w http.ResponseWriter, r *http.Request) {
	shared, err := s.data.Profile(r.Context(), r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	capped := *shared
	var moreConflicts int
	capped.Conflicts, moreConflicts = capList(shared.Conflicts, profileConflicts)
	pr := capped.Clone() // numbering the references edits the lists
	p := &profilePage{Base: s.base(w, r, pr.Entity.Name), P: pr, Conflicts: pr.Conflicts, MoreConflicts: moreConflicts}
	p.Events, p.MoreEvents = capList(pr.Events, profileEvents)
	p.References = numberRefs(pr)
	p.PlotCap = profilePlotted
	p.Relations = groupRelations(pr.Relations)
	for _, pl := range pr.Places {
		if pl.Role == "based_in" {
			p.Bases = append(p.Bases, pl)
		} else {
			p.Areas = append(p.Areas, pl)
		}
	}
	p.Nav = "entities"
	p.Styles = []string{"vendor/leaflet/leaflet.css", "vendor/uPlot.min.css"}
	p.Scripts = []string{"vendor/leaflet/leaflet.js", "vendor/uPlot.iife.min.js",
		"vendor/cytoscape.min.js", "js/map.js", "js/profile.js"}
	p.PageData = profileData(pr)
	s.render(w, r, "profile", p)
}

// capList returns the first n items and how many were left out.
func capList[T any](xs []T, n int) ([]T, int) {
	if len(xs) <= n {
		return xs, 0
	}
	return xs[:n], len(xs) - n
}

// relationOrder puts the questions analysts ask first.
var relationOrder = map[string]int{"Leader": 0, "Leads": 1, "Parent organisation": 2, "Split from": 3,
	"Affiliate": 4, "Splinter group": 5, "Ally": 6, "Rival": 7, "Member of": 8, "Member": 9}

// groupRelations groups relations by label in relationOrder.
func groupRelations(rels []RelationView) []relationGroup {
	idx := map[string]int{}
	var out []relationGroup
	for _, r := range rels {
		if r.Predicate == "based_in" || r.Predicate == "active_in" {
			continue
		}
		l := relationLabel(r)
		i, ok := idx[l]
		if !ok {
			i = len(out)
			idx[l] = i
			out = append(out, relationGroup{Label: l})
		}
		out[i].Items = append(out[i].Items, r)
	}
	sort.SliceStable(out, func(i, j int) bool { return rank(out[i].Label) < rank(out[j].Label) })
	return out
}

func rank(l string) int {
	if n, ok := relationOrder[l]; ok {
		return n
	}
	return len(relationOrder)
}

// Data handed to the profile's script (JSON in the page).
type (
	profileJSON struct {
		Entity EntityRef    `json:"entity"`
		Events []eventPoint `json:"events"`
		Places []placePoint `json:"places"`
		Graph  graphJSON    `json:"graph"`
		Series []seriesJSON `json:"series"`
	}
	eventPoint struct {
		ID     string   `json:"id"`
		T      int64    `json:"t"` // Unix seconds of the date's first day
		Label  string   `json:"label"`
		Killed *float64 `json:"killed"`
		Lat    *float64 `json:"lat,omitempty"`
		Lon    *float64 `json:"lon,omitempty"`
	}
	placePoint struct {
		Name string   `json:"name"`
		Role string   `json:"role"`
		Lat  *float64 `json:"lat"`
		Lon  *float64 `json:"lon"`
		URL  string   `json:"url"`
	}
	graphJSON struct {
		Nodes []graphNode `json:"nodes"`
		Edges []graphEdge `json:"edges"`
	}
	graphNode struct {
		ID     string `json:"id"`
		Label  string `json:"label"`
		Type   string `json:"type"`
		Center bool   `json:"center,omitempty"`
	}
	graphEdge struct {
		Source string `json:"source"`
		Target string `json:"target"`
		Label  string `json:"label"`
	}
	seriesJSON struct {
		Property string        `json:"property"`
		Points   []seriesPoint `json:"points"`
	}
	seriesPoint struct {
		T      int64    `json:"t"`
		Min    *float64 `json:"min"`
		Max    *float64 `json:"max"`
		Source string   `json:"source"`
	}
)

// profileData flattens a profile for the map, timeline, graph and chart.
func profileData(p *Profile) profileJSON {
	d := profileJSON{Entity: p.Entity, Events: []eventPoint{}, Places: []placePoint{}, Series: []seriesJSON{}}
	for _, e := range p.Events[:min(len(p.Events), profilePlotted)] {
		if pt, ok := eventPointOf(e); ok {
			d.Events = append(d.Events, pt)
		}
	}
	for _, pl := range p.Places {
		if pl.Lat != nil && pl.Lon != nil {
			d.Places = append(d.Places, placePoint{Name: pl.Place.Name, Role: pl.Role, Lat: pl.Lat, Lon: pl.Lon,
				URL: "/entities/" + pl.Place.ID})
		}
	}
	d.Graph = relationGraph(p)
	for _, es := range p.Estimates {
		sj := seriesJSON{Property: es.Property}
		for _, pt := range es.Points {
			if !pt.AsOf.IsZero() {
				sj.Points = append(sj.Points, seriesPoint{T: pt.AsOf.Time().Unix(), Min: pt.Min, Max: pt.Max,
					Source: pt.Evidence.Source})
			}
		}
		d.Series = append(d.Series, sj)
	}
	return d
}

// eventPointOf places an event on the timeline when its date is known.
func eventPointOf(e EventSummary) (eventPoint, bool) {
	if e.Date.IsZero() {
		return eventPoint{}, false
	}
	pt := eventPoint{ID: e.ID, T: e.Date.Time().Unix(), Label: eventTitle(&e),
		Lat: e.Lat, Lon: e.Lon}
	if e.Killed != nil {
		pt.Killed = e.Killed.Min
		if pt.Killed == nil {
			pt.Killed = e.Killed.Max
		}
	}
	return pt, true
}

// relationGraph is the profiled entity with its non-place neighbours.
func relationGraph(p *Profile) graphJSON {
	g := graphJSON{Nodes: []graphNode{{ID: p.Entity.ID, Label: p.Entity.Name, Type: p.Entity.Type, Center: true}},
		Edges: []graphEdge{}}
	seen := map[string]bool{p.Entity.ID: true}
	for _, r := range p.Relations {
		if r.Predicate == "based_in" || r.Predicate == "active_in" {
			continue
		}
		if !seen[r.Other.ID] {
			seen[r.Other.ID] = true
			g.Nodes = append(g.Nodes, graphNode{ID: r.Other.ID, Label: r.Other.Name, Type: r.Other.Type})
		}
		e := graphEdge{Source: p.Entity.ID, Target: r.Other.ID, Label: label(r.Predicate)}
		if r.Inverse {
			e.Source, e.Target = e.Target, e.Source
		}
		g.Edges = append(g.Edges, e)
	}
	return g
}

// eventMapData is the single point of an event's small map.
func eventMapData(e *EventView) profileJSON {
	d := profileJSON{Events: []eventPoint{}, Places: []placePoint{}, Series: []seriesJSON{}}
	if e.Lat != nil && e.Lon != nil {
		d.Events = append(d.Events, eventPoint{ID: e.ID, Label: eventTitle(&e.EventSummary), Lat: e.Lat, Lon: e.Lon})
	}
	d.Graph = graphJSON{Nodes: []graphNode{}, Edges: []graphEdge{}}
	return d
}
