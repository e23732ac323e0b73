// Package scan holds the word-folding and chunking helpers shared by the
// numbers and timex scanners. Pure: standard library only.
package scan

import "strings"

// ChunkSize is how much text a scanner reads per pass: bounded work per
// chunk keeps pathological one-line inputs linear.
const ChunkSize = 16 << 10

// Lower lower-cases the word s. It allocates only for non-ASCII words: a
// capitalised ASCII word is looked up in vocab (every lower-case word the
// caller's rules compare against, mapped to itself) and otherwise returned
// as is, since no rule can match it.
func Lower(s string, vocab map[string]string) string {
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
	if len(s) > len(buf) {
		return s
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	if w, ok := vocab[string(buf[:len(s)])]; ok {
		return w
	}
	return s
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
