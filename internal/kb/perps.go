package kb

// Affiliations answers whether one group is a branch of another, by
// gazetteer IDs. The Places given to Build may also satisfy it (the
// gazetteer adapter in kbstore does); otherwise only names are compared.
type Affiliations interface {
	AffiliateOf(group, parent string) bool
}

// perpsCompatible reports whether two reports' perpetrators can be one
// actor: the same entity, or one a branch of the other ("Islamic State"
// and "Islamic State Khorasan Province": reports often name the parent
// organisation of the affiliate that acted). Unstated perpetrators are
// compatible with anything.
func (b *builder) perpsCompatible(a, c *Report) bool {
	if a.Perpetrator == "" || c.Perpetrator == "" || samePerp(a, c) {
		return true
	}
	return b.branchOf(a, c) || b.branchOf(c, a)
}

// branchOf reports whether child's perpetrator is an affiliate of parent's:
// the gazetteer says so, or child's name is parent's name followed by more
// words ("Islamic State Khorasan Province" after "Islamic State").
func (b *builder) branchOf(child, parent *Report) bool {
	k := perpKey(child) + "\x00" + perpKey(parent)
	if v, ok := b.branch[k]; ok {
		return v
	}
	v := namedAfter(words(child.Perpetrator), words(parent.Perpetrator))
	if !v {
		ce, pe := b.kb.byID[child.PerpetratorID], b.kb.byID[parent.PerpetratorID]
		if af, ok := b.in.Places.(Affiliations); ok && ce != nil && pe != nil && ce.Ref != "" && pe.Ref != "" {
			v = af.AffiliateOf(ce.Ref, pe.Ref)
		}
	}
	b.branch[k] = v
	return v
}

// perpFits reports whether report r's perpetrator is compatible with every
// perpetrator incident inc has; strict (for undated reports) also requires
// r to state one.
func (b *builder) perpFits(inc *incident, r *Report, strict bool) bool {
	if perpKey(r) == "" {
		return !strict
	}
	if len(inc.perps) == 0 {
		return !strict
	}
	for _, q := range inc.perps {
		if !b.perpsCompatible(q, r) {
			return false
		}
	}
	return true
}

// perpConflictType: a parent organisation and its branch differ in detail;
// unrelated perpetrators contradict.
func (b *builder) perpConflictType(rs []Report) func(x, y string) string {
	byName := map[string]*Report{}
	for i := range rs {
		if rs[i].Perpetrator != "" {
			byName[rs[i].Perpetrator] = &rs[i]
		}
	}
	return func(x, y string) string {
		rx, ry := byName[x], byName[y]
		if rx != nil && ry != nil && (b.branchOf(rx, ry) || b.branchOf(ry, rx)) {
			return ConflictDetail
		}
		return ConflictContradiction
	}
}

// bestPerpOf is the most reported perpetrator, a branch counting the
// reports that name its parent organisation too (the more specific actor
// wins).
func (b *builder) bestPerpOf(rs []Report) (string, string) {
	type cand struct {
		r *Report
		n int
	}
	by := map[string]*cand{}
	var keys []string
	for i := range rs {
		k := perpKey(&rs[i])
		if k == "" {
			continue
		}
		if by[k] == nil {
			by[k] = &cand{r: &rs[i]}
			keys = append(keys, k)
		}
		by[k].n++
	}
	best, bestN := "", -1
	for _, k := range keys {
		n := by[k].n
		for _, o := range keys {
			if o != k && b.branchOf(by[k].r, by[o].r) {
				n += by[o].n
			}
		}
		if n > bestN || n == bestN && k < best {
			best, bestN = k, n
		}
	}
	if best == "" {
		return "", ""
	}
	r := by[best].r
	return r.Perpetrator, r.PerpetratorID
}
