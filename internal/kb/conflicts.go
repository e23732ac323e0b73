package kb

import (
	"sort"

	"dossier/internal/model"
)

// valueOf reads one field of a report as a comparable value; "" = not
// stated.
type valueOf func(*Report) string

// eventConflicts compares the reports field by field.
func eventConflicts(rs []Report, perpType func(a, b string) string) []Conflict {
	var out []Conflict
	for _, f := range []struct {
		name string
		get  func(*Report) *model.Range
	}{{"killed", func(r *Report) *model.Range { return r.Killed }}, {"injured", func(r *Report) *model.Range { return r.Injured }}} {
		if c := figureConflict(f.name, rs, f.get); c != nil {
			out = append(out, *c)
		}
	}
	if c := fieldConflict("date", rs, statedDate, dateType); c != nil {
		out = append(out, *c)
	}
	if c := fieldConflict("kind", rs, func(r *Report) string { return r.Kind }, kindType); c != nil {
		out = append(out, *c)
	}
	if c := fieldConflict("perpetrator", rs, perpValue, perpType); c != nil {
		out = append(out, *c)
	}
	if c := fieldConflict("attribution", rs, func(r *Report) string { return r.Attribution }, attrType); c != nil {
		out = append(out, *c)
	}
	return out
}

func perpValue(r *Report) string { return r.Perpetrator }

// figureConflict: figures that cannot overlap contradict; different but
// overlapping figures differ in detail.
func figureConflict(field string, rs []Report, get func(*Report) *model.Range) *Conflict {
	// distinct figures only (the result does not depend on pair order);
	// a repeated figure is also compared with itself
	var figs []*model.Range
	seen := map[figKey]int{}
	for i := range rs {
		if f := get(&rs[i]); f != nil {
			k := figureOf(f)
			seen[k]++
			if n := seen[k]; n == 1 || n == 2 {
				figs = append(figs, f)
			}
		}
	}
	typ := ""
	for i := range figs {
		for j := i + 1; j < len(figs); j++ {
			switch {
			case !overlaps(figs[i], figs[j]):
				typ = ConflictContradiction
			case !sameRange(figs[i], figs[j]) && typ == "":
				typ = ConflictDetail
			}
		}
	}
	if typ == "" {
		return nil
	}
	return conflictOf(field, typ, rs, func(r *Report) string { return formatRange(get(r)) })
}

// fieldConflict finds distinct stated values and types the worst pair.
func fieldConflict(field string, rs []Report, get valueOf, typeOf func(a, b string) string) *Conflict {
	var vals []string
	seen := map[string]bool{}
	for i := range rs {
		v := get(&rs[i])
		if v != "" && !seen[v] {
			seen[v] = true
			vals = append(vals, v)
		}
	}
	sort.Strings(vals)
	typ := ""
	for i := range vals {
		for j := i + 1; j < len(vals); j++ {
			typ = worse(typ, typeOf(vals[i], vals[j]))
		}
	}
	if typ == "" {
		return nil
	}
	return conflictOf(field, typ, rs, get)
}

var conflictRank = map[string]int{"": 0, ConflictDetail: 1, ConflictPartial: 2, ConflictContradiction: 3}

func worse(a, b string) string {
	if conflictRank[b] > conflictRank[a] {
		return b
	}
	return a
}

func dateType(a, b string) string {
	da, _ := model.ParseDate(a)
	db, _ := model.ParseDate(b)
	if da.Compatible(db) {
		return "" // "2021-08" and "2021-08-26" agree
	}
	return ConflictContradiction
}

func kindType(a, b string) string {
	switch {
	case a == model.KindOther || b == model.KindOther:
		return ""
	case kindsCompatible(a, b):
		return ConflictDetail
	}
	return ConflictContradiction
}

func attrType(a, b string) string { return ConflictPartial }

// conflictOf lists each value with the documents and sources stating it.
func conflictOf(field, typ string, rs []Report, get valueOf) *Conflict {
	c := &Conflict{Field: field, Type: typ}
	idx := map[string]int{}
	for i := range rs {
		v := get(&rs[i])
		if v == "" {
			v = "not stated"
		}
		j, ok := idx[v]
		if !ok {
			j = len(c.Values)
			idx[v] = j
			c.Values = append(c.Values, ConflictValue{Value: v})
		}
		c.Values[j].Documents = appendUnique(c.Values[j].Documents, rs[i].Document)
		c.Values[j].Sources = appendUnique(c.Values[j].Sources, rs[i].Source)
	}
	return c
}

func appendUnique(xs []string, x string) []string {
	for _, y := range xs {
		if y == x {
			return xs
		}
	}
	return append(xs, x)
}

// Disputed reports whether the conflict is more than a difference in
// detail.
func (c Conflict) Disputed() bool { return c.Type != ConflictDetail }

// statedDate is a report's date unless its year was only guessed.
func statedDate(r *Report) string {
	if r.YearGuessed {
		return ""
	}
	return r.Date.String()
}
