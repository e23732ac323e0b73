package kb

import "dossier/internal/model"

// Credibility applies the rule of the package comment: n independent
// sources agree, m disagree, grades are the supporting sources' grades.
func Credibility(n, m int, grades []string) int {
	if m > 0 {
		switch {
		case n > m:
			return 3
		case n == m:
			return 4
		}
		return 5
	}
	bestGrade := "F"
	for _, g := range grades {
		if g != "" && g < bestGrade {
			bestGrade = g
		}
	}
	switch {
	case n >= 3:
		return 1
	case n == 2 && bestGrade <= "B":
		return 1
	case n == 2:
		return 2
	}
	return map[string]int{"A": 2, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6}[bestGrade]
}

// Each part of the KB is rated as soon as it is built (the ratings of one
// part never depend on another): reports, points, relations, aliases.

// rateReports rates every event report.
func (b *builder) rateReports() {
	for _, e := range b.kb.Events {
		// a report's rating depends only on its figure, source and
		// status: reports alike are rated once
		memo := map[reportKey]int{}
		for i := range e.Reports {
			r := &e.Reports[i]
			k := reportKey{figure: figureOf(r.Killed), source: r.Source, status: r.Status}
			c, ok := memo[k]
			if !ok {
				agree, disagree := b.reportSupport(e, r)
				c = b.rate(r.Status, agree, disagree)
				memo[k] = c
			}
			r.Credibility = c
		}
	}
}

// ratePoints rates every point of an estimate series.
func (b *builder) ratePoints() {
	for _, s := range b.kb.Series {
		// a point's rating depends only on its as-of date, figure, source
		// and status (points alike count each other): they are rated once
		memo := map[pointKey]int{}
		for i := range s.Points {
			p := &s.Points[i]
			k := pointKey{asOf: p.AsOf, figure: figureOf(&p.Range), source: p.Source, status: b.status[p.Claim]}
			if c, ok := memo[k]; ok {
				p.Credibility = c
				continue
			}
			agree, disagree := map[string]bool{}, map[string]bool{}
			for _, q := range s.Points {
				if !p.AsOf.Compatible(q.AsOf) && !(p.AsOf.IsZero() && q.AsOf.IsZero()) && q.Claim != p.Claim {
					continue
				}
				if overlaps(&p.Range, &q.Range) {
					agree[q.Source] = true
				} else {
					disagree[q.Source] = true
				}
			}
			p.Credibility = b.rate(k.status, agree, disagree)
			memo[k] = p.Credibility
		}
	}
}

// rateRelations rates every relation.
func (b *builder) rateRelations() {
	for _, r := range b.kb.Relations {
		agree := map[string]bool{}
		st := ""
		for _, s := range r.Support {
			agree[s.Source] = true
			if b.status[s.Claim] == StatusAccepted {
				st = StatusAccepted
			}
		}
		r.Credibility = b.rate(st, agree, nil)
	}
}

// rateAliases rates every alias of every entity.
func (b *builder) rateAliases() {
	for _, e := range b.kb.Entities {
		for i := range e.Aliases {
			a := &e.Aliases[i]
			agree := map[string]bool{}
			for _, d := range a.Documents {
				agree[b.source(d)] = true
			}
			st := ""
			if a.Curated {
				st = StatusAccepted
			}
			a.Credibility = b.rate(st, agree, nil)
		}
	}
}

// pointKey is what the credibility of a series point depends on.
type pointKey struct {
	asOf           model.Date
	figure         figKey
	source, status string
}

// reportKey is what a report's credibility depends on.
type reportKey struct {
	figure         figKey
	source, status string
}

// figKey is a figure (Range) as a comparable value.
type figKey struct {
	set, hasMin, hasMax, approx bool
	min, max                    float64
}

func figureOf(r *model.Range) figKey {
	if r == nil {
		return figKey{}
	}
	f := figKey{set: true, hasMin: r.Min != nil, hasMax: r.Max != nil, approx: r.Approx}
	if f.hasMin {
		f.min = *r.Min
	}
	if f.hasMax {
		f.max = *r.Max
	}
	return f
}

// reportSupport returns the sources agreeing and disagreeing with a
// report's casualty figure (or, without a figure, reporting the incident).
func (b *builder) reportSupport(e *Event, r *Report) (map[string]bool, map[string]bool) {
	agree, disagree := map[string]bool{r.Source: true}, map[string]bool{}
	for _, q := range e.Reports {
		if q.Claim == r.Claim {
			continue
		}
		switch {
		case r.Killed == nil || q.Killed == nil:
			agree[q.Source] = true
		case overlaps(r.Killed, q.Killed):
			agree[q.Source] = true
		default:
			disagree[q.Source] = true
		}
	}
	for s := range disagree {
		if agree[s] && s != r.Source {
			delete(disagree, s)
		}
	}
	return agree, disagree
}

// rate turns source sets and a curation status into a credibility.
func (b *builder) rate(status string, agree, disagree map[string]bool) int {
	m := 0
	for s := range disagree {
		if !agree[s] {
			m++
		}
	}
	if status == StatusAccepted {
		if m > 0 {
			return 3
		}
		return 1
	}
	var grades []string
	for s := range agree {
		grades = append(grades, b.kb.Grade(s))
	}
	return Credibility(len(agree), m, grades)
}
