package kb

import (
	"fmt"
	"math"
	"sort"

	"dossier/internal/model"
)

// symmetric predicates are stored with the smaller entity ID as subject.
var symmetric = map[string]bool{model.RelRivalOf: true, model.RelAlliedWith: true}

// relations aggregates relation claims per (subject, predicate, object).
func (b *builder) relations() {
	type key struct{ s, p, o string }
	by := map[key]*Relation{}
	for i := range b.in.Claims {
		c := &b.in.Claims[i]
		if c.Relation == nil {
			continue
		}
		s, o := b.lookup(c.Doc, c.Relation.Subject), b.lookup(c.Doc, c.Relation.Object)
		if s == nil || o == nil || s == o {
			continue
		}
		sid, oid := s.ID, o.ID
		if symmetric[c.Relation.Predicate] && oid < sid {
			sid, oid = oid, sid
		}
		k := key{sid, c.Relation.Predicate, oid}
		r := by[k]
		if r == nil {
			r = &Relation{Subject: sid, Predicate: c.Relation.Predicate, Object: oid}
			by[k] = r
		}
		r.Support = append(r.Support, b.support(c))
		if pub := b.docs[c.Doc].Published; !pub.IsZero() && pub != r.FirstDate && (r.FirstDate.IsZero() || pub.String() < r.FirstDate.String()) {
			r.FirstDate = pub
		}
	}
	for _, r := range by {
		sortSupport(r.Support)
		b.kb.Relations = append(b.kb.Relations, r)
	}
	sort.Slice(b.kb.Relations, func(i, j int) bool {
		a, c := b.kb.Relations[i], b.kb.Relations[j]
		if a.Subject != c.Subject {
			return a.Subject < c.Subject
		}
		if a.Predicate != c.Predicate {
			return a.Predicate < c.Predicate
		}
		return a.Object < c.Object
	})
}

// support describes the claim c as a Support.
func (b *builder) support(c *Claim) Support {
	return Support{Claim: c.ID, Doc: c.Doc, Document: b.docName(c.Doc), Source: b.source(c.Doc), Evidence: c.Evidence()}
}

func sortSupport(ss []Support) {
	sort.Slice(ss, func(i, j int) bool {
		if ss[i].Document != ss[j].Document {
			return ss[i].Document < ss[j].Document
		}
		return ss[i].Claim < ss[j].Claim
	})
}

// series groups estimates per (entity, property) in time order.
func (b *builder) series() {
	type key struct{ entity, property string }
	by := map[key]*Series{}
	for i := range b.in.Claims {
		c := &b.in.Claims[i]
		if c.Estimate == nil {
			continue
		}
		e := b.lookup(c.Doc, c.Estimate.Subject)
		if e == nil {
			continue
		}
		k := key{e.ID, c.Estimate.Property}
		s := by[k]
		if s == nil {
			s = &Series{Entity: e.ID, Property: c.Estimate.Property}
			by[k] = s
		}
		x := c.Estimate
		s.Points = append(s.Points, Point{Range: model.Range{Min: x.Min, Max: x.Max, Approx: x.Approx}, AsOf: x.AsOf,
			Claim: c.ID, Doc: c.Doc, Document: b.docName(c.Doc), Source: b.source(c.Doc),
			Published: b.docs[c.Doc].Published, Evidence: x.Evidence})
	}
	for _, s := range by {
		sort.Slice(s.Points, func(i, j int) bool { return pointLess(&s.Points[i], &s.Points[j]) })
		s.Conflicts = seriesConflicts(s.Points)
		b.kb.Series = append(b.kb.Series, s)
	}
	sort.Slice(b.kb.Series, func(i, j int) bool {
		if b.kb.Series[i].Entity != b.kb.Series[j].Entity {
			return b.kb.Series[i].Entity < b.kb.Series[j].Entity
		}
		return b.kb.Series[i].Property < b.kb.Series[j].Property
	})
}

// pointLess orders points by as-of date (undated last), then source.
func pointLess(a, c *Point) bool {
	if a.AsOf.IsZero() != c.AsOf.IsZero() {
		return c.AsOf.IsZero()
	}
	if a.AsOf.String() != c.AsOf.String() {
		return a.AsOf.String() < c.AsOf.String()
	}
	if a.Document != c.Document {
		return a.Document < c.Document
	}
	return a.Claim < c.Claim
}

// seriesConflicts flags, per as-of date, estimates for that time (or a
// coarser compatible one) whose ranges cannot all overlap; the conflict
// lists every distinct value for that time.
func seriesConflicts(ps []Point) []Conflict {
	var dates []model.Date
	seen := map[model.Date]bool{}
	for _, p := range ps {
		if !p.AsOf.IsZero() && !seen[p.AsOf] {
			seen[p.AsOf] = true
			dates = append(dates, p.AsOf)
		}
	}
	var out []Conflict
	covered := map[string]bool{}
	for _, d := range dates {
		var group []*Point
		lo, hi := math.Inf(-1), math.Inf(1)
		for i := range ps {
			if ps[i].AsOf.Compatible(d) && ps[i].AsOf.Prec <= d.Prec {
				group = append(group, &ps[i])
				l, h := bounds(&ps[i].Range)
				lo, hi = math.Max(lo, l), math.Min(hi, h)
			}
		}
		if lo <= hi || len(group) < 2 {
			continue
		}
		c := Conflict{Field: "value at " + d.String(), Type: ConflictContradiction}
		idx := map[string]int{}
		for _, p := range group {
			v := formatRange(&p.Range)
			j, ok := idx[v]
			if !ok {
				j = len(c.Values)
				idx[v] = j
				c.Values = append(c.Values, ConflictValue{Value: v})
			}
			c.Values[j].Documents = appendUnique(c.Values[j].Documents, p.Document)
			c.Values[j].Sources = appendUnique(c.Values[j].Sources, p.Source)
		}
		key := fmt.Sprint(c.Values)
		if covered[key] {
			continue
		}
		covered[key] = true
		out = append(out, c)
	}
	return out
}

func minPrec(a, c model.Date) model.Precision {
	if a.Prec < c.Prec {
		return a.Prec
	}
	return c.Prec
}
