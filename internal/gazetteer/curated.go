package gazetteer

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"strconv"
	"strings"

	"dossier/internal/gazetteer/norm"
)

// arabicArticles are transliterated articles that place names carry or drop
// ("Al Ḩawījah" / "Hawija", "Ar Ramādī" / "Ramadi").
var arabicArticles = []string{"al ", "el ", "as ", "ad ", "ar ", "an ", "at ", "ash ", "az ", "ath ", "adh "}

// addDerivedKeys indexes rule-derived forms of a GeoNames name: the name
// without an administrative word ("Kunar Province" → "kunar") and without an
// Arabic article.
func (b *builder) addDerivedKeys(i int) {
	e := &b.entries[i]
	// The name's key is the last form add indexed for this entry.
	k := ""
	if n := len(b.forms); n > 0 && b.forms[n-1].entry == int32(i) && b.forms[n-1].flag&flagAlias == 0 {
		k = b.forms[n-1].key
	} else {
		k = normKey(e.Name)
	}
	if e.Kind == KindAdmin1 || e.Kind == KindAdmin2 {
		if s := norm.StripAdminWords(e.Name); s != "" {
			b.addKey(i, s, flagDerived)
			k = s
		}
	}
	for _, a := range arabicArticles {
		if strings.HasPrefix(k, a) && len(k)-len(a) >= 4 {
			b.addKey(i, k[len(a):], flagDerived)
			break
		}
	}
}

// loadCountries reads data/countries.tsv: code, name, aliases, demonyms.
func (b *builder) loadCountries(fsys fs.FS) error {
	f, err := fsys.Open("data/countries.tsv")
	if err != nil {
		return fmt.Errorf("gazetteer: open countries: %w", err)
	}
	defer f.Close()
	return readTSV(f, "countries.tsv", func(_ int, f []string) error {
		if len(f) < 4 {
			return fmt.Errorf("want 4 fields, got %d", len(f))
		}
		e := Entry{ID: f[0], Name: f[1], Kind: KindCountry, Type: "location", Country: f[0], Aliases: split(f[2])}
		e.Demonyms = split(f[3])
		i := b.add(e)
		for _, d := range e.Demonyms {
			b.addKey(i, normKey(d), flagAlias|flagDemonym)
		}
		return nil
	})
}

// weakAliases separates aliases marked with a trailing "?" (used only when
// the document names the entry's country) from the others.
func weakAliases(all []string) (plain, weak []string) {
	for _, a := range all {
		if strings.HasSuffix(a, "?") {
			weak = append(weak, strings.TrimSuffix(a, "?"))
		} else {
			plain = append(plain, a)
		}
	}
	return plain, weak
}

func split(s string) []string {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	var out []string
	for _, p := range strings.Split(s, "|") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// loadRegions reads data/regions.tsv: regions, named sites and towns the
// GeoNames extracts lack.
func (b *builder) loadRegions(fsys fs.FS) error {
	f, err := fsys.Open("data/regions.tsv")
	if err != nil {
		return fmt.Errorf("gazetteer: open regions: %w", err)
	}
	defer f.Close()
	return readTSV(f, "regions.tsv", func(_ int, f []string) error {
		if len(f) < 8 {
			return fmt.Errorf("want 8 fields, got %d", len(f))
		}
		aliases, weak := weakAliases(split(f[3]))
		e := Entry{ID: f[0], Kind: f[1], Name: f[2], Type: "location", Aliases: aliases, Countries: split(f[4])}
		if e.Kind != KindRegion && e.Kind != KindSite && e.Kind != KindPlace {
			return fmt.Errorf("kind %q is not region, site or place", e.Kind)
		}
		if len(e.Countries) == 1 {
			e.Country = e.Countries[0]
		}
		if f[5] != "" {
			lat, err1 := strconv.ParseFloat(f[5], 64)
			lon, err2 := strconv.ParseFloat(f[6], 64)
			if err1 != nil || err2 != nil {
				return fmt.Errorf("bad coordinates %q, %q", f[5], f[6])
			}
			e.Lat, e.Lon, e.HasCoord = lat, lon, true
		}
		e.Within = f[7]
		if e.Kind == KindPlace {
			e.Feature = "curated"
		}
		i := b.add(e)
		for _, w := range weak {
			b.addKey(i, normKey(w), flagAlias|flagWeak)
		}
		return nil
	})
}

// loadPlaceAliases reads data/place_aliases.tsv and attaches each row's
// aliases to the GeoNames entry it names. It must run after loadPlaces.
func (b *builder) loadPlaceAliases(fsys fs.FS, idx map[string][]int32) error {
	f, err := fsys.Open("data/place_aliases.tsv")
	if err != nil {
		return fmt.Errorf("gazetteer: open place aliases: %w", err)
	}
	defer f.Close()
	return readTSV(f, "place_aliases.tsv", func(line int, f []string) error {
		if len(f) < 4 {
			return fmt.Errorf("want 4 fields, got %d", len(f))
		}
		i := b.resolveRow(idx, f[0], f[1], f[2])
		if i < 0 {
			b.errorf("place_aliases.tsv:%d: no %s named %q in %s", line, f[1], f[2], f[0])
			return nil
		}
		for _, a := range split(f[3]) {
			if strings.HasSuffix(a, "?") {
				b.addKey(i, normKey(strings.TrimSuffix(a, "?")), flagAlias|flagWeak)
				continue
			}
			b.addAlias(i, a)
		}
		return nil
	})
}

// resolveRow finds the entry of the given country and kind whose name (or
// name without an administrative word) has the key of name; the most
// populous wins.
func (b *builder) resolveRow(idx map[string][]int32, country, kind, name string) int {
	best := -1
	for _, k := range []string{normKey(name), norm.StripAdminWords(name)} {
		for _, i := range idx[k] {
			e := &b.entries[i]
			if e.Country != country || e.Kind != kind {
				continue
			}
			if best < 0 || e.Population > b.entries[best].Population {
				best = int(i)
			}
		}
		if best >= 0 {
			return best
		}
	}
	return best
}

// jsonRef is a parent group or a person's group.
type jsonRef struct {
	ID       string `json:"id"`
	Relation string `json:"relation,omitempty"`
	Role     string `json:"role,omitempty"`
}

// jsonRecord is the union of the groups, organizations and people schemas.
type jsonRecord struct {
	ID        string    `json:"id"`
	Name      string    `json:"name"`
	Aliases   []string  `json:"aliases"`
	Subtype   string    `json:"subtype"`
	Parents   []jsonRef `json:"parents"`
	Countries []string  `json:"countries"`
	Country   string    `json:"country"`
	Active    string    `json:"active"`
	Groups    []jsonRef `json:"groups"`
}

// loadJSON reads one curated file of groups, organisations or people, or a
// user's file of any of them (a record's kind then comes from its ID prefix
// or its fields).
func (b *builder) loadJSON(r io.Reader, name, kind string) error {
	recs, err := decodeRecords(r)
	if err != nil {
		return fmt.Errorf("gazetteer: parse %s: %w", name, err)
	}
	for n, rec := range recs {
		e, err := recordEntry(rec, kind)
		if err != nil {
			return fmt.Errorf("gazetteer: %s: record %d: %w", name, n+1, err)
		}
		if _, known := b.byID[e.ID]; !known && strings.TrimSpace(e.Name) == "" {
			return fmt.Errorf("gazetteer: %s: record %d: %q is not a known entry, so it needs a name", name, n+1, e.ID)
		}
		b.add(e)
	}
	return nil
}

// decodeRecords reads a JSON array of records or JSON Lines (one record
// per line).
func decodeRecords(r io.Reader) ([]jsonRecord, error) {
	br := bufio.NewReader(r)
	for {
		c, err := br.ReadByte()
		if err == io.EOF {
			return nil, nil
		}
		if err != nil {
			return nil, err
		}
		if c == ' ' || c == '\n' || c == '\r' || c == '\t' {
			continue
		}
		br.UnreadByte()
		break
	}
	dec := json.NewDecoder(br)
	if c, _ := br.Peek(1); len(c) == 1 && c[0] == '[' {
		var recs []jsonRecord
		err := dec.Decode(&recs)
		return recs, err
	}
	var recs []jsonRecord
	for n := 1; ; n++ {
		var rec jsonRecord
		err := dec.Decode(&rec)
		if err == io.EOF {
			return recs, nil
		}
		if err != nil {
			return nil, fmt.Errorf("record %d: %w", n, err)
		}
		recs = append(recs, rec)
	}
}

var kindPrefix = map[string]string{KindGroup: "grp:", KindOrg: "org:", KindPerson: "per:"}

func recordEntry(rec jsonRecord, kind string) (Entry, error) {
	if kind == "" {
		kind = guessKind(rec)
	}
	if rec.ID == "" {
		return Entry{}, fmt.Errorf("id is required")
	}
	id := rec.ID
	if !strings.Contains(id, ":") {
		id = kindPrefix[kind] + id
	}
	e := Entry{ID: id, Name: rec.Name, Kind: kind, Type: kind, Aliases: rec.Aliases,
		Subtype: rec.Subtype, Countries: rec.Countries, Country: rec.Country, Active: rec.Active}
	for _, p := range rec.Parents {
		e.Parents = append(e.Parents, kindPrefix[KindGroup]+strings.TrimPrefix(p.ID, "grp:"))
		e.Relations = append(e.Relations, Relation{Target: kindPrefix[KindGroup] + strings.TrimPrefix(p.ID, "grp:"), Kind: p.Relation})
	}
	for _, g := range rec.Groups {
		e.Relations = append(e.Relations, Relation{Target: kindPrefix[KindGroup] + strings.TrimPrefix(g.ID, "grp:"), Kind: g.Role})
	}
	if e.Country == "" && len(e.Countries) == 1 {
		e.Country = e.Countries[0]
	}
	return e, nil
}

// guessKind decides what a user-supplied record is.
func guessKind(rec jsonRecord) string {
	switch {
	case strings.HasPrefix(rec.ID, "org:"):
		return KindOrg
	case strings.HasPrefix(rec.ID, "per:"), len(rec.Groups) > 0:
		return KindPerson
	}
	return KindGroup
}

// loadPlaceCoords reads data/place_coords.tsv: coordinates for divisions
// the generated data leaves without any. It must run after loadPlaces.
func (b *builder) loadPlaceCoords(fsys fs.FS, idx map[string][]int32) error {
	f, err := fsys.Open("data/place_coords.tsv")
	if err != nil {
		return fmt.Errorf("gazetteer: open place coordinates: %w", err)
	}
	defer f.Close()
	return readTSV(f, "place_coords.tsv", func(line int, f []string) error {
		if len(f) < 5 {
			return fmt.Errorf("want 5 fields, got %d", len(f))
		}
		lat, err1 := strconv.ParseFloat(f[3], 64)
		lon, err2 := strconv.ParseFloat(f[4], 64)
		if err1 != nil || err2 != nil {
			return fmt.Errorf("bad coordinates %q, %q", f[3], f[4])
		}
		i := b.resolveRow(idx, f[0], f[1], f[2])
		if i < 0 {
			b.errorf("place_coords.tsv:%d: no %s named %q in %s", line, f[1], f[2], f[0])
			return nil
		}
		e := &b.entries[i]
		e.Lat, e.Lon, e.HasCoord, e.Feature = lat, lon, true, "curated"
		return nil
	})
}
