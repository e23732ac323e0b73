// Package scan holds the word-folding and chunking helpers shared by the
// numbers and timex scanners. Pure: standard library only.
package scan

import "strings"

// ChunkSize is how much text a scanner reads per pass: bounded work per
// chunk keeps pathological one-line inputs linear.
const ChunkSize = 16 << 10

// Words is a set of lower-case words with a pre-test on a word's first
// byte and length that rejects most other words without hashing them.
type Words struct {
	m    map[string]string // each word mapped to itself
	gate [256]uint64       // bit min(len, 63) of gate[first byte]
}

// NewWords returns the set of the keys of each table.
func NewWords[V any](tables ...map[string]V) *Words {
	ws := &Words{m: map[string]string{}}
	for _, t := range tables {
		for w := range t {
			ws.m[w] = w
			if w != "" {
				ws.gate[w[0]] |= 1 << min(len(w), 63)
			}
		}
	}
	return ws
}

// mayHave is the pre-test: whether a word of n bytes starting with c can
// be in the set.
func (ws *Words) mayHave(c byte, n int) bool { return ws.gate[c]&(1<<min(n, 63)) != 0 }

// Has reports whether w is in the set.
func (ws *Words) Has(w string) bool {
	if w != "" && !ws.mayHave(w[0], len(w)) {
		return false
	}
	_, ok := ws.m[w]
	return ok
}

// Lower lower-cases the word s. It allocates only for non-ASCII words: a
// capitalised ASCII word is looked up in vocab (every lower-case word the
// caller's rules compare against) and otherwise returned as is, since no
// rule can match it.
func Lower(s string, vocab *Words) string {
	upper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return strings.ToLower(s)
		}
		upper = upper || (c >= 'A' && c <= 'Z')
	}
	if !upper {
		return s
	}
	var buf [16]byte
	if len(s) > len(buf) || !vocab.mayHave(fold(s[0]), len(s)) {
		return s
	}
	for i := 0; i < len(s); i++ {
		buf[i] = fold(s[i])
	}
	if w, ok := vocab.m[string(buf[:len(s)])]; ok {
		return w
	}
	return s
}

// fold lower-cases an ASCII letter.
func fold(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// ChunkEnd returns where the chunk of text starting at from ends: about
// ChunkSize bytes on, at the next line break, sentence end or space.
func ChunkEnd(text string, from int) int {
	end := from + ChunkSize
	if end >= len(text) {
		return len(text)
	}
	limit := min(end+ChunkSize, len(text))
	if k := strings.IndexByte(text[end:limit], '\n'); k >= 0 {
		return end + k + 1
	}
	if k := strings.Index(text[end:limit], ". "); k >= 0 {
		return end + k + 2
	}
	if k := strings.IndexByte(text[end:limit], ' '); k >= 0 {
		return end + k + 1
	}
	return limit
}
