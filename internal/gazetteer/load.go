package gazetteer

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"embed"
	_ "embed"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// placesGz is the generated GeoNames extract (scripts/gen-gazetteer).
//
//go:embed places.tsv.gz
var placesGz []byte

// curatedFS holds the hand-written tables: countries, place aliases,
// regions and sites, and the armed groups, organisations and people files.
//
//go:embed data
var curatedFS embed.FS

// builder accumulates entries and their surface forms before indexing.
type builder struct {
	entries []Entry
	byID    map[string]int32
	forms   []form // every (key, entry) pair to index
	errs    []string
}

// form is one surface form of an entry.
type form struct {
	key   string
	entry int32
	flag  uint8
}

// Form flags.
const (
	flagAlias   uint8 = 1 << iota // an alias, not the canonical name
	flagDemonym                   // a country's demonym or adjective
	flagDerived                   // derived by rule (admin word or article stripped)
	flagAcronym                   // an all-caps short form: must match case
	flagWeak                      // a misspelling: only where the document names the country
)

func newBuilder() *builder {
	return &builder{byID: make(map[string]int32, 240000), entries: make([]Entry, 0, 240000),
		forms: make([]form, 0, 520000)}
}

// add appends an entry and indexes its name and aliases; it returns the
// entry's index. An entry whose ID exists already replaces nothing: its
// aliases are merged into the existing one.
func (b *builder) add(e Entry) int {
	if i, ok := b.byID[e.ID]; ok {
		for _, a := range e.Aliases {
			b.addAlias(int(i), a)
		}
		return int(i)
	}
	i := len(b.entries)
	b.byID[e.ID] = int32(i)
	aliases := e.Aliases
	e.Aliases = nil
	b.entries = append(b.entries, e)
	b.addForm(i, e.Name, 0)
	for _, a := range aliases {
		b.addAlias(i, a)
	}
	return i
}

// addAlias records an alias on entry i and indexes it.
func (b *builder) addAlias(i int, alias string) {
	alias = strings.TrimSpace(alias)
	if alias == "" || alias == b.entries[i].Name {
		return
	}
	for _, a := range b.entries[i].Aliases {
		if a == alias {
			return
		}
	}
	b.entries[i].Aliases = append(b.entries[i].Aliases, alias)
	b.addForm(i, alias, flagAlias)
}

func (b *builder) addForm(i int, s string, flag uint8) {
	k := normKey(s)
	if k == "" {
		return
	}
	if isAcronym(s) {
		flag |= flagAcronym
	}
	b.forms = append(b.forms, form{key: k, entry: int32(i), flag: flag})
}

// addKey indexes an already normalised key for entry i.
func (b *builder) addKey(i int, key string, flag uint8) {
	if key != "" {
		b.forms = append(b.forms, form{key: key, entry: int32(i), flag: flag})
	}
}

// isAcronym reports a short all-caps form such as "IS", "US", "ISK", "KP":
// such forms only match text written the same way.
func isAcronym(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			letters++
		case r >= 'a' && r <= 'z':
			return false
		case r == '.' || r == '-' || r >= '0' && r <= '9':
		default:
			return false
		}
	}
	return letters >= 1 && letters <= 5
}

func (b *builder) errorf(format string, args ...any) {
	b.errs = append(b.errs, fmt.Sprintf(format, args...))
}

// readTSV calls fn with the fields of each non-comment, non-blank line.
func readTSV(r io.Reader, name string, fn func(line int, f []string) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	n := 0
	fields := make([]string, 0, 12) // reused: fn keeps strings, never the slice
	for sc.Scan() {
		n++
		t := sc.Text()
		if t == "" || t[0] == '#' {
			continue
		}
		fields = fields[:0]
		for {
			j := strings.IndexByte(t, '\t')
			if j < 0 {
				fields = append(fields, t)
				break
			}
			fields = append(fields, t[:j])
			t = t[j+1:]
		}
		if err := fn(n, fields); err != nil {
			return fmt.Errorf("%s:%d: %w", name, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	return nil
}

// loadPlaces reads the generated GeoNames extract.
func (b *builder) loadPlaces() error {
	zr, err := gzip.NewReader(bytes.NewReader(placesGz))
	if err != nil {
		return fmt.Errorf("gazetteer: open places.tsv.gz: %w", err)
	}
	return readTSV(zr, "places.tsv.gz", func(_ int, f []string) error {
		if len(f) < 10 {
			return fmt.Errorf("want 10 fields, got %d", len(f))
		}
		e := Entry{ID: f[1], Name: f[2], Kind: f[0], Type: "location", Country: f[3], Admin1: f[4]}
		if e.Kind == KindAdmin1 {
			e.Admin1 = ""
		}
		if f[6] != "" {
			e.Lat, _ = strconv.ParseFloat(f[6], 64)
			e.Lon, _ = strconv.ParseFloat(f[7], 64)
			e.HasCoord = true
		}
		e.Population, _ = strconv.Atoi(f[8])
		e.Feature = f[9]
		e.Admin2 = f[5]
		if e.Kind == KindAdmin2 {
			e.Admin2 = ""
		}
		i := b.add(e)
		b.addDerivedKeys(i)
		return nil
	})
}
