package kbstore

import (
	"sync"

	"dossier/internal/gazetteer"
	"dossier/internal/kb"
)

// gazPlaces answers containment from gazetteer entries: a place lies in
// its country and in its first-level division. The gazetteer is loaded on
// the first question (building a KB often asks none).
type gazPlaces struct {
	once sync.Once
	load func() *gazetteer.Gazetteer
	g    *gazetteer.Gazetteer
}

// Places adapts a gazetteer (loaded by load on first use) to kb.Places.
func Places(load func() *gazetteer.Gazetteer) kb.Places { return &gazPlaces{load: load} }

// Contains reports whether the entry place lies in the entry container.
func (p *gazPlaces) Contains(container, place string) bool {
	p.once.Do(func() { p.g = p.load() })
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
