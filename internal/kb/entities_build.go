package kb

import (
	"fmt"
	"sort"
	"sync"
)

// entities resolves entity claims into KB entities and applies entity
// curation.
func (b *builder) entities() {
	b.collectNodes()
	b.setKeys()
	b.res = newResolver(b.nodes)
	b.res.resolve()
	b.curAct = map[string][]int64{}
	b.materialize()
	b.curateEntities()
	b.index()
}

// collectNodes makes a node of each entity claim, with the alias claims
// its document made for it.
func (b *builder) collectNodes() {
	byName := map[string]*node{} // the current document's entities by name
	claims := b.in.Claims
	for start := 0; start < len(claims); {
		end := start + 1 // claims come by document
		for end < len(claims) && claims[end].Doc == claims[start].Doc {
			end++
		}
		clear(byName)
		for i := start; i < end; i++ {
			c := &claims[i]
			if c.Entity == nil {
				continue
			}
			n := &node{idx: len(b.nodes), doc: c.Doc, claim: c.ID, ent: c.Entity}
			b.nodes = append(b.nodes, n)
			byName[c.Entity.Name] = n
		}
		for i := start; i < end; i++ {
			c := &claims[i]
			if c.Alias == nil {
				continue
			}
			if n := byName[c.Alias.Entity]; n != nil {
				n.aliases = append(n.aliases, aliasUse{text: c.Alias.Alias, claim: c.ID})
			}
		}
		start = end
	}
}

// setKeys normalises the forms of every node, half of them on another
// goroutine.
func (b *builder) setKeys() {
	keys := func(ns []*node) {
		for _, n := range ns {
			n.setKeys()
		}
	}
	half := len(b.nodes) / 2
	if half < 1024 {
		keys(b.nodes)
		return
	}
	var wg sync.WaitGroup
	wg.Go(func() { keys(b.nodes[half:]) })
	keys(b.nodes[:half])
	wg.Wait()
}

// materialize turns the resolver's clusters into entities with unique IDs.
func (b *builder) materialize() {
	b.cluster = b.res.clusters()
	b.ents = make([]*Entity, len(b.cluster))
	b.entitiesOf()
	used := map[string]int{}
	for _, e := range b.ents {
		e.ID = entityID(e)
		if n := used[e.ID]; n > 0 {
			used[e.ID] = n + 1
			e.ID = fmt.Sprintf("%s~%d", e.ID, n+1)
		} else {
			used[e.ID] = 1
		}
	}
}

// entitiesOf fills b.ents with the entity of each cluster (IDs left to
// materialize); the second half of the clusters is computed on another
// goroutine (entityOf reads only its nodes).
func (b *builder) entitiesOf() {
	of := func(from, to int) {
		for i := from; i < to; i++ {
			c := b.cluster[i]
			ns := make([]*node, len(c))
			for j, k := range c {
				ns[j] = b.nodes[k]
			}
			b.ents[i] = entityOf(ns)
		}
	}
	half := len(b.cluster) / 2
	if half < 256 {
		of(0, len(b.cluster))
		return
	}
	var wg sync.WaitGroup
	wg.Go(func() { of(half, len(b.cluster)) })
	of(0, half)
	wg.Wait()
}

// entityID is the entity's Ref, or its type and a slug of its name.
func entityID(e *Entity) string {
	if e.Ref != "" {
		return e.Ref
	}
	prefix := map[string]string{"armed_group": "grp", "organization": "org", "person": "per", "location": "loc"}[e.Type]
	if prefix == "" {
		prefix = "ent"
	}
	return "kb:" + prefix + ":" + slug(e.Name)
}

// find returns the cluster index a designation denotes, or -1.
func (b *builder) find(s string) int {
	for i, e := range b.ents {
		if e.ID == s {
			return i
		}
	}
	for i, e := range b.ents {
		if Norm(e.Name) == Norm(s) {
			return i
		}
	}
	for i, c := range b.cluster {
		if b.res.matches(c, b.ents[i].ID, s) {
			return i
		}
	}
	return -1
}

// curateEntities replays merge and split actions, then alias edits.
func (b *builder) curateEntities() {
	acts := activeActions(b.in.Actions)
	for _, a := range acts {
		switch a.Kind {
		case ActMerge:
			x, y := b.find(a.Target), b.find(a.Arg)
			if x < 0 || y < 0 || x == y {
				continue
			}
			b.res.force(b.cluster[x][0], b.cluster[y][0])
		case ActSplit:
			x := b.find(a.Target)
			if x < 0 {
				continue
			}
			b.res.split(b.cluster[x], a.Arg)
		default:
			continue
		}
		b.materialize()
		if x := b.find(a.Target); x >= 0 {
			b.curAct[b.ents[x].ID] = append(b.curAct[b.ents[x].ID], a.ID)
		}
	}
	for _, a := range acts {
		if a.Kind != ActAliasAdd && a.Kind != ActAliasRemove {
			continue
		}
		x := b.find(a.Target)
		if x < 0 {
			continue
		}
		e := b.ents[x]
		e.Aliases = editAlias(e.Aliases, a)
		b.curAct[e.ID] = append(b.curAct[e.ID], a.ID)
	}
	for _, e := range b.ents {
		e.Curation = b.curAct[e.ID]
	}
}

// editAlias applies one alias action.
func editAlias(as []Alias, a Action) []Alias {
	i := aliasIndex(as, a.Arg)
	if i >= 0 {
		as[i].Removed = a.Kind == ActAliasRemove
		if a.Kind == ActAliasAdd {
			as[i].Curated = true
		}
		return as
	}
	if a.Kind == ActAliasAdd {
		as = append(as, Alias{Text: a.Arg, Curated: true, Documents: []string{}})
		sort.Slice(as, func(i, j int) bool { return as[i].Text < as[j].Text })
	}
	return as
}

// aliasIndex finds an alias by text, case-insensitively, else by Norm.
func aliasIndex(as []Alias, s string) int {
	for i := range as {
		if formEq(as[i].Text, s) {
			return i
		}
	}
	for i := range as {
		if Norm(as[i].Text) == Norm(s) {
			return i
		}
	}
	return -1
}

// index builds the per-document and global surface-form maps and the KB's
// entity list.
func (b *builder) index() {
	b.perDoc = b.docMaps()
	owner := map[string]*Entity{} // surface form → its one entity, or ambiguous
	ambiguous := &Entity{}
	for i, c := range b.cluster {
		e := b.ents[i]
		for _, k := range c {
			n := b.nodes[k]
			m := b.perDoc[n.doc]
			for _, k := range n.keys {
				m[k] = e
				if o, ok := owner[k]; !ok {
					owner[k] = e
				} else if o != e {
					owner[k] = ambiguous
				}
			}
		}
		b.kb.byID[e.ID] = e
	}
	b.global = map[string]*Entity{}
	for k, e := range owner {
		if e != ambiguous {
			b.global[k] = e
		}
	}
	b.kb.perDoc = b.perDoc
	b.kb.Entities = append([]*Entity(nil), b.ents...)
	sort.Slice(b.kb.Entities, func(i, j int) bool { return b.kb.Entities[i].ID < b.kb.Entities[j].ID })
}

// docMaps returns an empty surface-form map per document with entities,
// each sized for the forms of the document's nodes (nodes come by
// document).
func (b *builder) docMaps() map[string]map[string]*Entity {
	out := map[string]map[string]*Entity{}
	for start := 0; start < len(b.nodes); {
		doc, forms := b.nodes[start].doc, 0
		end := start
		for ; end < len(b.nodes) && b.nodes[end].doc == doc; end++ {
			forms += len(b.nodes[end].keys)
		}
		if out[doc] == nil {
			out[doc] = make(map[string]*Entity, forms)
		}
		start = end
	}
	return out
}
