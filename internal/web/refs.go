package web

import "slices"

// Reference is one numbered source document of a page.
type Reference struct {
	N        int
	Evidence Evidence // DocID, DocTitle, Source, Grade, Published
}

// numberRefs numbers the documents a profile cites in order of first use,
// sets Evidence.Ref everywhere and returns the reference list, so the page
// reads like `dossier profile`: statements with [1][2], sources below.
func numberRefs(p *Profile) []Reference {
	var refs []Reference
	seen := map[string]int{}
	// number sets the references of evs and returns them sorted, one
	// per document.
	number := func(evs []Evidence) []Evidence {
		out := make([]Evidence, 0, len(evs))
		for _, e := range evs {
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
		return out
	}
	for i := range p.Aliases {
		p.Aliases[i].Evidence = number(p.Aliases[i].Evidence)
	}
	for i := range p.Relations {
		p.Relations[i].Evidence = number(p.Relations[i].Evidence)
	}
	for i := range p.Places {
		p.Places[i].Evidence = number(p.Places[i].Evidence)
	}
	for i := range p.Estimates {
		for j := range p.Estimates[i].Points {
			pt := &p.Estimates[i].Points[j]
			pt.Evidence = number([]Evidence{pt.Evidence})[0]
		}
	}
	for i := range p.Conflicts {
		for j := range p.Conflicts[i].Values {
			// conflict sides keep every sentence: the quotes are the point
			for k := range p.Conflicts[i].Values[j].Evidence {
				e := &p.Conflicts[i].Values[j].Evidence[k]
				e.Ref = number([]Evidence{*e})[0].Ref
			}
		}
	}
	return refs
}
