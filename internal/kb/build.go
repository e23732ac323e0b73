package kb

import (
	"sort"
	"strings"
)

// Places answers containment questions about gazetteer IDs (satisfied by
// *gazetteer.Gazetteer); nil means "only what the claims themselves say".
type Places interface {
	Contains(container, place string) bool
}

// Input is everything the KB is computed from.
type Input struct {
	Docs    []Doc
	Claims  []Claim
	Actions []Action // in the order they were taken
	Places  Places
}

// builder carries the state of one Build.
type builder struct {
	in      Input
	kb      *KB
	docs    map[string]*Doc
	status  map[string]string // claim ID → status
	nodes   []*node
	res     *resolver
	ents    []*Entity // parallel to clusters
	cluster [][]int
	// perDoc maps doc ID → normalised surface form → entity.
	perDoc map[string]map[string]*Entity
	global map[string]*Entity // unambiguous surface forms across documents
	curAct map[string][]int64 // entity ID → actions that shaped it
	within map[string]bool    // memo of contains, by entity IDs
	branch map[string]bool    // memo of branchOf, by perpetrator keys
}

// Build computes the knowledge base. The result depends only on the set of
// documents and claims and on the sequence of curation actions, never on
// the order of Docs or Claims.
func Build(in Input) *KB { return BuildStages(in, nil) }

// Stage is a part of the KB that BuildStages has finished.
type Stage int

// Stages in the order BuildStages hands them to done.
const (
	StageEntities  Stage = iota // Entities (with rated aliases), Docs, Sources, Rejected, Claims
	StageRelations              // Relations, rated
	StageEvents                 // Events, reports rated
	StageSeries                 // Series, points rated: the KB is complete
)

// BuildStages is Build calling done (when not nil) after each stage with
// the KB built so far, in Stage order and on the caller's goroutine. What
// a stage finished is final: later stages only add their own parts, so
// done may hand it to another goroutine (the snapshot writer) while the
// build goes on, as long as nothing writes to it. Once entities are
// resolved, relations and series are built on one goroutine and events on
// another: each reads only the entities and the input and writes only its
// own part of the KB.
func BuildStages(in Input, done func(Stage, *KB)) *KB {
	b := &builder{in: in, within: map[string]bool{}, branch: map[string]bool{}, kb: &KB{byID: map[string]*Entity{}, docs: map[string]*Doc{}, grades: map[string]string{}}}
	if done == nil {
		done = func(Stage, *KB) {}
	}
	b.prepare()
	b.entities()
	b.rateAliases()
	done(StageEntities, b.kb)
	rel, ser, ev := make(chan struct{}), make(chan struct{}), make(chan struct{})
	go func() {
		defer close(ser)
		b.relations()
		b.rateRelations()
		close(rel)
		b.series()
		b.ratePoints()
	}()
	go func() {
		defer close(ev)
		b.events()
		b.rateReports()
	}()
	<-rel
	done(StageRelations, b.kb)
	<-ev
	done(StageEvents, b.kb)
	<-ser
	done(StageSeries, b.kb)
	return b.kb
}

// prepare sorts the input, replays claim and source curation and sets the
// accepted claims aside from the rejected ones.
func (b *builder) prepare() {
	docs := append([]Doc(nil), b.in.Docs...)
	sort.Slice(docs, func(i, j int) bool { return docs[i].ID < docs[j].ID })
	b.kb.Docs = docs
	b.docs = b.kb.docs
	for i := range docs {
		b.docs[docs[i].ID] = &docs[i]
	}
	b.status = map[string]string{}
	for _, a := range activeActions(b.in.Actions) {
		switch a.Kind {
		case ActAccept:
			b.status[a.Target] = StatusAccepted
		case ActReject:
			b.status[a.Target] = StatusRejected
		case ActGrade:
			b.kb.grades[a.Target] = strings.ToUpper(a.Arg)
		}
	}
	claims := b.in.Claims
	if !sort.SliceIsSorted(claims, func(i, j int) bool { return claimLess(&claims[i], &claims[j]) }) {
		claims = append([]Claim(nil), claims...)
		sort.Slice(claims, func(i, j int) bool { return claimLess(&claims[i], &claims[j]) })
	}
	b.in.Claims = b.accepted(claims)
	b.kb.Claims = len(b.in.Claims)
	b.sources()
}

// accepted returns the claims of known documents that are not rejected
// (claims itself when that is all of them: Build only reads its input)
// and sets the rejected ones aside.
func (b *builder) accepted(claims []Claim) []Claim {
	var out []Claim
	lastDoc, known := "", false // claims come by document
	for i := range claims {
		c := &claims[i]
		if i == 0 || c.Doc != lastDoc {
			lastDoc, known = c.Doc, b.docs[c.Doc] != nil
		}
		rejected := known && len(b.status) > 0 && b.status[c.ID] == StatusRejected
		if rejected {
			b.kb.Rejected = append(b.kb.Rejected, *c)
		}
		switch {
		case (!known || rejected) && out == nil:
			out = append(make([]Claim, 0, len(claims)), claims[:i]...)
		case known && !rejected && out != nil:
			out = append(out, *c)
		}
	}
	if out == nil {
		return claims
	}
	return out
}

// claimLess orders claims by document, position and ID.
func claimLess(a, c *Claim) bool {
	if a.Doc != c.Doc {
		return a.Doc < c.Doc
	}
	if a.Seq != c.Seq {
		return a.Seq < c.Seq
	}
	return a.ID < c.ID
}

// activeActions returns the actions not undone, in order.
func activeActions(acts []Action) []Action {
	undone := map[int64]bool{}
	for _, a := range acts {
		if a.Undone {
			undone[a.ID] = true
		}
	}
	var out []Action
	for _, a := range acts {
		if !undone[a.ID] && a.Kind != ActUndo {
			out = append(out, a)
		}
	}
	return out
}

// sources lists the publishers with their grades.
func (b *builder) sources() {
	by := map[string][]string{}
	for _, d := range b.kb.Docs {
		by[d.Source] = append(by[d.Source], d.Name)
	}
	names := make([]string, 0, len(by))
	for n := range by {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		b.kb.Sources = append(b.kb.Sources, Source{Name: n, Grade: b.kb.Grade(n), Documents: by[n]})
	}
}

// status returns a claim's curation status.
func (b *builder) claimStatus(id string) string { return b.status[id] }

// source returns the source name of a document.
func (b *builder) source(doc string) string {
	if d := b.docs[doc]; d != nil {
		return d.Source
	}
	return ""
}

// docName returns the name of a document.
func (b *builder) docName(doc string) string {
	if d := b.docs[doc]; d != nil {
		return d.Name
	}
	return doc
}

// lookup finds the entity a document means by a name: the document's own
// entities first, then an unambiguous surface form of the KB.
func (b *builder) lookup(doc, name string) *Entity {
	if name == "" {
		return nil
	}
	k := Norm(name)
	if e := b.perDoc[doc][k]; e != nil {
		return e
	}
	return b.global[k]
}
