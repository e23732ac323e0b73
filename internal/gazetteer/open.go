package gazetteer

import (
	"fmt"
	"math"
	"math/bits"
	"sync/atomic"
)

// keyRec is one key or key prefix of the index.
type keyRec struct {
	key   uint32 // string offset
	first uint32 // first posting in Gazetteer.ps
	n     uint16 // postings
	flags uint8  // keyIsPrefix, keyLower
}

// open reads a snapshot in place. It decodes the key records and postings
// (small, pointer-free arrays) and hashes keys and entry IDs into two
// tables; entry records stay in data until an Entry is asked for.
func open(data string) (*Gazetteer, error) {
	h, err := readHeader(data)
	if err != nil {
		return nil, err
	}
	g := &Gazetteer{data: data, n: h[hEntries], recAt: h[hRecAt], maxN: h[hMaxN],
		fuzzyAt: h[hFuzzyAt], fuzzyN: h[hFuzzy], country: map[string]int32{}, countryWhy: map[string]string{}}
	g.entries = make([]atomic.Pointer[Entry], g.n)
	g.ps = make([]posting, h[hPostings])
	for i := range g.ps {
		v := le32(data, h[hPostAt]+4*i)
		g.ps[i] = posting{entry: int32(v & (1<<24 - 1)), flag: uint8(v >> 24)}
	}
	g.keys = make([]keyRec, h[hKeys])
	g.keyTab = newStrTable(len(g.keys))
	for i := range g.keys {
		at := h[hKeyAt] + keySize*i
		k := keyRec{key: le32(data, at), first: le32(data, at+4), n: uint16(le32(data, at+8)), flags: data[at+10]}
		if int(k.first)+int(k.n) > len(g.ps) {
			return nil, snapErr("bad key record")
		}
		g.keys[i] = k
		g.keyTab.put(hashString(g.str(k.key)), i)
	}
	g.idTab = newStrTable(g.n)
	for i := int32(0); i < int32(g.n); i++ {
		if g.eKind(i) >= kUnknown {
			return nil, snapErr("bad entry record")
		}
		id := g.eID(i)
		g.idTab.put(hashString(id), int(i))
		if g.eKind(i) == kCountry {
			g.country[id] = i
			g.countryWhy[id] = "country " + id + " named in document"
		}
	}
	g.firstWords = firstWordFilter{any: make([]uint64, filterBits/64), lower: make([]uint64, filterBits/64)}
	for i := range g.firstWords.any {
		g.firstWords.any[i] = le64(data, h[hFilterAt]+8*i)
		g.firstWords.lower[i] = le64(data, h[hFilterAt]+filterBits/8+8*i)
	}
	n, at := uvarint(data, h[hWarnAt])
	for ; n > 0; n-- {
		var s uint64
		s, at = uvarint(data, at)
		g.warnings = append(g.warnings, g.str(uint32(s)))
	}
	return g, nil
}

// readHeader returns the header fields of a snapshot after checking its
// magic, its version and that every table lies inside data.
func readHeader(data string) ([hFields]int, error) {
	var h [hFields]int
	if len(data) < headerSize || data[:4] != snapMagic {
		return h, snapErr("not a gazetteer snapshot")
	}
	for i := range h {
		h[i] = int(le32(data, 4+4*i))
	}
	if h[hVersion] != snapVersion {
		return h, snapErr(fmt.Sprintf("version %d, want %d", h[hVersion], snapVersion))
	}
	for _, sec := range [][3]int{{h[hRecAt], h[hEntries], recSize}, {h[hKeyAt], h[hKeys], keySize},
		{h[hPostAt], h[hPostings], 4}, {h[hFuzzyAt], h[hFuzzy], fuzzySize}, {h[hFilterAt], 2, filterBits / 8}} {
		if sec[0] < headerSize || sec[0]+sec[1]*sec[2] > len(data) {
			return h, snapErr("truncated")
		}
	}
	return h, nil
}

func snapErr(msg string) error {
	return fmt.Errorf("gazetteer: snapshot: %s", msg)
}

// entry returns entry i, built from its record on first use.
func (g *Gazetteer) entry(i int32) *Entry {
	if e := g.entries[i].Load(); e != nil {
		return e
	}
	e := g.decode(i)
	if g.entries[i].CompareAndSwap(nil, e) {
		return e
	}
	return g.entries[i].Load()
}

// decode builds entry i from its record and variable part.
func (g *Gazetteer) decode(i int32) *Entry {
	r, d := g.rec(i), g.data
	e := &Entry{ID: g.eID(i), Name: g.str(le32(d, r+recName)), Kind: kindNames[d[r+recKind]],
		Country: g.eCountry(i), Admin1: g.eAdmin1(i), Admin2: g.eAdmin2(i), Feature: g.eFeature(i),
		Population: g.ePop(i)}
	e.Type = e.Kind
	if d[r+recFlags]&recLocation != 0 {
		e.Type = "location"
	}
	e.Lat, e.Lon, e.HasCoord = g.eCoord(i)
	if more := le32(d, r+recMore); more != 0 {
		g.decodeMore(int(more), e)
	}
	return e
}

// decodeMore fills the slices and rare strings of an entry.
func (g *Gazetteer) decodeMore(at int, e *Entry) {
	mask := g.data[at]
	at++
	next := func() uint32 {
		v, n := uvarint(g.data, at)
		at = n
		return uint32(v)
	}
	list := func(bit byte) []string {
		if mask&bit == 0 {
			return nil
		}
		out := make([]string, next())
		for j := range out {
			out[j] = g.str(next())
		}
		return out
	}
	e.Aliases, e.Demonyms, e.Parents, e.Countries = list(moreAliases), list(moreDemonyms), list(moreParents), list(moreCountries)
	if mask&moreRelations != 0 {
		e.Relations = make([]Relation, next())
		for j := range e.Relations {
			e.Relations[j].Target = g.str(next())
			e.Relations[j].Kind = g.str(next())
		}
	}
	e.Subtype = g.str(next())
	e.Within = g.str(next())
	e.Active = g.str(next())
}

// rec returns the offset of entry i's record.
func (g *Gazetteer) rec(i int32) int { return g.recAt + int(i)*recSize }

// The e* accessors read one field of entry i's record without building
// the Entry: the matcher's scoring and filters use them.

func (g *Gazetteer) eKind(i int32) uint8 { return g.data[g.rec(i)+recKind] }

// eIsPlace is Entry.IsPlace of entry i.
func (g *Gazetteer) eIsPlace(i int32) bool { return g.data[g.rec(i)+recFlags]&recLocation != 0 }

func (g *Gazetteer) ePop(i int32) int        { return int(int64(le64(g.data, g.rec(i)+recPop))) }
func (g *Gazetteer) eID(i int32) string      { return g.str(le32(g.data, g.rec(i)+recID)) }
func (g *Gazetteer) eCountry(i int32) string { return g.str(le32(g.data, g.rec(i)+recCountry)) }
func (g *Gazetteer) eAdmin1(i int32) string  { return g.str(le32(g.data, g.rec(i)+recAdmin1)) }
func (g *Gazetteer) eAdmin2(i int32) string  { return g.str(le32(g.data, g.rec(i)+recAdmin2)) }
func (g *Gazetteer) eFeature(i int32) string { return g.str(le32(g.data, g.rec(i)+recFeature)) }
func (g *Gazetteer) eHasCoord(i int32) bool  { return g.data[g.rec(i)+recFlags]&recHasCoord != 0 }
func (g *Gazetteer) eLat(i int32) float64    { return math.Float64frombits(le64(g.data, g.rec(i)+recLat)) }
func (g *Gazetteer) eLon(i int32) float64    { return math.Float64frombits(le64(g.data, g.rec(i)+recLon)) }

// eCoord returns entry i's own coordinates and whether it has them.
func (g *Gazetteer) eCoord(i int32) (lat, lon float64, ok bool) {
	return g.eLat(i), g.eLon(i), g.eHasCoord(i)
}

// staticScore ranks one reading without context (see staticScore).
func (g *Gazetteer) staticScore(p posting) float64 {
	return staticScore(g.eKind(p.entry), g.ePop(p.entry), g.eFeature(p.entry), p.flag)
}

// str returns the arena string at offset off.
func (g *Gazetteer) str(off uint32) string {
	if off == 0 {
		return ""
	}
	n, at := uvarint(g.data, int(off))
	return g.data[at : at+int(n)]
}

// find returns the index of the entry with the given ID, or -1.
func (g *Gazetteer) find(id string) int32 {
	t := &g.idTab
	pos, tag, low := t.start(hashString(id))
	for ; ; pos = (pos + 1) & t.mask {
		s := t.slots[pos]
		if s == 0 {
			return -1
		}
		if s&^low == tag && g.eID(int32(s&low-1)) == id {
			return int32(s&low - 1)
		}
	}
}

// lookupKey returns the index record of a key whose FNV-1a hash is h, or
// nil.
func (g *Gazetteer) lookupKey(h uint32, key []byte) *keyRec {
	t := &g.keyTab
	pos, tag, low := t.start(h)
	for ; ; pos = (pos + 1) & t.mask {
		s := t.slots[pos]
		if s == 0 {
			return nil
		}
		if s&^low == tag {
			if k := &g.keys[s&low-1]; g.str(k.key) == string(key) {
				return k
			}
		}
	}
}

// postings returns the readings of a key, best first.
func (g *Gazetteer) postings(key string) []posting {
	return g.keyPostings(g.lookupKey(hashString(key), []byte(key)))
}

func (g *Gazetteer) keyPostings(k *keyRec) []posting {
	if k == nil {
		return nil
	}
	return g.ps[k.first : k.first+uint32(k.n) : k.first+uint32(k.n)]
}

// strTable is an open-addressing hash table of indexes: a slot holds
// index+1 in its low bits and the high bits of the mixed hash above them,
// so most probes of other keys are rejected without reading the key.
type strTable struct {
	slots []uint32
	mask  uint32
	bits  uint // low bits holding index+1
}

func newStrTable(n int) strTable {
	size := 16
	for size < 2*n {
		size <<= 1
	}
	return strTable{slots: make([]uint32, size), mask: uint32(size - 1), bits: uint(bits.Len(uint(n)))}
}

// start returns the first slot to probe for hash h, the tag a slot of
// that hash carries and the mask of the index bits.
func (t *strTable) start(h uint32) (pos, tag, low uint32) {
	m := mix(h)
	low = 1<<t.bits - 1
	return m & t.mask, m &^ low, low
}

func (t *strTable) put(h uint32, i int) {
	pos, tag, _ := t.start(h)
	for t.slots[pos] != 0 {
		pos = (pos + 1) & t.mask
	}
	t.slots[pos] = tag | uint32(i+1)
}

// mix spreads the bits of an FNV-1a hash (the murmur3 finaliser).
func mix(h uint32) uint32 {
	h ^= h >> 16
	h *= 0x85ebca6b
	h ^= h >> 13
	h *= 0xc2b2ae35
	h ^= h >> 16
	return h
}

// FNV-1a, as norm.Hash: a key's hash extends its first word's.
const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

func hashString(s string) uint32 {
	h := uint32(fnvOffset)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * fnvPrime
	}
	return h
}

// hashMore extends hash h over b.
func hashMore(h uint32, b []byte) uint32 {
	for _, c := range b {
		h = (h ^ uint32(c)) * fnvPrime
	}
	return h
}

func le32(s string, i int) uint32 {
	_ = s[i+3]
	return uint32(s[i]) | uint32(s[i+1])<<8 | uint32(s[i+2])<<16 | uint32(s[i+3])<<24
}

func le64(s string, i int) uint64 { return uint64(le32(s, i)) | uint64(le32(s, i+4))<<32 }

// uvarint reads a uvarint at i and returns it and the offset after it.
func uvarint(s string, i int) (uint64, int) {
	var v uint64
	for shift := uint(0); ; shift += 7 {
		c := s[i]
		i++
		v |= uint64(c&0x7f) << shift
		if c < 0x80 {
			return v, i
		}
	}
}
