package kb

import "sort"

// renumber numbers the references in reading order (aliases, relations,
// strength, events, rejected claims), so a brief cites [1] first.
func (p *Profile) renumber() {
	next := map[int]int{}
	see := func(n int) {
		if _, ok := next[n]; !ok {
			next[n] = len(next) + 1
		}
	}
	p.walkRefs(func(ns []int) []int {
		for _, n := range ns {
			see(n)
		}
		return ns
	})
	for _, s := range p.Sources {
		see(s.N)
	}
	p.walkRefs(func(ns []int) []int {
		for i, n := range ns {
			ns[i] = next[n]
		}
		sort.Ints(ns)
		return ns
	})
	for i := range p.Sources {
		p.Sources[i].N = next[p.Sources[i].N]
	}
	sort.Slice(p.Sources, func(i, j int) bool { return p.Sources[i].N < p.Sources[j].N })
	for doc, n := range p.refs {
		p.refs[doc] = next[n]
	}
}

// walkRefs applies f to every reference list, in reading order.
func (p *Profile) walkRefs(f func([]int) []int) {
	for i := range p.Aliases {
		p.Aliases[i].Refs = f(p.Aliases[i].Refs)
	}
	for _, ls := range [][]Link{p.Parents, p.Affiliates, p.Leaders, p.Members, p.Leads, p.Rivals, p.Allies, p.Bases, p.Areas} {
		for i := range ls {
			ls[i].Refs = f(ls[i].Refs)
		}
	}
	for _, s := range p.Strength {
		for i := range s.Points {
			s.Points[i].Ref = f([]int{s.Points[i].Ref})[0]
		}
	}
	for i := range p.Events {
		e := &p.Events[i]
		e.Refs, e.KilledRefs, e.InjuredRefs = f(e.Refs), f(e.KilledRefs), f(e.InjuredRefs)
		e.ClaimedRefs, e.BlamedRefs = f(e.ClaimedRefs), f(e.BlamedRefs)
		for j := range e.Conflicts {
			for k := range e.Conflicts[j].Values {
				e.Conflicts[j].Values[k].Refs = f(e.Conflicts[j].Values[k].Refs)
			}
		}
		for j := range e.Reports {
			e.Reports[j].Ref = f([]int{e.Reports[j].Ref})[0]
		}
	}
	for i := range p.Rejected {
		p.Rejected[i].Ref = f([]int{p.Rejected[i].Ref})[0]
	}
}
