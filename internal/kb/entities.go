package kb

import (
	"slices"
	"sort"
	"strings"

	"dossier/internal/model"
)

// node is one document's entity: the unit entity resolution joins.
type node struct {
	idx     int
	doc     string
	claim   string
	ent     *model.ExtractedEntity
	aliases []aliasUse
	keys    []string // Norm of forms(), in the same order (see setKeys)
}

// aliasUse is one alias claim of a node.
type aliasUse struct {
	text, claim string
}

// forms returns the node's name and aliases.
func (n *node) forms() []string {
	out := []string{n.ent.Name}
	for _, a := range n.aliases {
		out = append(out, a.text)
	}
	return out
}

// setKeys normalises the node's forms once, for resolution and the
// surface-form index.
func (n *node) setKeys() {
	n.keys = make([]string, 0, 1+len(n.aliases))
	n.keys = append(n.keys, Norm(n.ent.Name))
	for _, a := range n.aliases {
		n.keys = append(n.keys, Norm(a.text))
	}
}

// class groups types that may denote the same thing for name matching.
func class(typ string) string {
	switch typ {
	case model.TypeArmedGroup, model.TypeOrganization:
		return "actor"
	}
	return typ
}

// resolver clusters nodes with a union-find that refuses to join two
// clusters carrying different gazetteer Refs.
type resolver struct {
	nodes  []*node
	parent []int
	ref    []string // per root: the cluster's Ref ("" when none)
}

func newResolver(nodes []*node) *resolver {
	r := &resolver{nodes: nodes, parent: make([]int, len(nodes)), ref: make([]string, len(nodes))}
	for i, n := range nodes {
		r.parent[i] = i
		r.ref[i] = n.ent.Ref
	}
	return r
}

func (r *resolver) find(i int) int {
	for r.parent[i] != i {
		r.parent[i] = r.parent[r.parent[i]]
		i = r.parent[i]
	}
	return i
}

// union joins the clusters of a and b unless their Refs differ; the
// smaller root index stays root so the result is order-independent.
func (r *resolver) union(a, b int) bool {
	ra, rb := r.find(a), r.find(b)
	if ra == rb {
		return true
	}
	if r.ref[ra] != "" && r.ref[rb] != "" && r.ref[ra] != r.ref[rb] {
		return false
	}
	if rb < ra {
		ra, rb = rb, ra
	}
	r.parent[rb] = ra
	if r.ref[ra] == "" {
		r.ref[ra] = r.ref[rb]
	}
	return true
}

// force joins two clusters regardless of Refs (analyst merge).
func (r *resolver) force(a, b int) {
	ra, rb := r.find(a), r.find(b)
	if ra == rb {
		return
	}
	if rb < ra {
		ra, rb = rb, ra
	}
	r.parent[rb] = ra
	if r.ref[ra] == "" {
		r.ref[ra] = r.ref[rb]
	}
}

// joinAll unions every group of nodes sharing a key, keys in sorted order.
func (r *resolver) joinAll(keys map[string][]int) {
	ks := make([]string, 0, len(keys))
	for k := range keys {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	for _, k := range ks {
		ids := keys[k]
		for _, j := range ids[1:] {
			r.union(ids[0], j)
		}
	}
}

// resolve runs the automatic rules of the package comment.
func (r *resolver) resolve() {
	refs := map[string][]int{}
	names := map[string][]int{}
	for i, n := range r.nodes {
		if n.ent.Ref != "" {
			refs[n.ent.Ref] = append(refs[n.ent.Ref], i)
		}
		for _, k := range nameKeys(n) {
			names[k] = append(names[k], i)
		}
	}
	r.joinAll(refs)
	r.joinAll(names)
	r.joinAll(r.aliasKeys())
}

// nameKeys returns the keys under which a node joins others by its own
// name (persons: full name among name and aliases).
func nameKeys(n *node) []string {
	e := n.ent
	switch class(e.Type) {
	case "actor":
		return []string{"a:" + n.keys[0]}
	case model.TypePerson:
		var out []string
		for _, f := range n.forms() {
			if k := personKey(f); k != "" {
				out = append(out, "p:"+k)
			}
		}
		return out
	case model.TypeLocation:
		if e.Ref == "" {
			return []string{"l:" + Norm(e.Name) + "|" + e.Country}
		}
	}
	return nil
}

// aliasKeys links actors through aliases: a surface form that one
// document uses as an alias joins every node named or aliased so, unless
// it is ambiguous (aliases of two differently named entities, or used by
// entities with two different Refs).
func (r *resolver) aliasKeys() map[string][]int {
	users := map[string][]int{}
	owners := map[string]map[string]bool{}
	refs := map[string]map[string]bool{}
	for i, n := range r.nodes {
		if class(n.ent.Type) != "actor" {
			continue
		}
		var seen []string // a node has a few forms
		for j, k := range n.keys {
			if k == "" || slices.Contains(seen, k) {
				continue
			}
			seen = append(seen, k)
			users[k] = append(users[k], i)
			if j > 0 {
				addSet(owners, k, n.keys[0])
			}
			if n.ent.Ref != "" {
				addSet(refs, k, n.ent.Ref)
			}
		}
	}
	out := map[string][]int{}
	for k, ids := range users {
		if len(ids) < 2 || len(owners[k]) != 1 || len(refs[k]) > 1 {
			continue
		}
		out["x:"+k] = ids
	}
	return out
}

func addSet(m map[string]map[string]bool, k, v string) {
	if m[k] == nil {
		m[k] = map[string]bool{}
	}
	m[k][v] = true
}

// clusters returns the node indexes of each cluster, ordered by their
// first node.
func (r *resolver) clusters() [][]int {
	by := map[int][]int{}
	var roots []int
	for i := range r.nodes {
		root := r.find(i)
		if _, ok := by[root]; !ok {
			roots = append(roots, root)
		}
		by[root] = append(by[root], i)
	}
	sort.Ints(roots)
	out := make([][]int, len(roots))
	for i, root := range roots {
		out[i] = by[root]
	}
	return out
}

// matches reports whether a user's designation s (entity ID, Ref, name
// or alias) denotes the cluster.
func (r *resolver) matches(cluster []int, id, s string) bool {
	if s == id {
		return true
	}
	k := Norm(s)
	for _, i := range cluster {
		n := r.nodes[i]
		if n.ent.Ref == s || slices.Contains(n.keys, k) {
			return true
		}
	}
	return false
}

// hasForm reports whether node i uses the surface form s.
func (r *resolver) hasForm(i int, s string) bool {
	for _, f := range r.nodes[i].forms() {
		if formEq(f, s) {
			return true
		}
	}
	return false
}

// split moves the nodes of cluster using form s into their own cluster.
func (r *resolver) split(cluster []int, s string) {
	var out, in []int
	for _, i := range cluster {
		if r.hasForm(i, s) {
			out = append(out, i)
		} else {
			in = append(in, i)
		}
	}
	if len(out) == 0 || len(in) == 0 {
		return
	}
	for _, group := range [][]int{in, out} {
		root := group[0]
		for _, i := range group {
			r.parent[i] = root
		}
		r.ref[root] = ""
		for _, i := range group {
			if ref := r.nodes[i].ent.Ref; ref != "" {
				r.ref[root] = ref
				break
			}
		}
	}
}

// typeRank orders types for deterministic tie-breaking.
var typeRank = map[string]int{model.TypeArmedGroup: 0, model.TypeOrganization: 1, model.TypePerson: 2, model.TypeLocation: 3}

// entityOf materialises a cluster into an Entity (ID left to the caller).
func entityOf(nodes []*node) *Entity {
	if len(nodes) == 1 {
		return singleEntity(nodes[0])
	}
	nameCount, typeCount, refCount, ctryCount := map[string]int{}, map[string]int{}, map[string]int{}, map[string]int{}
	e := &Entity{}
	for _, n := range nodes {
		nameCount[n.ent.Name]++
		typeCount[n.ent.Type]++
		if n.ent.Ref != "" {
			refCount[n.ent.Ref]++
		}
		if n.ent.Country != "" {
			ctryCount[n.ent.Country]++
		}
		if e.Lat == nil && n.ent.Lat != nil && n.ent.Lon != nil {
			e.Lat, e.Lon = n.ent.Lat, n.ent.Lon
		}
		e.Claims = append(e.Claims, n.claim)
		for _, a := range n.aliases {
			e.Claims = append(e.Claims, a.claim)
		}
	}
	e.Name = best(nameCount, func(a, b string) bool {
		if len(a) != len(b) {
			return len(a) > len(b)
		}
		return a < b
	})
	e.Type = best(typeCount, func(a, b string) bool { return typeRank[a] < typeRank[b] })
	e.Ref = best(refCount, func(a, b string) bool { return a < b })
	e.Country = best(ctryCount, func(a, b string) bool { return a < b })
	e.Documents = documentsOf(nodes)
	sort.Strings(e.Claims)
	e.Aliases = aliasesOf(nodes, e.Name)
	return e
}

// singleEntity is entityOf a cluster of one node, without counting.
func singleEntity(n *node) *Entity {
	x := n.ent
	e := &Entity{Name: x.Name, Type: x.Type, Ref: x.Ref, Country: x.Country, Documents: []string{n.doc}}
	if x.Lat != nil && x.Lon != nil {
		e.Lat, e.Lon = x.Lat, x.Lon
	}
	e.Claims = make([]string, 0, 1+len(n.aliases))
	e.Claims = append(e.Claims, n.claim)
	for _, a := range n.aliases {
		e.Claims = append(e.Claims, a.claim)
	}
	sort.Strings(e.Claims)
	e.Aliases = aliasesOf([]*node{n}, e.Name)
	return e
}

// documentsOf returns the sorted distinct documents of nodes. Nodes come
// in document order (claims are sorted by document and clusters list their
// nodes in index order), so a run of equal documents is one document; the
// set is sorted only when they do not.
func documentsOf(nodes []*node) []string {
	out := make([]string, 0, 1)
	sorted := true
	for i, n := range nodes {
		if i > 0 && n.doc == nodes[i-1].doc {
			continue
		}
		if len(out) > 0 && n.doc < out[len(out)-1] {
			sorted = false
		}
		out = append(out, n.doc)
	}
	if !sorted {
		docs := make(map[string]bool, len(out))
		for _, d := range out {
			docs[d] = true
		}
		return sortedKeys(docs)
	}
	return out
}

// best returns the most frequent key, ties broken by less.
func best(count map[string]int, less func(a, b string) bool) string {
	var out string
	n := -1
	for k, c := range count {
		if c > n || c == n && less(k, out) {
			out, n = k, c
		}
	}
	return out
}

// aliasesOf gathers every surface form but the canonical name, with the
// documents and claims that used it; forms differing only in case merge.
func aliasesOf(nodes []*node, name string) []Alias {
	by := map[string]*Alias{}
	docs := map[string]map[string]bool{}
	keys := map[string]string{} // the same forms recur across a cluster's nodes
	key := func(s string) string {
		k, ok := keys[s]
		if !ok {
			k = strings.ToLower(strings.Join(strings.Fields(s), " "))
			keys[s] = k
		}
		return k
	}
	nameKey := key(name)
	add := func(text, doc, claim string) {
		k := key(text)
		if k == nameKey || k == "" {
			return
		}
		a := by[k]
		if a == nil {
			a = &Alias{Text: text}
			by[k] = a
			docs[k] = map[string]bool{}
		}
		docs[k][doc] = true
		if claim != "" {
			a.Claims = append(a.Claims, claim)
		}
	}
	for _, n := range nodes {
		add(n.ent.Name, n.doc, "")
		for _, a := range n.aliases {
			add(a.text, n.doc, a.claim)
		}
	}
	out := make([]Alias, 0, len(by))
	for k, a := range by {
		a.Documents = sortedKeys(docs[k])
		sort.Strings(a.Claims)
		out = append(out, *a)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Text < out[j].Text })
	return out
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// formEq compares surface forms case-insensitively, spaces collapsed.
func formEq(a, b string) bool {
	return strings.EqualFold(strings.Join(strings.Fields(a), " "), strings.Join(strings.Fields(b), " "))
}
