// Package extract reads one document and states, with evidence, the
// entities it names, the violent events it reports, the relations between
// actors and the numeric estimates it gives. Deterministic and pure: it uses
// segment, gazetteer, numbers and timex, and never imports store or config.
//
// Files by owner: recognize*.go (entities, aliases, coreference),
// events*.go (event framing), relations.go, estimates.go.
package extract

import (
	"sort"
	"sync"

	"dossier/internal/extract/numbers"
	"dossier/internal/extract/timex"
	"dossier/internal/gazetteer"
	"dossier/internal/model"
	"dossier/internal/segment"
)

// Options configures an extraction.
type Options struct {
	// Gazetteer to match against; gazetteer.Default() when nil.
	Gazetteer *gazetteer.Gazetteer
}

// Extract runs every stage over d and returns the FORMAT.md object.
func Extract(d *model.Document, opt Options) *model.Extraction {
	w := newWork(d, opt)
	w.recognize()
	w.frameEvents()
	w.frameRelations()
	w.frameEstimates()
	out := w.result()
	w.release()
	return out
}

// entity is a document-level entity under construction.
type entity struct {
	Name     string
	Type     string
	Gaz      *gazetteer.Entry // nil for entities found by rules only
	Aliases  []string         // other surface forms used in this document
	Mentions []*mention
	Rule     string
	// Forms are further literal surface forms that are not mentions, such
	// as a definition "Full Name (ACR)" as written.
	Forms []string
}

// mention is one occurrence of an entity; Generic mentions ("the group")
// link to an actor for events and relations but are never aliases.
type mention struct {
	Start, End int
	Text       string
	Ent        *entity
	Generic    bool
	Demonym    bool // "Afghan": locates or qualifies, creates no entity
	// Descriptive mentions ("Pakistani government") name the entity but
	// are not listed as its aliases.
	Descriptive bool
	// Rule says which recogniser found the mention (for --explain).
	Rule string
	dead bool // removed while recognising
}

// work is the state shared by the stages for one document.
type work struct {
	doc      *model.Document
	gaz      *gazetteer.Gazetteer
	text     string
	ref      model.Date // what relative dates resolve against
	sents    []segment.Sentence
	matches  []gazetteer.Match
	nums     []numbers.Quantity
	dates    []timex.Expr
	ents     []*entity
	mentions []*mention // sorted by Start
	slab     []mention  // unused mentions for newMention
	out      model.Extraction

	// Recognition state (recognize*.go).
	words  []word
	byKey  map[string]*entity // "gaz:ID" or "rule:normalised name"
	byForm map[string]*entity // normalised surface form → entity
	owner  []int32            // per byte: index+1 of the mention covering it
	actor  *entity            // the document's salient armed group, if any
	low    string             // text lower-cased (ASCII only, same offsets); see lower()
	// lowerWords are the words the document writes in lower case.
	lowerWords map[string]bool

	scratch *scratch // reusable buffers, returned by release
}

// scratch holds buffers that one extraction uses only internally (the
// result never points into them), recycled between documents.
type scratch struct {
	owner []int32 // backs work.owner
	words []word  // backs work.words
	etoks []etok  // backs the event sentences' tokens
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// maxPooled is the largest buffer (in elements) kept for the next document.
const maxPooled = 1 << 18

// release clears the scratch buffers' references into this document and
// returns them to the pool.
func (w *work) release() {
	sc := w.scratch
	w.scratch = nil
	clear(sc.words)
	clear(sc.etoks)
	sc.words, sc.etoks = sc.words[:0], sc.etoks[:0]
	if cap(sc.owner) > maxPooled || cap(sc.words) > maxPooled || cap(sc.etoks) > maxPooled {
		return
	}
	scratchPool.Put(sc)
}

func newWork(d *model.Document, opt Options) *work {
	g := opt.Gazetteer
	if g == nil {
		g = gazetteer.Default()
	}
	w := &work{doc: d, gaz: g, text: d.Text, ref: d.RefDate(), scratch: scratchPool.Get().(*scratch)}
	w.sents = segment.Sentences(d.Text)
	w.matches = g.Match(d.Text)
	w.nums = numbers.Find(d.Text)
	w.dates = timex.Find(d.Text, w.ref)
	w.out = model.Extraction{
		Document:  d.Name,
		Published: d.Published,
		Entities:  []model.ExtractedEntity{},
		Events:    []model.ExtractedEvent{},
		Relations: []model.ExtractedRelation{},
		Estimates: []model.ExtractedEstimate{},
	}
	return w
}

// mentionsIn returns the mentions inside [start, end), in text order,
// as a read-only view of w.mentions.
func (w *work) mentionsIn(start, end int) []*mention {
	i := sort.Search(len(w.mentions), func(i int) bool { return w.mentions[i].Start >= start })
	j := i
	for j < len(w.mentions) && w.mentions[j].End <= end {
		j++
	}
	return w.mentions[i:j:j] // capped: appending copies
}

// evidence returns the Evidence for sentence s.
func (w *work) evidence(s segment.Sentence) model.Evidence {
	return model.Evidence{Text: w.text[s.Start:s.End], Start: s.Start, End: s.End}
}

// result returns the FORMAT.md object; empty sections are [] in JSON.
func (w *work) result() *model.Extraction {
	if w.out.Entities == nil {
		w.out.Entities = []model.ExtractedEntity{}
	}
	if w.out.Events == nil {
		w.out.Events = []model.ExtractedEvent{}
	}
	if w.out.Relations == nil {
		w.out.Relations = []model.ExtractedRelation{}
	}
	if w.out.Estimates == nil {
		w.out.Estimates = []model.ExtractedEstimate{}
	}
	return &w.out
}
