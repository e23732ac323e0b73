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

// AffiliateOf reports whether the gazetteer lists group as an affiliate of
// parent (directly or through one intermediate affiliate); splinters and
// allies are separate actors.
func (p *gazPlaces) AffiliateOf(group, parent string) bool {
	p.once.Do(func() { p.g = p.load() })
	return p.affiliate(group, parent, 2)
}

func (p *gazPlaces) affiliate(group, parent string, depth int) bool {
	e := p.g.Get(group)
	if e == nil || depth == 0 {
		return false
	}
	for _, r := range e.Relations {
		if r.Kind != "affiliate_of" {
			continue
		}
		if r.Target == parent || p.affiliate(r.Target, parent, depth-1) {
			return true
		}
	}
	return false
}
