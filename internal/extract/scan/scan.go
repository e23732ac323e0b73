// Package scan holds the word-folding, word-set and chunking helpers
// shared by the numbers and timex scanners and the extract rules. Pure:
// standard library only; it must not import other Dossier packages.
package scan

import "strings"

// ChunkSize is how much text a scanner reads per pass: bounded work per
// chunk keeps pathological one-line inputs linear.
const ChunkSize = 16 << 10

// Words is a set of words (lower case for Lower) with two pre-tests that
// reject most other words without hashing them into the map: a bit per
// length of the words starting with each byte, then
// a bit set over a hash of the first, middle and last bytes and the length.
type Words struct {
	m     map[string]string // each word mapped to itself
	first [256]uint64       // bit len&63 of first[first byte]
	gate  [1 << gateBits / 64]uint64
}

// gateBits sizes the second pre-test's bit set.
const gateBits = 14

// gateKey indexes the second pre-test: a hash of the first, middle and
// last bytes (as given) and the length n.
func gateKey(a, b, z byte, n int) uint {
	k := uint32(a) | uint32(b)<<8 | uint32(z)<<16 | uint32(n)<<24
	return uint(k * 0x9E3779B1 >> (32 - gateBits))
}

// NewWords returns the set of the non-empty keys of each table.
func NewWords[V any](tables ...map[string]V) *Words {
	ws := &Words{m: map[string]string{}}
	for _, t := range tables {
		for w := range t {
			n := len(w)
			if n == 0 {
				continue
			}
			ws.m[w] = w
			ws.first[w[0]] |= 1 << (n & 63)
			k := gateKey(w[0], w[n/2], w[n-1], n)
			ws.gate[k/64] |= 1 << (k % 64)
		}
	}
	return ws
}

// mayHave is the second pre-test on the key of a word.
func (ws *Words) mayHave(k uint) bool { return ws.gate[k/64]&(1<<(k%64)) != 0 }

// Has reports whether w is in the set (never for "").
func (ws *Words) Has(w string) bool {
	n := len(w)
	if n == 0 || ws.first[w[0]]&(1<<(n&63)) == 0 || !ws.mayHave(gateKey(w[0], w[n/2], w[n-1], n)) {
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
	n := len(s)
	if n > len(buf) || vocab.first[fold(s[0])]&(1<<(n&63)) == 0 ||
		!vocab.mayHave(gateKey(fold(s[0]), fold(s[n/2]), fold(s[n-1]), n)) {
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
