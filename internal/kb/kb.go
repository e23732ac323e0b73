package kb

import (
	"time"

	"dossier/internal/model"
)

// KB is the knowledge base computed from accepted claims and curation.
type KB struct {
	Docs      []Doc       `json:"documents"`
	Sources   []Source    `json:"sources"`
	Entities  []*Entity   `json:"entities"`
	Events    []*Event    `json:"events"`
	Relations []*Relation `json:"relations"`
	Series    []*Series   `json:"series"`
	Rejected  []Claim     `json:"rejected"` // claims an analyst rejected: shown, never counted
	Claims    int         `json:"claims"`   // accepted claims the KB was built from
	byID      map[string]*Entity
	perDoc    map[string]map[string]*Entity
	docs      map[string]*Doc
	grades    map[string]string
}

// Source is a publisher with its Admiralty reliability grade.
type Source struct {
	Name      string   `json:"name"`
	Grade     string   `json:"grade"` // A–F
	Documents []string `json:"documents"`
}

// Entity is one real-world entity across documents.
type Entity struct {
	ID        string   `json:"id"`
	Name      string   `json:"name"`
	Type      string   `json:"type"`
	Ref       string   `json:"ref,omitempty"`
	Country   string   `json:"country,omitempty"`
	Lat       *float64 `json:"lat,omitempty"`
	Lon       *float64 `json:"lon,omitempty"`
	Aliases   []Alias  `json:"aliases"`
	Documents []string `json:"documents"` // document IDs, sorted
	Claims    []string `json:"claims"`    // entity and alias claim IDs
	// Merged lists the curation actions that shaped this entity.
	Curation []int64 `json:"curation,omitempty"`
}

// Alias is a surface form of an entity and the documents that used it.
type Alias struct {
	Text        string   `json:"text"`
	Documents   []string `json:"documents"`
	Claims      []string `json:"claims,omitempty"`
	Curated     bool     `json:"curated,omitempty"` // added by an analyst
	Removed     bool     `json:"removed,omitempty"` // removed by an analyst (kept visible)
	Credibility int      `json:"credibility"`
}

// Event is one real-world incident with every document's report of it.
type Event struct {
	ID            string       `json:"id"`
	Date          model.Date   `json:"date"`
	Location      string       `json:"location"`
	LocationID    string       `json:"location_id,omitempty"`
	Country       string       `json:"country"`
	Perpetrator   string       `json:"perpetrator"`
	PerpetratorID string       `json:"perpetrator_id,omitempty"`
	Kind          string       `json:"kind"`
	Attribution   string       `json:"attribution"`
	Killed        *model.Range `json:"killed"`  // span across reports
	Injured       *model.Range `json:"injured"` // span across reports
	Reports       []Report     `json:"reports"`
	Conflicts     []Conflict   `json:"conflicts"`
	Lat           *float64     `json:"lat,omitempty"`
	Lon           *float64     `json:"lon,omitempty"`
}

// Report is one document's account of an incident, as stated.
type Report struct {
	Claim    string     `json:"claim"`
	Doc      string     `json:"doc"`
	Document string     `json:"document"` // document name
	Source   string     `json:"source"`
	Date     model.Date `json:"date"`
	DateText string     `json:"date_text,omitempty"`
	// YearGuessed: the document has no publication date and the date text
	// names no year, so the year came from a lower bound (the latest date
	// the text mentions); the true year may be later.
	YearGuessed   bool         `json:"year_guessed,omitempty"`
	Location      string       `json:"location"`
	LocationID    string       `json:"location_id,omitempty"`
	Country       string       `json:"country"`
	Perpetrator   string       `json:"perpetrator"`
	PerpetratorID string       `json:"perpetrator_id,omitempty"`
	Attribution   string       `json:"attribution"`
	Kind          string       `json:"kind"`
	Killed        *model.Range `json:"killed"`
	Injured       *model.Range `json:"injured"`
	Target        string       `json:"target,omitempty"`
	Evidence      model.Evidence
	Status        string `json:"status,omitempty"`
	Credibility   int    `json:"credibility"`
}

// Conflict types.
const (
	ConflictContradiction = "contradiction"
	ConflictPartial       = "partial_disagreement"
	ConflictDetail        = "difference_in_detail"
)

// Conflict is a field on which reports disagree, values side by side.
type Conflict struct {
	Field  string          `json:"field"`
	Type   string          `json:"type"`
	Values []ConflictValue `json:"values"`
}

// ConflictValue is one value of a conflicting field and who stated it.
type ConflictValue struct {
	Value     string   `json:"value"`
	Documents []string `json:"documents"` // document names
	Sources   []string `json:"sources"`
}

// Relation is a relation between two KB entities with its supporting
// claims.
type Relation struct {
	Subject     string     `json:"subject"` // entity IDs
	Predicate   string     `json:"predicate"`
	Object      string     `json:"object"`
	Support     []Support  `json:"support"`
	Credibility int        `json:"credibility"`
	FirstDate   model.Date `json:"first_date"` // earliest publication date among supporting documents
}

// Support is one claim backing an aggregate: document and evidence.
type Support struct {
	Claim    string         `json:"claim"`
	Doc      string         `json:"doc"`
	Document string         `json:"document"`
	Source   string         `json:"source"`
	Evidence model.Evidence `json:"evidence"`
}

// Series is the estimates of one property of one entity over time.
type Series struct {
	Entity    string     `json:"entity"` // entity ID
	Property  string     `json:"property"`
	Points    []Point    `json:"points"`
	Conflicts []Conflict `json:"conflicts"`
}

// Point is one estimate in a series.
type Point struct {
	Range       model.Range    `json:"range"`
	AsOf        model.Date     `json:"as_of"`
	Claim       string         `json:"claim"`
	Doc         string         `json:"doc"`
	Document    string         `json:"document"`
	Source      string         `json:"source"`
	Published   model.Date     `json:"published"`
	Evidence    model.Evidence `json:"evidence"`
	Credibility int            `json:"credibility"`
}

// Action is one recorded curation decision.
type Action struct {
	ID     int64     `json:"id"`
	Kind   string    `json:"kind"`
	Target string    `json:"target"`
	Arg    string    `json:"arg,omitempty"`
	Who    string    `json:"who"`
	Why    string    `json:"why,omitempty"`
	At     time.Time `json:"at"`
	Undone bool      `json:"undone,omitempty"`
}

// Curation action kinds.
const (
	ActMerge       = "entity.merge" // Target, Arg: entities to merge
	ActSplit       = "entity.split" // Target entity, Arg surface form to split off
	ActAliasAdd    = "alias.add"    // Target entity, Arg alias
	ActAliasRemove = "alias.remove" // Target entity, Arg alias
	ActAccept      = "claim.accept" // Target claim ID
	ActReject      = "claim.reject" // Target claim ID
	ActGrade       = "source.grade" // Target source, Arg grade A–F
	ActUndo        = "undo"         // Target action ID
)

// Entity returns the entity with the given ID, or nil.
func (k *KB) Entity(id string) *Entity { return k.byID[id] }

// Doc returns the document with the given ID, or nil.
func (k *KB) Doc(id string) *Doc { return k.docs[id] }

// Grade returns a source's grade (F when not set).
func (k *KB) Grade(source string) string {
	if g := k.grades[source]; g != "" {
		return g
	}
	return "F"
}

// EntityIn returns the KB entity a document means by a name it uses (its
// own entities' names and aliases), or nil.
func (k *KB) EntityIn(doc, name string) *Entity { return k.perDoc[doc][Norm(name)] }
