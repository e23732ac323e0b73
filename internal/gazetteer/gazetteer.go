// Package gazetteer knows the world the extractor must recognise: countries
// with demonyms, first-level divisions and populated places with
// coordinates (GeoNames, CC-BY 4.0), spelling variants, regions, armed
// groups and organisations. Data is embedded; Match finds names in text.
// Pure: it never imports store or config.
package gazetteer

import (
	"fmt"
	"io"
	"sync"
	"sync/atomic"
)

// Entry kinds.
const (
	KindCountry = "country"
	KindAdmin1  = "admin1"
	KindAdmin2  = "admin2" // district, county, qada, ...
	KindPlace   = "place"  // populated place or site
	KindSite    = "site"   // airport, prison, landmark (curated)
	KindRegion  = "region" // Sahel, Central Asia, Khorasan, Kashmir, ...
	KindGroup   = "armed_group"
	KindOrg     = "organization"
	KindPerson  = "person"
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
	Type     string
	Aliases  []string
	Country  string // ISO 3166-1 alpha-2; "" for multi-country regions and groups
	Admin1   string // admin-1 entry ID of a place
	Lat      float64
	Lon      float64
	HasCoord bool
	// Population of a place (0 when unknown); for countries and divisions
	// the summed population of their places in the data.
	Population int
	Demonyms   []string // countries: "Afghan", "Afghans"
	// Groups and organisations.
	Subtype   string   // jihadist, ethnic_separatist, ...; un, ngo, government, military, think_tank, media
	Parents   []string // affiliate_of / splinter_of targets (entry IDs)
	Countries []string // home countries of a group

	Admin2    string     // admin-2 entry ID of a place, when known
	Feature   string     // GeoNames feature code of a place (PPLA, PPLC, ...); seat or centroid of a division
	Within    string     // a site's containing place, by name ("Kabul")
	Active    string     // a group's active years: "2015-", "1994-2001"
	Relations []Relation // a group's parents with their relation; a person's groups with role
}

// Relation links a group to a parent group or a person to a group.
type Relation struct {
	Target string // entry ID
	Kind   string // affiliate_of, splinter_of, allied_with; leader, member, ...
}

// IsPlace reports whether the entry is a location of any kind.
func (e *Entry) IsPlace() bool { return e.Type == "location" }

// Match is one name found in text.
type Match struct {
	Start, End int // byte offsets
	Text       string
	Entry      *Entry   // the chosen reading
	Candidates []*Entry // the readings of the surface form, best first (at most 20)
	Demonym    bool     // matched a country's demonym or adjective
	Why        string   // how an ambiguity was resolved
}

// Gazetteer is an immutable, concurrency-safe set of entries and an index.
// It reads a compact snapshot (see snapshot.go): entries are fixed-size
// records in one string, built into an Entry only when a caller asks for
// one, and the name index is a flat hash table over keys stored in the
// same string, so loading allocates little and the collector has almost
// nothing to scan.
type Gazetteer struct {
	data  string // the snapshot
	n     int    // entries
	recAt int    // offset of the entry records in data
	// entries caches the Entry built for each record, so every caller sees
	// the same pointer for the same entry.
	entries []atomic.Pointer[Entry]
	keys    []keyRec  // index keys and key prefixes
	ps      []posting // readings of every key, key after key, best first
	keyTab  strTable  // key hash → keys
	idTab   strTable  // entry ID hash → entries
	// firstWords filters words that start no key.
	firstWords firstWordFilter
	maxN       int              // most tokens in a key
	country    map[string]int32 // ISO code → country entry
	// countryWhy is the explanation "country XX named in document".
	countryWhy map[string]string
	// warnings are problems found in the curated tables while loading.
	warnings []string
	// fuzzyAt and fuzzyN locate the sorted transliteration skeletons.
	fuzzyAt, fuzzyN int
}

// posting is one reading of a key.
type posting struct {
	entry int32
	flag  uint8
}

// Kind codes of the snapshot's entry records, in the order of kindNames.
const (
	kCountry uint8 = iota
	kAdmin1
	kAdmin2
	kPlace
	kSite
	kRegion
	kGroup
	kOrg
	kPerson
	kUnknown
)

var kindNames = [...]string{KindCountry, KindAdmin1, KindAdmin2, KindPlace, KindSite, KindRegion, KindGroup, KindOrg, KindPerson}

// kindCode returns the code of an entry kind, kUnknown for any other.
func kindCode(kind string) uint8 {
	for i, k := range kindNames {
		if k == kind {
			return uint8(i)
		}
	}
	return kUnknown
}

var (
	defaultOnce sync.Once
	defaultGaz  *Gazetteer
	defaultErr  error
)

// Default returns the embedded gazetteer, loaded once. The embedded data is
// validated by the package tests, so a load failure is a build defect and
// panics.
func Default() *Gazetteer {
	defaultOnce.Do(func() { defaultGaz, defaultErr = Load() })
	if defaultErr != nil {
		panic(fmt.Sprintf("gazetteer: embedded data: %v", defaultErr))
	}
	return defaultGaz
}

// Load returns the embedded gazetteer, read from its snapshot (cached on
// disk, see cache.go), plus extra JSON files of groups, organisations or
// people (the curated schema; a record's kind comes from an "org:"/"per:"
// ID prefix or a "groups" field, else it is an armed group). A record whose
// ID exists adds its aliases to that entry. With extra files the index is
// rebuilt from the embedded source tables, which takes about a CPU-second.
func Load(extra ...io.Reader) (*Gazetteer, error) {
	if len(extra) == 0 {
		data, err := snapshot()
		if err != nil {
			return nil, err
		}
		return open(data)
	}
	b, err := buildSources(extra...)
	if err != nil {
		return nil, err
	}
	data, err := b.encode()
	if err != nil {
		return nil, err
	}
	return open(string(data))
}

// buildSources builds the gazetteer from the embedded source tables and
// extra files, the slow way a snapshot is built.
func buildSources(extra ...io.Reader) (*built, error) {
	b := newBuilder()
	if err := b.loadEmbedded(); err != nil {
		return nil, err
	}
	for n, r := range extra {
		if err := b.loadJSON(r, fmt.Sprintf("extra file %d", n+1), ""); err != nil {
			return nil, err
		}
	}
	return b.finish(), nil
}

// Get returns the entry with the given ID, or nil.
func (g *Gazetteer) Get(id string) *Entry {
	if i := g.find(id); i >= 0 {
		return g.entry(i)
	}
	return nil
}

// Country returns the country with the ISO 3166-1 alpha-2 code, or nil.
func (g *Gazetteer) Country(code string) *Entry {
	if i, ok := g.country[code]; ok {
		return g.entry(i)
	}
	return nil
}

// Len returns the number of entries.
func (g *Gazetteer) Len() int { return g.n }

// Warnings lists problems found while loading the curated tables (an alias
// row naming no entry, say). The package tests require it to be empty.
func (g *Gazetteer) Warnings() []string { return g.warnings }
