package kb

import (
	"strings"
)

// samePlace reports whether two reports can be at the same place, and how
// specifically they agree (3 same place, 2 containment, 1 same country).
func (b *builder) samePlace(a, c *Report) (float64, bool) {
	la, lc := b.kb.byID[a.LocationID], b.kb.byID[c.LocationID]
	switch {
	case a.LocationID != "" && a.LocationID == c.LocationID:
		return 3, true
	case a.LocationID == "" && c.LocationID == "" && a.Location != "" && Norm(a.Location) == Norm(c.Location):
		return 3, true
	case la != nil && lc != nil:
		if b.contains(la, lc) || b.contains(lc, la) {
			return 2, true
		}
		if countryCode(la) != "" && countryCode(la) == c.Country || countryCode(lc) != "" && countryCode(lc) == a.Country {
			return 1, true
		}
		return 0, false
	}
	if a.Location != "" && c.Location != "" && (la == nil || lc == nil) {
		// one place is not a known entity: compare its name with the other's
		if namedWithin(placeForms(la, a.Location), placeForms(lc, c.Location)) {
			return 2, true
		}
		if a.Country != "" && c.Country != "" {
			return 0.5, a.Country == c.Country
		}
		return 0, false
	}
	if a.Location == "" || c.Location == "" {
		return 0.5, a.Country == "" || c.Country == "" || a.Country == c.Country
	}
	return 0, false
}

// placeForms returns the names a report's place goes by.
func placeForms(e *Entity, name string) []string {
	if e == nil {
		return []string{name}
	}
	out := []string{e.Name}
	for _, a := range e.Aliases {
		if !a.Removed {
			out = append(out, a.Text)
		}
	}
	return out
}

// namedWithin reports whether some form of one place is named after some
// form of the other ("Kabul's airport" and "Kabul"), or they are equal.
func namedWithin(xs, ys []string) bool {
	for _, x := range xs {
		xw := words(x)
		for _, y := range ys {
			yw := words(y)
			if namedAfter(xw, yw) || namedAfter(yw, xw) || Norm(x) == Norm(y) {
				return true
			}
		}
	}
	return false
}

// countryCode returns the ISO code a country entity stands for, or "".
func countryCode(e *Entity) string {
	if len(e.Ref) == 2 && strings.ToUpper(e.Ref) == e.Ref {
		return e.Ref
	}
	return ""
}

// contains reports whether place lies in container: the gazetteer says so,
// or place is a site named after the container ("Kabul airport").
func (b *builder) contains(container, place *Entity) bool {
	k := container.ID + "\x00" + place.ID
	if v, ok := b.within[k]; ok {
		return v
	}
	v := b.containsUncached(container, place)
	b.within[k] = v
	return v
}

func (b *builder) containsUncached(container, place *Entity) bool {
	if c := countryCode(container); c != "" && place.Country == c {
		return true
	}
	cw := words(container.Name)
	if len(cw) == 0 {
		return false
	}
	forms := []string{place.Name}
	for _, a := range place.Aliases {
		if !a.Removed {
			forms = append(forms, a.Text)
		}
	}
	for _, f := range forms {
		if namedAfter(words(f), cw) {
			return true
		}
	}
	return b.in.Places != nil && container.Ref != "" && place.Ref != "" && b.in.Places.Contains(container.Ref, place.Ref)
}

// namedAfter reports whether a place name starts with the container's name
// and goes on ("kabul airport", "kabul s airport").
func namedAfter(fw, cw []string) bool {
	if len(fw) <= len(cw) {
		return false
	}
	for i, w := range cw {
		if fw[i] != w {
			return false
		}
	}
	return true
}
