package model

// Entity types of FORMAT.md.
const (
	TypeArmedGroup   = "armed_group"
	TypeOrganization = "organization"
	TypePerson       = "person"
	TypeLocation     = "location"
)

// Event kinds of FORMAT.md.
const (
	KindBombing        = "bombing"
	KindSuicideBombing = "suicide_bombing"
	KindShooting       = "shooting"
	KindArmedAssault   = "armed_assault"
	KindRocketAttack   = "rocket_attack"
	KindAmbush         = "ambush"
	KindAssassination  = "assassination"
	KindKidnapping     = "kidnapping"
	KindClash          = "clash"
	KindOther          = "other"
)

// Attributions of FORMAT.md ("" marshals as null).
const (
	AttrClaimed = "claimed"
	AttrBlamed  = "blamed"
)

// Relation predicates of FORMAT.md.
const (
	RelAffiliateOf = "affiliate_of"
	RelSplinterOf  = "splinter_of"
	RelRivalOf     = "rival_of"
	RelAlliedWith  = "allied_with"
	RelLeaderOf    = "leader_of"
	RelMemberOf    = "member_of"
	RelBasedIn     = "based_in"
	RelActiveIn    = "active_in"
)

// Range is a numeric figure as bounds: "at least 190" is {190, nil};
// "between 500 and 1,500" is {500, 1500}; "around 140" is {140, 140} with
// Approx. A nil bound is open.
type Range struct {
	Min    *float64 `json:"min"`
	Max    *float64 `json:"max"`
	Approx bool     `json:"approx,omitempty"`
}

// Exact returns the range [v, v].
func Exact(v float64) *Range { return &Range{Min: &v, Max: &v} }

// Evidence locates the sentence an item was read from: Text is copied byte
// for byte from Document.Text[Start:End].
type Evidence struct {
	Text  string `json:"evidence"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Mention is one occurrence of an entity in the text.
type Mention struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// ExtractedEntity is one real-world entity a document names.
type ExtractedEntity struct {
	Name     string    `json:"name"`
	Type     string    `json:"type"`
	Aliases  []string  `json:"aliases"`
	Ref      string    `json:"ref,omitempty"` // gazetteer id when known
	Country  string    `json:"country,omitempty"`
	Lat      *float64  `json:"lat,omitempty"`
	Lon      *float64  `json:"lon,omitempty"`
	Mentions []Mention `json:"mentions,omitempty"`
	Rule     string    `json:"rule,omitempty"`
}

// ExtractedEvent is one violent incident a document reports.
type ExtractedEvent struct {
	Date        Date     `json:"date"`
	Location    *string  `json:"location"`
	Country     *string  `json:"country"`
	Lat         *float64 `json:"lat,omitempty"`
	Lon         *float64 `json:"lon,omitempty"`
	Perpetrator *string  `json:"perpetrator"`
	Attribution *string  `json:"attribution"`
	Kind        string   `json:"kind"`
	Killed      *Range   `json:"killed"`
	Injured     *Range   `json:"injured"`
	KilledParts []Range  `json:"killed_parts,omitempty"`
	Target      string   `json:"target,omitempty"`
	DateText    string   `json:"date_text,omitempty"`
	Evidence
	Rule string `json:"rule,omitempty"`
}

// ExtractedRelation is a stated relation between two entities (by name).
type ExtractedRelation struct {
	Subject   string `json:"subject"`
	Predicate string `json:"predicate"`
	Object    string `json:"object"`
	Evidence
	Rule string `json:"rule,omitempty"`
}

// ExtractedEstimate is a numeric estimate about an entity.
type ExtractedEstimate struct {
	Subject  string   `json:"subject"`
	Property string   `json:"property"`
	Min      *float64 `json:"min"`
	Max      *float64 `json:"max"`
	Approx   bool     `json:"approx,omitempty"`
	AsOf     Date     `json:"as_of"`
	Evidence
	Rule string `json:"rule,omitempty"`
}

// Extraction is everything read from one document: the FORMAT.md object.
type Extraction struct {
	Document  string              `json:"document"`
	Published Date                `json:"published"`
	Entities  []ExtractedEntity   `json:"entities"`
	Events    []ExtractedEvent    `json:"events"`
	Relations []ExtractedRelation `json:"relations"`
	Estimates []ExtractedEstimate `json:"estimates"`
}
