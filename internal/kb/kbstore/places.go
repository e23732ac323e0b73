package kbstore

import (
	"dossier/internal/gazetteer"
	"dossier/internal/kb"
)

// gazPlaces answers containment from gazetteer entries: a place lies in
// its country and in its first-level division.
type gazPlaces struct{ g *gazetteer.Gazetteer }

// Places adapts a gazetteer to kb.Places.
func Places(g *gazetteer.Gazetteer) kb.Places { return gazPlaces{g} }

// Contains reports whether the entry place lies in the entry container.
func (p gazPlaces) Contains(container, place string) bool {
	c, e := p.g.Get(container), p.g.Get(place)
	if c == nil || e == nil || c == e {
		return false
	}
	switch c.Kind {
	case gazetteer.KindCountry:
		code := c.Country
		if code == "" {
			code = c.ID
		}
		return e.Country != "" && e.Country == code
	case gazetteer.KindAdmin1:
		return e.Admin1 == c.ID
	}
	return false
}
