package gazetteer

import (
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strings"

	"dossier/internal/gazetteer/norm"
)

// normKey is the lookup key of a surface form.
func normKey(s string) string { return norm.Key(s) }

// curatedJSON lists the curated knowledge files and the kind of their records.
var curatedJSON = []struct{ file, kind string }{
	{"data/groups.json", KindGroup},
	{"data/organizations.json", KindOrg},
	{"data/people.json", KindPerson},
}

// loadEmbedded loads every embedded table in dependency order.
func (b *builder) loadEmbedded() error {
	if err := b.loadCountries(curatedFS); err != nil {
		return err
	}
	if err := b.loadPlaces(); err != nil {
		return err
	}
	idx := b.tempIndex(wantedKeys(curatedFS, "data/place_aliases.tsv", "data/place_coords.tsv"))
	if err := b.loadPlaceAliases(curatedFS, idx); err != nil {
		return err
	}
	if err := b.loadPlaceCoords(curatedFS, idx); err != nil {
		return err
	}
	if err := b.loadRegions(curatedFS); err != nil {
		return err
	}
	for _, c := range curatedJSON {
		f, err := curatedFS.Open(c.file)
		if errors.Is(err, fs.ErrNotExist) {
			continue // not written yet
		}
		if err != nil {
			return fmt.Errorf("gazetteer: open %s: %w", c.file, err)
		}
		err = b.loadJSON(f, c.file, c.kind)
		f.Close()
		if err != nil {
			return err
		}
	}
	return nil
}

// tempIndex maps each wanted key indexed so far to its entries.
func (b *builder) tempIndex(wanted map[string]bool) map[string][]int32 {
	idx := make(map[string][]int32, len(wanted))
	for _, f := range b.forms {
		if wanted[f.key] {
			idx[f.key] = append(idx[f.key], f.entry)
		}
	}
	return idx
}

// wantedKeys returns the keys of the names the curated place tables refer
// to (third column), so resolving them needs no full index.
func wantedKeys(fsys fs.FS, files ...string) map[string]bool {
	want := map[string]bool{}
	for _, name := range files {
		f, err := fsys.Open(name)
		if err != nil {
			continue // reported when the table itself is read
		}
		readTSV(f, name, func(_ int, fields []string) error {
			if len(fields) >= 3 {
				want[normKey(fields[2])] = true
				want[norm.StripAdminWords(fields[2])] = true
			}
			return nil
		})
		f.Close()
	}
	return want
}

// built is the gazetteer as the builder leaves it: entries as structs and
// the index as maps. It is an intermediate form only: encode turns it into
// the compact snapshot a Gazetteer reads.
type built struct {
	entries []Entry
	byID    map[string]int32
	index   map[string]keyNode  // normalised key or key prefix → readings, best first
	lower   map[string]struct{} // keys and prefixes that may start lower-case
	// firstWords filters words that start no key.
	firstWords firstWordFilter
	maxN       int // most tokens in a key
	warnings   []string
}

// keyNode is what the index knows about a key: its readings, and whether
// longer keys continue it.
type keyNode struct {
	ps     []posting
	prefix bool
}

// finish derives coordinates and populations of countries and divisions,
// and builds the match index.
func (b *builder) finish() *built {
	g := &built{entries: b.entries, byID: b.byID, warnings: b.errs}
	g.sumPopulations()
	g.placeCountries()
	g.buildIndex(b.forms)
	g.seatDivisions()
	return g
}

// get returns the entry with the given ID, or nil.
func (g *built) get(id string) *Entry {
	if i, ok := g.byID[id]; ok {
		return &g.entries[i]
	}
	return nil
}

// sumPopulations gives divisions and countries the summed population of
// their places, so "most populous reading" works for them too.
func (g *built) sumPopulations() {
	for i := range g.entries {
		e := &g.entries[i]
		if e.Kind != KindPlace || e.Population == 0 {
			continue
		}
		for _, id := range []string{e.Admin1, e.Admin2, e.Country} {
			if p := g.get(id); p != nil && p != e && p.Kind != KindPlace {
				p.Population += e.Population
			}
		}
	}
}

// placeCountries puts each country at its capital (PPLC), else at its most
// populous place.
func (g *built) placeCountries() {
	best := map[string]*Entry{}
	for i := range g.entries {
		e := &g.entries[i]
		if e.Kind != KindPlace || !e.HasCoord {
			continue
		}
		cur := best[e.Country]
		capital := e.Feature == "PPLC"
		switch {
		case cur == nil:
		case capital && cur.Feature != "PPLC":
		case capital == (cur.Feature == "PPLC") && e.Population > cur.Population:
		default:
			continue
		}
		best[e.Country] = e
	}
	for i := range g.entries {
		if c := &g.entries[i]; c.Kind == KindCountry {
			if p := best[c.ID]; p != nil {
				c.Lat, c.Lon, c.HasCoord = p.Lat, p.Lon, true
			}
		}
	}
}

// buildIndex fills the key index, sorted best reading first, the prefix
// flags the matcher uses to stop extending an n-gram early, and the small
// set of keys and prefixes that may start with a lower-case word (names of
// groups, organisations and people: places must be capitalised).
func (g *built) buildIndex(forms []form) {
	g.index = make(map[string]keyNode, len(forms)/2)
	g.lower = make(map[string]struct{}, 4096)
	g.firstWords = newFirstWordFilter()
	for _, f := range forms {
		kn := g.index[f.key]
		dup := false
		for j, p := range kn.ps {
			if p.entry == f.entry {
				kn.ps[j].flag &= f.flag // the plainest form wins
				dup = true
			}
		}
		if !dup {
			kn.ps = append(kn.ps, posting{entry: f.entry, flag: f.flag})
		}
		g.index[f.key] = kn
		if n := strings.Count(f.key, " ") + 1; n > g.maxN {
			g.maxN = n
		}
		lowerOK := !g.entries[f.entry].IsPlace()
		if lowerOK {
			g.lower[f.key] = struct{}{}
		}
		first, _, _ := strings.Cut(f.key, " ")
		g.firstWords.add(norm.Hash([]byte(first)), lowerOK)
		for k := f.key; ; {
			j := strings.LastIndexByte(k, ' ')
			if j < 0 {
				break
			}
			k = k[:j]
			p := g.index[k]
			p.prefix = true
			g.index[k] = p
			if lowerOK {
				g.lower[k] = struct{}{}
			}
		}
	}
	for _, kn := range g.index {
		ps := kn.ps
		if len(ps) < 2 {
			continue
		}
		sort.SliceStable(ps, func(a, b int) bool {
			return g.staticScore(ps[a]) > g.staticScore(ps[b])
		})
	}
}

// postings returns the readings of a key, best first.
func (g *built) postings(key string) []posting { return g.index[key].ps }

// staticScore is Gazetteer.staticScore on the builder's entries.
func (g *built) staticScore(p posting) float64 {
	e := &g.entries[p.entry]
	return staticScore(kindCode(e.Kind), e.Population, e.Feature, p.flag)
}

// staticScore ranks the readings of one key without context: countries,
// then curated regions, groups and organisations, then divisions and places
// by population; forms derived by rule rank below names and aliases.
func staticScore(kind uint8, population int, feature string, flag uint8) float64 {
	var s float64
	switch kind {
	case kCountry:
		s = 1e12
	case kRegion, kSite:
		s = 1e10
	case kGroup, kOrg:
		s = 1e10
		if flag&flagAlias != 0 {
			s = 0.9e10 // "Khorasan Province" alone is the region
		}
	case kPerson:
		s = 1e9
	case kAdmin1:
		s = 1e6 + float64(population)
	case kAdmin2:
		s = float64(population) * 0.5
	default:
		s = float64(population)*1.5 + featureBonus[feature]
	}
	if flag&flagDerived != 0 {
		s *= 0.5
	}
	if flag&flagWeak != 0 {
		s *= 0.001
	}
	if flag&flagAlias == 0 {
		s *= 1.01 // canonical name beats an equal alias
	}
	return s
}

// featureBonus ranks seats above other places of the same size; a curated
// town (population unknown) ranks like a small district seat.
var featureBonus = map[string]float64{"PPLC": 2e6, "PPLA": 5e5, "PPLA2": 5e4, "PPLA3": 5e3, "curated": 1e4}

// seatDivisions moves a district placed at the centroid of its places to
// the place that bears its name in the same province, its likely seat
// ("Khuzdar District" → Khuzdar).
func (g *built) seatDivisions() {
	for i := range g.entries {
		e := &g.entries[i]
		if e.Kind != KindAdmin2 || e.Feature == "seat" || e.Feature == "curated" {
			continue
		}
		k := norm.StripAdminWords(e.Name)
		if k == "" {
			k = normKey(e.Name)
		}
		var seat *Entry
		for _, p := range g.postings(k) {
			c := &g.entries[p.entry]
			if c.Kind == KindPlace && c.HasCoord && c.Admin1 == e.Admin1 && (seat == nil || c.Population > seat.Population) {
				seat = c
			}
		}
		if seat != nil {
			e.Lat, e.Lon, e.HasCoord, e.Feature = seat.Lat, seat.Lon, true, "seat:"+seat.ID
		}
	}
}
