package web

import "slices"

// Reference is one numbered source document of a page.
type Reference struct {
	N        int
	Evidence Evidence // DocID, DocTitle, Source, Grade, Published
}

// maxEvidence is how many documents a profile cites per statement; the
// rest are counted ("+12 more") and listed on the statement's pages.
const maxEvidence = 4

// numberRefs numbers the documents a profile cites in order of first use,
// sets Evidence.Ref everywhere and returns the reference list, so the page
// reads like `dossier profile`: statements with [1][2], sources below.
func numberRefs(p *Profile) []Reference {
	var refs []Reference
	seen := map[string]int{}
	// number sets the references of evs and returns them sorted, one
	// per document, at most maxEvidence of them, and how many it left out.
	number := func(evs []Evidence) ([]Evidence, int) {
		out := make([]Evidence, 0, min(len(evs), maxEvidence))
		for i, e := range evs {
			if len(out) == maxEvidence {
				return out, countDocs(evs[i:], out)
			}
			n, ok := seen[e.DocID]
			if !ok {
				n = len(refs) + 1
				seen[e.DocID] = n
				refs = append(refs, Reference{N: n, Evidence: e})
			}
			e.Ref = n
			if !slices.ContainsFunc(out, func(o Evidence) bool { return o.Ref == n }) {
				out = append(out, e)
			}
		}
		slices.SortStableFunc(out, func(a, b Evidence) int { return a.Ref - b.Ref })
		return out, 0
	}
	for i := range p.Aliases {
		a := &p.Aliases[i]
		a.Evidence, a.MoreEvidence = number(a.Evidence)
	}
	for i := range p.Relations {
		r := &p.Relations[i]
		r.Evidence, r.MoreEvidence = number(r.Evidence)
	}
	for i := range p.Places {
		pl := &p.Places[i]
		pl.Evidence, pl.MoreEvidence = number(pl.Evidence)
	}
	for i := range p.Estimates {
		for j := range p.Estimates[i].Points {
			pt := &p.Estimates[i].Points[j]
			evs, _ := number([]Evidence{pt.Evidence})
			pt.Evidence = evs[0]
		}
	}
	for i := range p.Conflicts {
		for j := range p.Conflicts[i].Values {
			// conflict sides keep every sentence: the quotes are the point
			for k := range p.Conflicts[i].Values[j].Evidence {
				e := &p.Conflicts[i].Values[j].Evidence[k]
				evs, _ := number([]Evidence{*e})
				e.Ref = evs[0].Ref
			}
		}
	}
	return refs
}

// countDocs counts the documents of rest that kept does not cite.
func countDocs(rest, kept []Evidence) int {
	seen := map[string]bool{}
	for _, e := range kept {
		seen[e.DocID] = true
	}
	n := 0
	for _, e := range rest {
		if !seen[e.DocID] {
			seen[e.DocID] = true
			n++
		}
	}
	return n
}

// Clone returns a copy of p whose statement, estimate and conflict lists
// (and their evidence) can be changed without touching p.
func (p *Profile) Clone() *Profile {
	c := *p
	c.Aliases = slices.Clone(p.Aliases)
	c.Relations = slices.Clone(p.Relations)
	c.Places = slices.Clone(p.Places)
	c.Estimates = slices.Clone(p.Estimates)
	for i := range c.Estimates {
		c.Estimates[i].Points = slices.Clone(c.Estimates[i].Points)
	}
	c.Conflicts = slices.Clone(p.Conflicts)
	for i := range c.Conflicts {
		c.Conflicts[i].Values = slices.Clone(c.Conflicts[i].Values)
		for j := range c.Conflicts[i].Values {
			c.Conflicts[i].Values[j].Evidence = slices.Clone(c.Conflicts[i].Values[j].Evidence)
		}
	}
	return &c
}
