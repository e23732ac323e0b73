package gazetteer

import "math"

// DistanceKm is the great-circle distance between two points in kilometres.
func DistanceKm(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	p1, p2 := lat1*math.Pi/180, lat2*math.Pi/180
	dp, dl := p2-p1, (lon2-lon1)*math.Pi/180
	a := math.Sin(dp/2)*math.Sin(dp/2) + math.Cos(p1)*math.Cos(p2)*math.Sin(dl/2)*math.Sin(dl/2)
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(a)))
}

// Coord returns the entry's coordinates, or those of the nearest container
// that has them (admin-2, then admin-1, then country); ok is false when
// none has.
func (g *Gazetteer) Coord(e *Entry) (lat, lon float64, ok bool) {
	if e == nil {
		return 0, 0, false
	}
	if e.HasCoord {
		return e.Lat, e.Lon, true
	}
	for _, id := range []string{e.Admin2, e.Admin1, e.Country} {
		if p := g.Get(id); p != nil && p != e && p.HasCoord {
			return p.Lat, p.Lon, true
		}
	}
	return 0, 0, false
}

// Contains reports whether the container (a country, admin-1 or admin-2
// entry, or a region by its countries) contains the place: country ⊃
// admin-1 ⊃ admin-2 ⊃ place. An entry contains itself.
func (g *Gazetteer) Contains(containerID, placeID string) bool {
	c, p := g.Get(containerID), g.Get(placeID)
	if c == nil || p == nil {
		return false
	}
	if c == p {
		return true
	}
	switch c.Kind {
	case KindCountry:
		return p.Country == c.ID
	case KindAdmin1:
		return p.Admin1 == c.ID
	case KindAdmin2:
		return p.Admin2 == c.ID
	case KindRegion:
		if p.Country == "" {
			return false
		}
		return c.InCountry(p.Country)
	}
	return false
}

// Nearest returns the most populous populated place within radiusKm of the
// point, or the closest one when none has a population; nil if there is
// none. It scans all places, so it is meant for occasional use.
func (g *Gazetteer) Nearest(lat, lon, radiusKm float64) *Entry {
	best, bestPop := int32(-1), 0
	bestD := radiusKm
	for i := int32(0); i < int32(g.n); i++ {
		if g.eKind(i) != kPlace || !g.eHasCoord(i) || math.Abs(g.eLat(i)-lat) > radiusKm/100 {
			continue
		}
		d := DistanceKm(lat, lon, g.eLat(i), g.eLon(i))
		if d > radiusKm {
			continue
		}
		if pop := g.ePop(i); best < 0 || pop > bestPop || pop == bestPop && d < bestD {
			best, bestPop, bestD = i, pop, d
		}
	}
	if best < 0 {
		return nil
	}
	return g.entry(best)
}

// Parent returns the entry that contains e one level up: a site's town
// (Hamid Karzai International Airport → Kabul), a place's district or
// province, a district's province, a province's country; nil for countries,
// regions, groups and organisations.
func (g *Gazetteer) Parent(e *Entry) *Entry {
	if e == nil {
		return nil
	}
	switch e.Kind {
	case KindSite:
		if e.Within != "" {
			if c := g.LookupIn(e.Within, e.Country); len(c) > 0 {
				return c[0]
			}
		}
		return g.Country(e.Country)
	case KindPlace:
		for _, id := range []string{e.Admin2, e.Admin1, e.Country} {
			if p := g.Get(id); p != nil && p != e {
				return p
			}
		}
	case KindAdmin2:
		if p := g.Get(e.Admin1); p != nil {
			return p
		}
		return g.Country(e.Country)
	case KindAdmin1:
		return g.Country(e.Country)
	}
	return nil
}
