// Package gazetteer knows the world the extractor must recognise: countries
// with demonyms, first-level divisions and populated places with
// coordinates (GeoNames, CC-BY 4.0), spelling variants, regions, armed
// groups and organisations. Data is embedded; Match finds names in text.
// Pure: it never imports store or config.
package gazetteer

// Entry kinds.
const (
	KindCountry = "country"
	KindAdmin1  = "admin1"
	KindPlace   = "place"  // populated place or site
	KindRegion  = "region" // Sahel, Central Asia, Khorasan, Kashmir, ...
	KindGroup   = "armed_group"
	KindOrg     = "organization"
)

// Entry is one thing the gazetteer knows.
type Entry struct {
	// ID is stable across regenerations: "AF" (country), "AF.18"
	// (admin-1), "geo:1138958" (GeoNames place), "reg:sahel", "grp:iskp",
	// "org:unama".
	ID   string
	Name string // canonical display name, diacritics kept
	Kind string
	// Type is the FORMAT.md entity type: location, armed_group, organization.
	Type       string
	Aliases    []string
	Country    string // ISO 3166-1 alpha-2; "" for multi-country regions and groups
	Admin1     string // admin-1 entry ID of a place
	Lat        float64
	Lon        float64
	HasCoord   bool
	Population int
	Demonyms   []string // countries: "Afghan", "Afghans"
	// Groups and organisations.
	Subtype   string   // jihadist, ethnic_separatist, ...; un, ngo, government, military, think_tank, media
	Parents   []string // affiliate_of / splinter_of targets (entry IDs)
	Countries []string // home countries of a group
}

// Match is one name found in text.
type Match struct {
	Start, End int // byte offsets
	Text       string
	Entry      *Entry   // the chosen reading
	Candidates []*Entry // every reading of the surface form, best first
	Demonym    bool     // matched a country's demonym or adjective
	Why        string   // how an ambiguity was resolved
}

// Gazetteer is an immutable, concurrency-safe set of entries and an index.
type Gazetteer struct{}

// Default returns the embedded gazetteer, loaded once.
// TODO(gazetteer owner): implement.
func Default() *Gazetteer { return &Gazetteer{} }

// Match finds names in text: word-aligned, longest first, non-overlapping,
// ambiguities resolved by context.
// TODO(gazetteer owner): implement.
func (g *Gazetteer) Match(text string) []Match { return nil }

// Lookup returns every entry a name may denote, best first.
// TODO(gazetteer owner): implement.
func (g *Gazetteer) Lookup(name string) []*Entry { return nil }

// Get returns the entry with the given ID, or nil.
// TODO(gazetteer owner): implement.
func (g *Gazetteer) Get(id string) *Entry { return nil }
