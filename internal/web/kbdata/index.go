package kbdata

import (
	"sort"
	"sync"

	"dossier/internal/kb"
)

// index is a built KB with the lookups the pages need.
type index struct {
	k            *kb.KB
	claims       map[string]*kb.Claim
	claimsByDoc  map[string][]*kb.Claim
	status       map[string]string // claim ID → accepted/rejected
	docs         map[string]*kb.Doc
	newest       []*kb.Doc // newest publication first
	events       map[string]*kb.Event
	entityEvents map[string][]*kb.Event // perpetrator or place → events, newest first
	byDate       []*kb.Event            // every event, newest first
	docEvents    map[string][]*kb.Event
	docEntities  map[string][]*kb.Entity
	byForm       map[string][]*kb.Entity // normalised name or alias → entities
	forms        map[*kb.Entity][]string // an entity's normalised name and aliases
	profiles     sync.Map                // entity ID → *web.Profile, built on first request
	actions      []kb.Action             // newest first, undo records left out
	docCount     map[string]int          // source → documents
}

// newIndex indexes k, built from in.
func newIndex(in kb.Input, k *kb.KB) *index {
	x := &index{k: k, claims: map[string]*kb.Claim{}, claimsByDoc: map[string][]*kb.Claim{},
		status: map[string]string{}, docs: map[string]*kb.Doc{}, events: map[string]*kb.Event{},
		entityEvents: map[string][]*kb.Event{}, docEvents: map[string][]*kb.Event{},
		docEntities: map[string][]*kb.Entity{}, byForm: map[string][]*kb.Entity{}, docCount: map[string]int{},
		forms: map[*kb.Entity][]string{}}
	for i := range in.Claims {
		c := &in.Claims[i]
		x.claims[c.ID] = c
		x.claimsByDoc[c.Doc] = append(x.claimsByDoc[c.Doc], c)
	}
	x.indexActions(in.Actions)
	x.indexDocs()
	x.indexEvents()
	x.indexEntities()
	return x
}

func (x *index) indexActions(acts []kb.Action) {
	undone := map[int64]bool{}
	for _, a := range acts {
		if a.Undone {
			undone[a.ID] = true
		}
	}
	for _, a := range acts {
		if a.Kind == kb.ActUndo {
			continue
		}
		x.actions = append(x.actions, a)
		if undone[a.ID] {
			continue
		}
		switch a.Kind {
		case kb.ActAccept:
			x.status[a.Target] = kb.StatusAccepted
		case kb.ActReject:
			x.status[a.Target] = kb.StatusRejected
		}
	}
	sort.SliceStable(x.actions, func(i, j int) bool { return x.actions[i].ID > x.actions[j].ID })
}

func (x *index) indexDocs() {
	for i := range x.k.Docs {
		d := &x.k.Docs[i]
		x.docs[d.ID] = d
		x.newest = append(x.newest, d)
		x.docCount[d.Source]++
	}
	sort.SliceStable(x.newest, func(i, j int) bool {
		a, b := x.newest[i].Published, x.newest[j].Published
		if a.String() != b.String() {
			return a.String() > b.String()
		}
		return x.newest[i].Name < x.newest[j].Name
	})
}

func (x *index) indexEvents() {
	key := make(map[*kb.Event]string, len(x.k.Events))
	for _, e := range x.k.Events {
		key[e] = e.Date.String()
	}
	newest := func(evs []*kb.Event) {
		sort.SliceStable(evs, func(i, j int) bool { return key[evs[i]] > key[evs[j]] })
	}
	x.byDate = append([]*kb.Event(nil), x.k.Events...)
	newest(x.byDate)
	for _, e := range x.byDate {
		x.events[e.ID] = e
		if e.PerpetratorID != "" {
			x.entityEvents[e.PerpetratorID] = append(x.entityEvents[e.PerpetratorID], e)
		}
		if e.LocationID != "" && e.LocationID != e.PerpetratorID {
			x.entityEvents[e.LocationID] = append(x.entityEvents[e.LocationID], e)
		}
		seen := map[string]bool{}
		for _, r := range e.Reports {
			if !seen[r.Doc] {
				seen[r.Doc] = true
				x.docEvents[r.Doc] = append(x.docEvents[r.Doc], e)
			}
		}
	}
}

// Events are indexed in date order (newest first), so every per-entity
// and per-document list is already sorted.

func (x *index) indexEntities() {
	for _, e := range x.k.Entities {
		for _, d := range e.Documents {
			x.docEntities[d] = append(x.docEntities[d], e)
		}
		x.addForm(e.Name, e)
		for _, a := range e.Aliases {
			if !a.Removed {
				x.addForm(a.Text, e)
			}
		}
	}
}

func (x *index) addForm(s string, e *kb.Entity) {
	k := kb.Norm(s)
	x.forms[e] = append(x.forms[e], k)
	for _, o := range x.byForm[k] {
		if o == e {
			return
		}
	}
	x.byForm[k] = append(x.byForm[k], e)
}

// entityNamed resolves a name a document used, preferring an entity that
// the document itself contributed to.
func (x *index) entityNamed(name, doc string) *kb.Entity {
	cands := x.byForm[kb.Norm(name)]
	for _, e := range cands {
		for _, d := range e.Documents {
			if d == doc {
				return e
			}
		}
	}
	if len(cands) > 0 {
		return cands[0]
	}
	return nil
}
