package kb

import (
	"math"
	"sort"

	"dossier/internal/model"
)

// eventOf aggregates an incident: each field takes the most precise value
// any report supports; the reports keep their own.
func (b *builder) eventOf(inc *incident) *Event {
	rs := make([]Report, len(inc.reports))
	for i, r := range inc.reports {
		rs[i] = *r
	}
	sort.Slice(rs, func(i, j int) bool {
		if rs[i].Document != rs[j].Document {
			return rs[i].Document < rs[j].Document
		}
		return rs[i].Claim < rs[j].Claim
	})
	e := &Event{Reports: rs}
	e.Date = bestDate(rs)
	b.bestPlace(e)
	e.Perpetrator, e.PerpetratorID = b.bestPerpOf(rs)
	e.Kind = bestKind(rs)
	e.Attribution = bestAttribution(rs)
	e.Killed = span(rs, func(r *Report) *model.Range { return r.Killed })
	e.Injured = span(rs, func(r *Report) *model.Range { return r.Injured })
	e.Conflicts = eventConflicts(rs, b.perpConflictType(rs))
	return e
}

// bestDate is the most precise date, the most reported on ties.
func bestDate(rs []Report) model.Date {
	count := map[model.Date]int{}
	for _, r := range rs {
		if !r.Date.IsZero() && !r.YearGuessed {
			count[r.Date]++
		}
	}
	if len(count) == 0 { // only guessed years: use them
		for _, r := range rs {
			if !r.Date.IsZero() {
				count[r.Date]++
			}
		}
	}
	var out model.Date
	n := 0
	for d, c := range count {
		if d.Prec > out.Prec || d.Prec == out.Prec && (c > n || c == n && d.String() < out.String()) {
			out, n = d, c
		}
	}
	return refineDate(out, rs)
}

// refineDate lets a report whose year was only guessed add its month and
// day to a stated date it agrees with ("26 August" and "August 2021" give
// 2021-08-26): the stated year wins, the guessed report the precision.
func refineDate(out model.Date, rs []Report) model.Date {
	if out.IsZero() {
		return out
	}
	best := out
	for _, r := range rs {
		if !r.YearGuessed || r.Date.Prec <= out.Prec {
			continue
		}
		g := r.Date
		g.Year = out.Year
		if g.Compatible(out) && (g.Prec > best.Prec || g.Prec == best.Prec && g.String() < best.String()) {
			best = g
		}
	}
	return best
}

// bestPlace picks the most specific location: one not containing another
// report's location, most reported first.
func (b *builder) bestPlace(e *Event) {
	type cand struct {
		name, id, country string
		n                 int
		contained         int
	}
	by := map[string]*cand{}
	var order []string
	for _, r := range e.Reports {
		if r.Location == "" {
			continue
		}
		k := r.LocationID + "|" + r.Location
		if by[k] == nil {
			by[k] = &cand{name: r.Location, id: r.LocationID, country: r.Country}
			order = append(order, k)
		}
		by[k].n++
	}
	sort.Strings(order)
	var best *cand
	for _, k := range order {
		c := by[k]
		for _, o := range order {
			if o != k && b.isWithin(c.id, by[o].id) {
				c.contained++
			}
		}
		if best == nil || c.contained > best.contained || c.contained == best.contained && c.n > best.n {
			best = c
		}
	}
	countries := map[string]int{}
	for _, r := range e.Reports {
		if r.Country != "" {
			countries[r.Country]++
		}
	}
	e.Country = best1(countries)
	if best != nil {
		e.Location, e.LocationID = best.name, best.id
		if ent := b.kb.byID[best.id]; ent != nil {
			e.Lat, e.Lon = ent.Lat, ent.Lon
			if ent.Country != "" {
				e.Country = ent.Country
			}
		}
	}
}

// isWithin reports whether entity id lies in entity container.
func (b *builder) isWithin(id, container string) bool {
	p, c := b.kb.byID[id], b.kb.byID[container]
	return p != nil && c != nil && b.contains(c, p)
}

// best1 returns the most frequent key (alphabetical on ties).
func best1(count map[string]int) string {
	return best(count, func(a, c string) bool { return a < c })
}

// kindRank: a more specific kind wins over a vaguer one.
var kindRank = map[string]int{model.KindOther: 0, model.KindBombing: 1, model.KindShooting: 1,
	model.KindArmedAssault: 1, model.KindClash: 1, model.KindSuicideBombing: 2, model.KindAmbush: 2,
	model.KindAssassination: 2, model.KindRocketAttack: 2, model.KindKidnapping: 2}

// bestKind is the most specific kind any report gives, most reported on
// ties.
func bestKind(rs []Report) string {
	count := map[string]int{}
	for _, r := range rs {
		if r.Kind != "" {
			count[r.Kind]++
		}
	}
	out := ""
	for k, n := range count {
		switch {
		case out == "", kindRank[k] > kindRank[out]:
			out = k
		case kindRank[k] == kindRank[out] && (n > count[out] || n == count[out] && k < out):
			out = k
		}
	}
	return out
}

// bestAttribution: claimed if any report says the group claimed it, else
// blamed if any says so.
func bestAttribution(rs []Report) string {
	out := ""
	for _, r := range rs {
		switch r.Attribution {
		case model.AttrClaimed:
			return model.AttrClaimed
		case model.AttrBlamed:
			out = model.AttrBlamed
		}
	}
	return out
}

// span is the range covering every report's figure.
func span(rs []Report, get func(*Report) *model.Range) *model.Range {
	lo, hi := math.Inf(1), math.Inf(-1)
	open, any := false, false
	for i := range rs {
		f := get(&rs[i])
		if f == nil {
			continue
		}
		any = true
		l, h := 0.0, math.Inf(1)
		if f.Min != nil {
			l = *f.Min
		}
		if f.Max != nil {
			h = *f.Max
		} else {
			open = true
			h = l
		}
		lo, hi = math.Min(lo, l), math.Max(hi, h)
	}
	if !any {
		return nil
	}
	out := &model.Range{Min: &lo}
	if !open {
		out.Max = &hi
	}
	return out
}
