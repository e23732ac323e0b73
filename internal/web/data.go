package web

import (
	"context"
	"time"

	"dossier/internal/model"
)

// Data is everything the pages and the API read from and write to the
// knowledge base. Not found is a *model.Error with code ENOTFOUND. Values
// returned may be shared between requests: callers must not modify them
// (Profile.Clone gives a private copy).
type Data interface {
	Overview(ctx context.Context) (*Overview, error)
	Entities(ctx context.Context, f EntityFilter) ([]EntitySummary, int, error)
	Profile(ctx context.Context, id string) (*Profile, error)
	Events(ctx context.Context, f EventFilter) ([]EventSummary, int, error)
	Event(ctx context.Context, id string) (*EventView, error)
	Documents(ctx context.Context, p Page) ([]DocSummary, int, error)
	Document(ctx context.Context, id string) (*DocumentView, error)
	Claims(ctx context.Context, f ClaimFilter) ([]ClaimView, int, error)
	Conflicts(ctx context.Context, f ConflictFilter) ([]ConflictView, int, error)
	SearchDocuments(ctx context.Context, q string, p Page) ([]DocHit, int, error)
	Sources(ctx context.Context) ([]SourceView, error)
	Actions(ctx context.Context, p Page) ([]ActionView, int, error)
	Curate(ctx context.Context, r CurationRequest) (*ActionView, error)
	Undo(ctx context.Context, actionID, reason string) error
}

// Page is a window over a list: Limit items from Offset.
type Page struct {
	Limit, Offset int
}

// EntityFilter selects entities: by name substring and/or type.
type EntityFilter struct {
	Query string
	Type  string
	Page
}

// EventFilter selects events, optionally those linked to one entity.
type EventFilter struct {
	Entity string
	Page
}

// ClaimFilter selects claims by subject entity, document or status.
type ClaimFilter struct {
	Entity, Document, Status string
	Page
}

// ConflictFilter selects open conflicts by entity (subject or perpetrator)
// and field.
type ConflictFilter struct {
	Entity, Field string
	Page
}

// EntityRef names an entity for a link.
type EntityRef struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	Type string `json:"type"`
}

// Evidence is where a statement was read: a span of a stored document,
// with the source's grade and the claim's status.
type Evidence struct {
	ClaimID     string     `json:"claim_id,omitempty"`
	DocID       string     `json:"document_id"`
	DocTitle    string     `json:"document_title"`
	Source      string     `json:"source"`
	Grade       string     `json:"grade"`
	Credibility int        `json:"credibility,omitempty"`
	Published   model.Date `json:"published"`
	Start       int        `json:"start"`
	End         int        `json:"end"`
	Text        string     `json:"text"`
	Status      string     `json:"status,omitempty"`
	// Ref is the evidence's reference number on a page that lists its
	// sources (0: none); pages set it, the API leaves it out.
	Ref int `json:"-"`
}

// Overview is the home page's data.
type Overview struct {
	Groups        []GroupActivity `json:"groups"`
	Documents     []DocSummary    `json:"documents"`
	OpenConflicts int             `json:"open_conflicts"`
	Counts        map[string]int  `json:"counts"`
}

// GroupActivity ranks a group by its recent events.
type GroupActivity struct {
	Group     EntityRef  `json:"group"`
	Events    int        `json:"events"`
	LastEvent model.Date `json:"last_event"`
	Documents int        `json:"documents"`
}

// EntitySummary is one row of an entity list.
type EntitySummary struct {
	EntityRef
	Aliases   []string `json:"aliases"`
	Documents int      `json:"documents"`
}

// Profile is a group's (or any entity's) sourced profile.
type Profile struct {
	Entity    EntityRef        `json:"entity"`
	Aliases   []Statement      `json:"aliases"`
	Relations []RelationView   `json:"relations"`
	Places    []PlaceView      `json:"places"`
	Estimates []EstimateSeries `json:"estimates"`
	Events    []EventSummary   `json:"events"`
	Conflicts []ConflictView   `json:"conflicts"`
}

// Statement is a text value with the evidence that supports it.
type Statement struct {
	Text        string     `json:"text"`
	Credibility int        `json:"credibility,omitempty"` // 1 confirmed … 6 cannot be judged
	Evidence    []Evidence `json:"evidence"`
	// MoreEvidence counts documents a page left out (0 in the API).
	MoreEvidence int `json:"-"`
}

// RelationView is a relation of the profiled entity to another one.
// Predicate is a model.Rel* value; Inverse is true when the profiled
// entity is the object ("X is leader_of <this group>").
type RelationView struct {
	Predicate   string     `json:"predicate"`
	Inverse     bool       `json:"inverse"`
	Other       EntityRef  `json:"other"`
	Credibility int        `json:"credibility,omitempty"` // 1 confirmed … 6 cannot be judged
	Since       model.Date `json:"since"`                 // earliest publication stating it
	Evidence    []Evidence `json:"evidence"`
	// MoreEvidence counts documents a page left out (0 in the API).
	MoreEvidence int `json:"-"`
}

// PlaceView is a base or area of operation.
type PlaceView struct {
	Role        string     `json:"role"` // based_in or active_in
	Place       EntityRef  `json:"place"`
	Credibility int        `json:"credibility,omitempty"`
	Since       model.Date `json:"since"`
	Country     string     `json:"country,omitempty"`
	Lat         *float64   `json:"lat,omitempty"`
	Lon         *float64   `json:"lon,omitempty"`
	Evidence    []Evidence `json:"evidence"`
	// MoreEvidence counts documents a page left out (0 in the API).
	MoreEvidence int `json:"-"`
}

// EstimateSeries is every estimate of one property, oldest first.
type EstimateSeries struct {
	Property string          `json:"property"`
	Points   []EstimatePoint `json:"points"`
}

// EstimatePoint is one source's estimate at one time.
type EstimatePoint struct {
	Min      *float64   `json:"min"`
	Max      *float64   `json:"max"`
	Approx   bool       `json:"approx,omitempty"`
	AsOf     model.Date `json:"as_of"`
	Evidence Evidence   `json:"evidence"`
}

// EventSummary is one incident as a row.
type EventSummary struct {
	ID          string       `json:"id"`
	Date        model.Date   `json:"date"`
	Kind        string       `json:"kind"`
	Location    string       `json:"location,omitempty"`
	Country     string       `json:"country,omitempty"`
	Lat         *float64     `json:"lat,omitempty"`
	Lon         *float64     `json:"lon,omitempty"`
	Perpetrator *EntityRef   `json:"perpetrator,omitempty"`
	Attribution string       `json:"attribution,omitempty"`
	Killed      *model.Range `json:"killed"`
	Injured     *model.Range `json:"injured"`
	Reports     int          `json:"reports"`
	Conflicts   []string     `json:"conflicts,omitempty"` // fields in conflict
}

// EventView is an incident with each source's report.
type EventView struct {
	EventSummary
	ReportList   []ReportView   `json:"report_list"`
	ConflictList []ConflictView `json:"conflict_list"`
}

// ReportView is what one document says about an incident.
type ReportView struct {
	DateStated  string       `json:"date_stated,omitempty"`
	Date        model.Date   `json:"date"`
	Kind        string       `json:"kind"`
	Location    string       `json:"location,omitempty"`
	Perpetrator string       `json:"perpetrator,omitempty"`
	Attribution string       `json:"attribution,omitempty"`
	Killed      *model.Range `json:"killed"`
	Injured     *model.Range `json:"injured"`
	Evidence    Evidence     `json:"evidence"`
}

// ConflictView is a disagreement between sources on one field.
type ConflictView struct {
	ID      string          `json:"id"`
	Subject EntityRef       `json:"subject"` // Type "event" for incidents
	Field   string          `json:"field"`
	Type    string          `json:"type"` // contradiction or partial_disagreement
	Values  []ConflictValue `json:"values"`
}

// ConflictValue is one side of a conflict.
type ConflictValue struct {
	Value    string     `json:"value"`
	Evidence []Evidence `json:"evidence"`
}

// DocSummary is one document as a row.
type DocSummary struct {
	ID        string     `json:"id"`
	Name      string     `json:"name"`
	Title     string     `json:"title"`
	Source    string     `json:"source"`
	Published model.Date `json:"published"`
}

// DocHit is a full-text search hit with a snippet.
type DocHit struct {
	DocSummary
	Snippet []SnippetPart `json:"snippet"`
}

// SnippetPart is a run of snippet text; Hit marks matched terms.
type SnippetPart struct {
	Text string `json:"text"`
	Hit  bool   `json:"hit,omitempty"`
}

// DocumentView is a stored document with what was recognised in it.
type DocumentView struct {
	Doc      model.Document `json:"document"`
	Grade    string         `json:"grade"`
	Mentions []MentionView  `json:"mentions"`
	Claims   []ClaimView    `json:"claims"`
	Events   []EventSummary `json:"events"`
}

// MentionView is a recognised mention linked to its entity.
type MentionView struct {
	Start  int       `json:"start"`
	End    int       `json:"end"`
	Entity EntityRef `json:"entity"`
}

// ClaimView is one sourced claim.
type ClaimView struct {
	ID        string    `json:"id"`
	Subject   EntityRef `json:"subject"`
	Property  string    `json:"property"`
	Value     string    `json:"value"`
	Status    string    `json:"status"`
	Extractor string    `json:"extractor,omitempty"`
	Evidence  Evidence  `json:"evidence"`
}

// SourceView is a publisher with its reliability grade.
type SourceView struct {
	Name      string `json:"name"`
	Grade     string `json:"grade"`
	Documents int    `json:"documents"`
}

// ActionView is a recorded curation decision.
type ActionView struct {
	ID      string    `json:"id"`
	Op      string    `json:"op"`
	Summary string    `json:"summary"`
	Reason  string    `json:"reason"`
	Who     string    `json:"who"`
	At      time.Time `json:"at"`
	Undone  bool      `json:"undone"`
}

// Curation operations.
const (
	OpMerge       = "merge"        // Target absorbs Other
	OpSplit       = "split"        // Value (an alias) leaves Target as its own entity
	OpAliasAdd    = "alias_add"    // Target gains alias Value
	OpAliasRemove = "alias_remove" // Target loses alias Value
	OpAccept      = "accept"       // claim Target accepted
	OpReject      = "reject"       // claim Target rejected
	OpGrade       = "grade"        // source Target graded Value (A–F)
)

// CurationRequest is one curation decision to record.
type CurationRequest struct {
	Op     string `json:"op"`
	Target string `json:"target"`
	Other  string `json:"other,omitempty"`
	Value  string `json:"value,omitempty"`
	Reason string `json:"reason"`
	Who    string `json:"who"`
}

// Validate reports a request that cannot be carried out as asked.
func (r CurationRequest) Validate() error {
	if r.Target == "" {
		return model.Errorf(model.EINVALID, "curation %q: a target is required", r.Op)
	}
	if r.Reason == "" {
		return model.Errorf(model.EINVALID, "curation %q: give a reason; it is recorded with the decision", r.Op)
	}
	switch r.Op {
	case OpMerge:
		if r.Other == "" || r.Other == r.Target {
			return model.Errorf(model.EINVALID, "merge: choose a different entity to merge into %s", r.Target)
		}
	case OpSplit, OpAliasAdd, OpAliasRemove:
		if r.Value == "" {
			return model.Errorf(model.EINVALID, "%s: an alias is required", r.Op)
		}
	case OpGrade:
		if len(r.Value) != 1 || r.Value[0] < 'A' || r.Value[0] > 'F' {
			return model.Errorf(model.EINVALID, "grade %q: want one letter A to F", r.Value)
		}
	case OpAccept, OpReject:
	default:
		return model.Errorf(model.EINVALID, "unknown curation operation %q", r.Op)
	}
	return nil
}
