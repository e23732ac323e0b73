package gazetteer

import (
	"cmp"
	"encoding/binary"
	"fmt"
	"math"
	"slices"
	"sort"
)

// A snapshot is the compact form of the embedded gazetteer: what
// buildSources makes of places.tsv.gz and data/, encoded by encode. It is
// read in place (see open), so a process pays almost nothing to load it.
// It is built on first use and cached on disk (see cache.go), never kept
// in the repository.
//
// The snapshot is little-endian: a header of u32 fields, then a string
// arena (each string a uvarint length and its bytes, referred to by its
// offset; offset 0 is the empty string) with the variable-length parts of
// entries and the fuzzy lists, then fixed-size tables: entry records, key
// records, postings, fuzzy records and the first-word filter.
const (
	snapMagic   = "DGZ1"
	snapVersion = 1
)

// Header fields, as u32 indexes after the magic.
const (
	hVersion = iota
	hEntries
	hRecAt
	hKeys
	hKeyAt
	hPostings
	hPostAt
	hFuzzy
	hFuzzyAt
	hFilterAt
	hMaxN
	hWarnAt
	hFields
)

const headerSize = 4 + 4*hFields

// An entry record is recSize bytes: string offsets of ID, name, country,
// admin-1, admin-2 and feature; the offset of its variable part (0: none);
// kind code; flags; population (i64); latitude and longitude (f64 bits).
const (
	recID      = 0
	recName    = 4
	recCountry = 8
	recAdmin1  = 12
	recAdmin2  = 16
	recFeature = 20
	recMore    = 24
	recKind    = 28
	recFlags   = 29
	recPop     = 32
	recLat     = 40
	recLon     = 48
	recSize    = 56
)

// Record flags.
const (
	recHasCoord = 1 << iota
	recLocation // Type is "location" (else Type is Kind)
)

// The variable part of an entry starts with a byte saying which slices are
// non-nil; each present slice is a uvarint count and string offsets (two
// per relation); Subtype, Within and Active follow as string offsets.
const (
	moreAliases = 1 << iota
	moreDemonyms
	moreParents
	moreCountries
	moreRelations
)

// A key record is keySize bytes: string offset of the key, first posting,
// posting count (u16) and key flags. A posting is a u32: entry index in
// the low 24 bits, form flags above. A fuzzy record is the string offset
// of its skeleton key and the offset of its entry list (uvarint count and
// uvarint entry indexes, best first).
const (
	keySize   = 12
	fuzzySize = 8
)

// Key flags.
const (
	keyIsPrefix = 1 << iota // longer keys continue this one
	keyLower                // a key or prefix that may start lower-case
)

// encoder writes a snapshot.
type encoder struct {
	out  []byte
	strs map[string]uint32
}

// str interns s in the arena and returns its offset.
func (w *encoder) str(s string) uint32 {
	if s == "" {
		return 0
	}
	if off, ok := w.strs[s]; ok {
		return off
	}
	off := uint32(len(w.out))
	w.out = binary.AppendUvarint(w.out, uint64(len(s)))
	w.out = append(w.out, s...)
	w.strs[s] = off
	return off
}

// encode returns the snapshot of the built gazetteer. Its bytes depend
// only on the built contents, so regenerating from the same sources
// reproduces the file.
func (g *built) encode() ([]byte, error) {
	if len(g.entries) >= 1<<24 {
		return nil, fmt.Errorf("gazetteer: snapshot: %d entries, at most %d fit", len(g.entries), 1<<24-1)
	}
	w := &encoder{out: make([]byte, headerSize, 32<<20), strs: make(map[string]uint32, 1<<20)}
	var hdr [hFields]uint32
	hdr[hVersion], hdr[hEntries], hdr[hMaxN] = snapVersion, uint32(len(g.entries)), uint32(g.maxN)
	recs := make([]byte, 0, len(g.entries)*recSize)
	for i := range g.entries {
		r, err := w.record(&g.entries[i])
		if err != nil {
			return nil, err
		}
		recs = append(recs, r[:]...)
	}
	keys, posts, err := w.keys(g)
	if err != nil {
		return nil, err
	}
	fuzzy := w.fuzzy(g.buildFuzzy())
	hdr[hKeys], hdr[hPostings], hdr[hFuzzy] = uint32(len(keys)/keySize), uint32(len(posts)/4), uint32(len(fuzzy)/fuzzySize)
	warn := make([]uint32, len(g.warnings))
	for i, s := range g.warnings {
		warn[i] = w.str(s)
	}
	hdr[hWarnAt] = uint32(len(w.out))
	w.out = binary.AppendUvarint(w.out, uint64(len(warn)))
	for _, s := range warn {
		w.out = binary.AppendUvarint(w.out, uint64(s))
	}
	for _, sec := range []struct {
		at   int
		data []byte
	}{{hRecAt, recs}, {hKeyAt, keys}, {hPostAt, posts}, {hFuzzyAt, fuzzy}} {
		hdr[sec.at] = uint32(len(w.out))
		w.out = append(w.out, sec.data...)
	}
	hdr[hFilterAt] = uint32(len(w.out))
	for _, set := range [][]uint64{g.firstWords.any, g.firstWords.lower} {
		for _, x := range set {
			w.out = binary.LittleEndian.AppendUint64(w.out, x)
		}
	}
	if uint64(len(w.out)) > math.MaxUint32 {
		return nil, fmt.Errorf("gazetteer: snapshot: %d bytes, too large", len(w.out))
	}
	copy(w.out, snapMagic)
	for i, v := range hdr {
		binary.LittleEndian.PutUint32(w.out[4+4*i:], v)
	}
	return w.out, nil
}

// record encodes one entry; its strings and variable part go to the arena.
func (w *encoder) record(e *Entry) ([recSize]byte, error) {
	var r [recSize]byte
	kind := kindCode(e.Kind)
	if kind == kUnknown {
		return r, fmt.Errorf("gazetteer: snapshot: entry %s: unknown kind %q", e.ID, e.Kind)
	}
	var flags byte
	switch e.Type {
	case "location":
		flags |= recLocation
	case e.Kind:
	default:
		return r, fmt.Errorf("gazetteer: snapshot: entry %s: type %q is neither location nor its kind", e.ID, e.Type)
	}
	if e.HasCoord {
		flags |= recHasCoord
	}
	le := binary.LittleEndian
	for _, f := range []struct {
		at int
		s  string
	}{{recID, e.ID}, {recName, e.Name}, {recCountry, e.Country}, {recAdmin1, e.Admin1}, {recAdmin2, e.Admin2}, {recFeature, e.Feature}} {
		le.PutUint32(r[f.at:], w.str(f.s))
	}
	le.PutUint32(r[recMore:], w.more(e))
	r[recKind], r[recFlags] = kind, flags
	le.PutUint64(r[recPop:], uint64(int64(e.Population)))
	le.PutUint64(r[recLat:], math.Float64bits(e.Lat))
	le.PutUint64(r[recLon:], math.Float64bits(e.Lon))
	return r, nil
}

// more writes an entry's variable part and returns its offset, 0 when the
// entry has none.
func (w *encoder) more(e *Entry) uint32 {
	lists := []struct {
		bit byte
		s   []string
	}{{moreAliases, e.Aliases}, {moreDemonyms, e.Demonyms}, {moreParents, e.Parents}, {moreCountries, e.Countries}}
	var mask byte
	var refs []uint32
	for _, l := range lists {
		if l.s != nil {
			mask |= l.bit
			refs = append(refs, uint32(len(l.s)))
			for _, s := range l.s {
				refs = append(refs, w.str(s))
			}
		}
	}
	if e.Relations != nil {
		mask |= moreRelations
		refs = append(refs, uint32(len(e.Relations)))
		for _, r := range e.Relations {
			refs = append(refs, w.str(r.Target), w.str(r.Kind))
		}
	}
	tail := []uint32{w.str(e.Subtype), w.str(e.Within), w.str(e.Active)}
	if mask == 0 && tail[0] == 0 && tail[1] == 0 && tail[2] == 0 {
		return 0
	}
	off := uint32(len(w.out))
	w.out = append(w.out, mask)
	for _, v := range append(refs, tail...) {
		w.out = binary.AppendUvarint(w.out, uint64(v))
	}
	return off
}

// keys encodes the index, keys in byte order, and its postings.
func (w *encoder) keys(g *built) (keys, posts []byte, err error) {
	names := make([]string, 0, len(g.index))
	for k := range g.index {
		names = append(names, k)
	}
	sort.Strings(names)
	le := binary.LittleEndian
	keys = make([]byte, 0, len(names)*keySize)
	for _, k := range names {
		kn := g.index[k]
		if len(kn.ps) > math.MaxUint16 {
			return nil, nil, fmt.Errorf("gazetteer: snapshot: key %q has %d readings", k, len(kn.ps))
		}
		var r [keySize]byte
		le.PutUint32(r[0:], w.str(k))
		le.PutUint32(r[4:], uint32(len(posts)/4))
		le.PutUint16(r[8:], uint16(len(kn.ps)))
		if kn.prefix {
			r[10] |= keyIsPrefix
		}
		if _, ok := g.lower[k]; ok {
			r[10] |= keyLower
		}
		keys = append(keys, r[:]...)
		for _, p := range kn.ps {
			posts = le.AppendUint32(posts, uint32(p.entry)|uint32(p.flag)<<24)
		}
	}
	return keys, posts, nil
}

// fuzzy encodes the skeleton index, keys in byte order.
func (w *encoder) fuzzy(fz map[string][]int32) []byte {
	names := make([]string, 0, len(fz))
	for k := range fz {
		names = append(names, k)
	}
	sort.Strings(names)
	recs := make([]byte, 0, len(names)*fuzzySize)
	for _, k := range names {
		key := w.str(k)
		off := uint32(len(w.out))
		w.out = binary.AppendUvarint(w.out, uint64(len(fz[k])))
		for _, id := range fz[k] {
			w.out = binary.AppendUvarint(w.out, uint64(id))
		}
		recs = binary.LittleEndian.AppendUint32(recs, key)
		recs = binary.LittleEndian.AppendUint32(recs, off)
	}
	return recs
}

// buildFuzzy indexes the skeletons of every location's names and aliases,
// most populous first (ties by entry index, so the lists do not depend on
// the order the map is walked in).
func (g *built) buildFuzzy() map[string][]int32 {
	fz := make(map[string][]int32, len(g.index))
	for k, kn := range g.index {
		sk := skeleton(k)
		if len(sk) < 4 {
			continue
		}
		var sKey, cKey string
		for _, p := range kn.ps {
			if !g.entries[p.entry].IsPlace() || p.flag&flagDemonym != 0 {
				continue
			}
			if sKey == "" {
				sKey, cKey = "s:"+sk, "c:"+consonants(sk)
			}
			fz[sKey] = append(fz[sKey], p.entry)
			fz[cKey] = append(fz[cKey], p.entry)
		}
	}
	score := make([]float64, len(g.entries))
	for i := range g.entries {
		score[i] = g.staticScore(posting{entry: int32(i)})
	}
	for k, ids := range fz {
		slices.SortFunc(ids, func(a, b int32) int {
			if c := cmp.Compare(score[b], score[a]); c != 0 {
				return c
			}
			return cmp.Compare(a, b)
		})
		fz[k] = slices.Compact(ids) // an entry reached by several keys
	}
	return fz
}
