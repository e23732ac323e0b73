package gazetteer

import (
	"sync"

	"dossier/internal/gazetteer/norm"
)

// tok is one word of the text being matched.
type tok struct {
	start, end int // byte span in the text
	k0, k1     int // folded form in the tokens' buffer
	hash       uint32
	upper      bool
	allUpper   bool
}

// tokens is a tokenised text: every word's folded form in one buffer.
type tokens struct {
	text string
	buf  []byte
	t    []tok
	// matchedTo is the index after the last word of the last span found
	// whose best reading is a well-known place; a word just after such a
	// name is not read as a person's surname.
	matchedTo int
	// spans and readings are reused scratch space for findSpans.
	spans    []span
	readings []posting
	ctx      docCtx   // reused maps of docContext
	cands    []*Entry // backing array of the matches' Candidates (not reused)
}

func (ts *tokens) key(i int) []byte { return ts.buf[ts.t[i].k0:ts.t[i].k1] }

// keyAt returns word i's folded form, or nil outside the text.
func (ts *tokens) keyAt(i int) []byte {
	if i < 0 || i >= len(ts.t) {
		return nil
	}
	return ts.key(i)
}

// in reports whether word i is in the set (no allocation).
func (ts *tokens) in(set map[string]bool, i int) bool {
	return set[string(ts.keyAt(i))]
}

// tokensPool recycles token buffers between calls of Match.
var tokensPool = sync.Pool{New: func() any { return &tokens{} }}

func tokenize(text string) *tokens {
	ts := tokensPool.Get().(*tokens)
	ts.text, ts.buf, ts.t, ts.matchedTo = text, ts.buf[:0], ts.t[:0], 0
	ts.spans, ts.readings = ts.spans[:0], ts.readings[:0]
	if cap(ts.t) < len(text)/5+1 {
		ts.buf = make([]byte, 0, len(text))
		ts.t = make([]tok, 0, len(text)/5+1)
	}
	norm.Tokens(text, func(t norm.Token) bool {
		k0 := len(ts.buf)
		ts.buf = append(ts.buf, t.Folded...)
		ts.t = append(ts.t, tok{start: t.Start, end: t.End, k0: k0, k1: len(ts.buf),
			hash: t.Hash, upper: t.Upper, allUpper: t.AllUpper})
		return true
	})
	return ts
}

// sentStart reports whether word i opens a sentence, line or title.
func (ts *tokens) sentStart(i int) bool { return sentenceStart(ts.text, ts.t[i].start) }

// sentenceStart reports whether the word at i opens a sentence: only
// quotes, brackets and spaces separate it from the start of the text, a
// line break or final punctuation.
func sentenceStart(text string, i int) bool {
	for j := i - 1; j >= 0; j-- {
		switch text[j] {
		case ' ', '\t', '"', '(', '[', '\'', '\r':
			continue
		case '\n', '.', '!', '?', ':', ';':
			return true
		case 0x9c, 0x9d, 0x98, 0x99, 0xa0, 0xc2, 0x80, 0xe2: // parts of “ ” ‘ ’ and NBSP
			continue
		}
		return false
	}
	return true
}

// strongPlace reports a reading that is a country, region, site, or a
// province or place with at least 100,000 inhabitants.
func (g *Gazetteer) strongPlace(p posting) bool {
	switch g.eKind(p.entry) {
	case kCountry, kRegion, kSite:
		return true
	case kAdmin1, kPlace:
		return g.ePop(p.entry) >= 100000
	}
	return false
}

// span is an n-gram with at least one acceptable reading.
type span struct {
	i, n     int // first token and token count
	readings []posting
	// supports is the country this span adds to the document's context.
	supports string
}

// Match finds names in text: word-aligned, longest first, non-overlapping,
// ambiguities resolved by context (see resolve).
func (g *Gazetteer) Match(text string) []Match {
	ts := tokenize(text)
	defer func() { ts.text, ts.cands = "", nil; tokensPool.Put(ts) }()
	spans := g.findSpans(ts)
	if len(spans) == 0 {
		return nil
	}
	ctx := g.docContext(ts, spans)
	out := make([]Match, 0, len(spans))
	ts.cands = make([]*Entry, 0, 2*len(spans)+8) // handed to the caller
	for _, s := range spans {
		out = g.resolveSpan(ts, s, ctx, out)
	}
	return out
}

// resolveSpan appends the match of a span; when context rejects every
// reading of a multi-word span, its shorter parts are tried ("Santa Rosa
// village" is no known village, but "Santa Rosa" is a town).
func (g *Gazetteer) resolveSpan(ts *tokens, s span, ctx docCtx, out []Match) []Match {
	if m, ok := g.resolve(ts, s, ctx); ok {
		return append(out, m)
	}
	if s.n == 1 {
		return out
	}
	for _, sub := range g.spansIn(ts, s.i, s.i+s.n, s.n-1, nil) {
		out = g.resolveSpan(ts, sub, ctx, out)
	}
	return out
}

// findSpans scans left to right; at each word it takes the longest n-gram
// in the index that has a reading the local context allows.
func (g *Gazetteer) findSpans(ts *tokens) []span {
	ts.spans = g.spansIn(ts, 0, len(ts.t), g.maxN, ts.spans[:0])
	return ts.spans
}

// spansIn appends the spans found in words [from, to) using n-grams of at
// most maxN words.
func (g *Gazetteer) spansIn(ts *tokens, from, to, maxN int, spans []span) []span {
	scratch := make([]byte, 0, 128)
	hits := make([]int, 0, 8)
	for i := from; i < to; {
		if sp, ok := g.elliptic(ts, i, to); ok {
			spans = append(spans, sp)
			i++
			continue
		}
		hits, scratch = g.hitsAt(ts, i, to, maxN, hits[:0], scratch[:0])
		taken := 0
		for h := len(hits) - 1; h >= 0 && taken == 0; h-- {
			n := hits[h]
			scratch = appendKey(scratch[:0], ts, i, n)
			ps := g.keyPostings(g.lookupKey(hashMore(fnvOffset, scratch), scratch))
			if rs := g.allowed(ts, i, n, ps); len(rs) > 0 {
				spans = append(spans, span{i: i, n: n, readings: rs})
				taken = n
				if g.strongPlace(rs[0]) {
					ts.matchedTo = i + n
				}
			}
		}
		if taken == 0 {
			taken = 1
		}
		i += taken
	}
	return spans
}

// elliptic reads the first conjunct of a coordinated name: in "South and
// Central Asia" or "North and South Waziristan", "South" / "North" stands
// for "South Asia" / "North Waziristan". The word before "and"/"or" gets
// the readings of itself joined to the rest of the name that follows.
func (g *Gazetteer) elliptic(ts *tokens, i, to int) (span, bool) {
	if i+3 >= to || !ts.t[i].upper || !ts.t[i+2].upper || !ts.in(direction, i) {
		return span{}, false
	}
	if conj := string(ts.keyAt(i + 1)); conj != "and" && conj != "or" {
		return span{}, false
	}
	if !ts.in(direction, i+2) {
		return span{}, false
	}
	// The second conjunct must be a name of at least two words.
	var hitBuf [8]int
	var keyBuf [128]byte
	hits, _ := g.hitsAt(ts, i+2, to, g.maxN, hitBuf[:0], keyBuf[:0])
	for h := len(hits) - 1; h >= 0; h-- {
		n := hits[h]
		if n < 2 {
			break
		}
		key := append(append(keyBuf[:0], ts.key(i)...), ' ')
		key = appendKey(key, ts, i+3, n-1)
		ps := g.keyPostings(g.lookupKey(hashMore(fnvOffset, key), key))
		if len(ps) == 0 {
			continue
		}
		// The coordinated phrase vouches for the word: no single-word
		// filters apply.
		at := len(ts.readings)
		ts.readings = append(ts.readings, ps...)
		return span{i: i, n: 1, readings: ts.readings[at:len(ts.readings):len(ts.readings)]}, true
	}
	return span{}, false
}

// hitsAt returns the lengths of the n-grams starting at word i that are
// keys, shortest first. A lower-case first word can only start a group's,
// organisation's or person's name, looked up first in the small set of
// such keys.
func (g *Gazetteer) hitsAt(ts *tokens, i, to, maxN int, hits []int, scratch []byte) ([]int, []byte) {
	lower := !ts.t[i].upper
	if !g.firstWords.has(ts.t[i].hash, lower) {
		return hits, scratch
	}
	h := ts.t[i].hash // the n-gram's key hash, extended word by word
	for n := 1; n <= maxN && i+n <= to; n++ {
		w := ts.key(i + n - 1)
		if n > 1 {
			scratch = append(scratch, ' ')
			h = hashMore((h^' ')*fnvPrime, w)
		}
		scratch = append(scratch, w...)
		k := g.lookupKey(h, scratch)
		if k == nil || lower && k.flags&keyLower == 0 {
			break
		}
		if k.n > 0 {
			hits = append(hits, n)
		}
		if k.flags&keyIsPrefix == 0 {
			break
		}
	}
	return hits, scratch
}

func appendKey(b []byte, ts *tokens, i, n int) []byte {
	for j := i; j < i+n; j++ {
		if j > i {
			b = append(b, ' ')
		}
		b = append(b, ts.key(j)...)
	}
	return b
}

// firstWordFilter is a bit set over the hashes of the words that start a
// key: most words of a text start none, and are rejected without a map
// lookup. Lower-case starts have their own, much sparser, set.
type firstWordFilter struct {
	any, lower []uint64
}

const filterBits = 1 << 21

func newFirstWordFilter() firstWordFilter {
	return firstWordFilter{any: make([]uint64, filterBits/64), lower: make([]uint64, filterBits/64)}
}

func (f *firstWordFilter) add(h uint32, lower bool) {
	b := h % filterBits
	f.any[b/64] |= 1 << (b % 64)
	if lower {
		f.lower[b/64] |= 1 << (b % 64)
	}
}

func (f *firstWordFilter) has(h uint32, lower bool) bool {
	b := h % filterBits
	set := f.any
	if lower {
		set = f.lower
	}
	return set[b/64]&(1<<(b%64)) != 0
}
