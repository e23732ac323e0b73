package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds allocation-free equivalents of small string helpers on
// the hot paths (word windows, space collapsing, multi-stem tests). Each
// takes a fast path on ASCII text and falls back to the strings package
// otherwise, so results are identical to the plain versions.

// isASCIISpace reports whether c is one of the ASCII bytes unicode.IsSpace
// accepts.
func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// collapseSpaces returns strings.Join(strings.Fields(s), " "), without
// allocating when s already has single spaces between words.
func collapseSpaces(s string) string {
	prevSpace := true // a leading space needs the slow path
	for i := 0; i < len(s); {
		space, size := spaceAt(s, i)
		if space {
			if s[i] != ' ' || prevSpace {
				return joinFields(s)
			}
		}
		prevSpace = space
		i += size
	}
	if prevSpace && len(s) > 0 {
		return joinFields(s)
	}
	return s
}

// joinFields builds strings.Join(strings.Fields(s), " ") in one buffer.
func joinFields(s string) string {
	b := make([]byte, 0, len(s))
	inWord := false
	for i := 0; i < len(s); {
		space, size := spaceAt(s, i)
		if !space {
			if !inWord && len(b) > 0 {
				b = append(b, ' ')
			}
			b = append(b, s[i:i+size]...)
		}
		inWord = !space
		i += size
	}
	return string(b)
}

// spaceAt reports whether the rune at s[i] is a space to strings.Fields,
// and its length in bytes.
func spaceAt(s string, i int) (bool, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return isASCIISpace(c), 1
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	return unicode.IsSpace(r), size
}

// countFields returns len(strings.Fields(s)) without building the slice.
func countFields(s string) int {
	n, inWord := 0, false
	for i := 0; i < len(s); {
		space, size := spaceAt(s, i)
		if !space && !inWord {
			n++
		}
		inWord = !space
		i += size
	}
	return n
}

// maxWindow is the most words lastWords and firstWords keep without
// falling back to strings.Fields.
const maxWindow = 16

// lastWords returns the last n words of s joined by single spaces;
// firstWords the first n.
func lastWords(s string, n int) string {
	if len(s) > 40*n {
		s = s[len(s)-40*n:]
	}
	if n <= 0 || n > maxWindow {
		return slowLastWords(s, n)
	}
	var starts [maxWindow]int
	count, end, inWord := 0, 0, false
	for i := 0; i < len(s); {
		space, size := spaceAt(s, i)
		if !space {
			if !inWord {
				starts[count%maxWindow] = i
				count++
			}
			end = i + size
		}
		inWord = !space
		i += size
	}
	if count == 0 {
		return ""
	}
	k := max(count-n, 0)
	return collapseSpaces(s[starts[k%maxWindow]:end])
}

// slowLastWords is lastWords through strings.Fields.
func slowLastWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[len(f)-n:]
	}
	return strings.Join(f, " ")
}

func firstWords(s string, n int) string {
	if len(s) > 40*n {
		s = s[:40*n]
	}
	if n <= 0 {
		return ""
	}
	start, end, count, inWord := 0, 0, 0, false
	for i := 0; i < len(s); {
		space, size := spaceAt(s, i)
		if !space {
			if !inWord {
				if count == n {
					break
				}
				if count == 0 {
					start = i
				}
				count++
			}
			end = i + size
		}
		inWord = !space
		i += size
	}
	if count == 0 {
		return ""
	}
	return collapseSpaces(s[start:end])
}

// stemSet tests a string for any of a fixed list of lower-case ASCII
// substrings in one pass. Stems are bucketed by first byte; a bit set of
// the stems' first two bytes gates the comparisons, and for stems longer
// than two bytes a hashed bit set of their first three bytes, so common
// letter pairs ("re", "in") rarely reach them.
type stemSet struct {
	stems   []string
	byFirst [256][]string
	pair    [1 << 16 / 64]uint64         // first two bytes of every stem
	short   [1 << 16 / 64]uint64         // two-byte stems
	triple  [1 << tripleBits / 64]uint64 // hashed first three bytes of longer stems
	single  [256]bool                    // stems of one byte
	empty   bool
	// wide is set when a stem has non-ASCII bytes: inLower then re-checks
	// every miss on non-ASCII text through strings.ToLower.
	wide bool
}

// tripleBits sizes the three-byte gate.
const tripleBits = 16

// newStemSet returns the stemSet of stems.
func newStemSet(stems []string) *stemSet {
	ss := &stemSet{stems: stems}
	for _, st := range stems {
		for i := 0; i < len(st); i++ {
			ss.wide = ss.wide || st[i] >= 0x80
		}
		switch len(st) {
		case 0:
			ss.empty = true
		case 1:
			ss.single[st[0]] = true
		default:
			setBit(ss.pair[:], pairKey(st[0], st[1]))
			if len(st) == 2 {
				setBit(ss.short[:], pairKey(st[0], st[1]))
			} else {
				setBit(ss.triple[:], tripleKey(st[0], st[1], st[2]))
			}
			ss.byFirst[st[0]] = append(ss.byFirst[st[0]], st)
		}
	}
	return ss
}

// setBit and hasBit address a bit set.
func setBit(set []uint64, k uint)      { set[k/64] |= 1 << (k % 64) }
func hasBit(set []uint64, k uint) bool { return set[k/64]&(1<<(k%64)) != 0 }

// pairKey and tripleKey index the gates.
func pairKey(a, b byte) uint { return uint(a)<<8 | uint(b) }

func tripleKey(a, b, c byte) uint {
	return (uint(a)<<16 | uint(b)<<8 | uint(c)) * 0x9E3779B1 >> (32 - tripleBits) & (1<<tripleBits - 1)
}

// gate3 is the second gate at s[i] for a stem starting with bytes a, b
// (folded when fold is set).
func (ss *stemSet) gate3(s string, i int, a, b byte, fold bool) bool {
	if hasBit(ss.short[:], pairKey(a, b)) {
		return true
	}
	if i+2 >= len(s) {
		return false
	}
	c := s[i+2]
	if fold {
		c = foldASCII(c)
	}
	return hasBit(ss.triple[:], tripleKey(a, b, c))
}

// in reports whether s contains any stem (as containsAny(s, stems)).
func (ss *stemSet) in(s string) bool {
	if ss.empty {
		return true
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if ss.single[c] {
			return true
		}
		if i+1 < len(s) && hasBit(ss.pair[:], pairKey(c, s[i+1])) && ss.gate3(s, i, c, s[i+1], false) {
			for _, st := range ss.byFirst[c] {
				if strings.HasPrefix(s[i:], st) {
					return true
				}
			}
		}
	}
	return false
}

// inLower reports whether strings.ToLower(s) contains any stem, which
// must be lower case. ASCII is folded on the fly; among non-ASCII runes
// only İ and the Kelvin sign lower-case to ASCII, so a miss is re-checked
// through strings.ToLower only on text holding one of them (or any
// non-ASCII text when a stem is not ASCII).
func (ss *stemSet) inLower(s string) bool {
	if ss.empty {
		return true
	}
	special := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			special = special || ss.wide || strings.HasPrefix(s[i:], "İ") || strings.HasPrefix(s[i:], "\u212a")
			continue
		}
		c = foldASCII(c)
		if ss.single[c] {
			return true
		}
		if i+1 >= len(s) {
			continue
		}
		if b := foldASCII(s[i+1]); hasBit(ss.pair[:], pairKey(c, b)) && ss.gate3(s, i, c, b, true) {
			for _, st := range ss.byFirst[c] {
				if hasFoldedPrefix(s[i:], st) {
					return true
				}
			}
		}
	}
	return special && containsAny(strings.ToLower(s), ss.stems)
}

// foldASCII lower-cases an ASCII letter.
func foldASCII(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// hasFoldedPrefix reports whether s, ASCII-lower-cased, starts with p.
func hasFoldedPrefix(s, p string) bool {
	if len(s) < len(p) {
		return false
	}
	for j := 0; j < len(p); j++ {
		if foldASCII(s[j]) != p[j] {
			return false
		}
	}
	return true
}
