package extract

import "strings"

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
// allocating when s is ASCII with single spaces between words.
func collapseSpaces(s string) string {
	prevSpace := true // a leading space needs the slow path
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return strings.Join(strings.Fields(s), " ")
		}
		if isASCIISpace(c) {
			if c != ' ' || prevSpace {
				return strings.Join(strings.Fields(s), " ")
			}
			prevSpace = true
			continue
		}
		prevSpace = false
	}
	if prevSpace && len(s) > 0 {
		return strings.Join(strings.Fields(s), " ")
	}
	return s
}

// lastWords returns the last n words of s joined by single spaces;
// firstWords the first n.
func lastWords(s string, n int) string {
	if len(s) > 40*n {
		s = s[len(s)-40*n:]
	}
	end := len(s)
	for end > 0 && s[end-1] < 0x80 && isASCIISpace(s[end-1]) {
		end--
	}
	start, words := 0, 0
	for i := end - 1; i >= 0; i-- {
		c := s[i]
		if c >= 0x80 {
			return slowLastWords(s, n)
		}
		if isASCIISpace(c) && !isASCIISpace(s[i+1]) {
			if words++; words == n {
				start = i + 1
				break
			}
		}
	}
	return collapseSpaces(s[start:end])
}

// slowLastWords is lastWords through strings.Fields, for non-ASCII text.
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
	start := 0
	for start < len(s) && s[start] < 0x80 && isASCIISpace(s[start]) {
		start++
	}
	end, words := len(s), 0
	for i := start; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return slowFirstWords(s, n)
		}
		if isASCIISpace(c) && !isASCIISpace(s[i-1]) {
			if words++; words == n {
				end = i
				break
			}
		}
	}
	for end > start && isASCIISpace(s[end-1]) {
		end--
	}
	return collapseSpaces(s[start:end])
}

// slowFirstWords is firstWords through strings.Fields, for non-ASCII text.
func slowFirstWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[:n]
	}
	return strings.Join(f, " ")
}

// stemSet tests a string for any of a fixed list of lower-case ASCII
// substrings in one pass, bucketing the stems by first byte.
type stemSet struct {
	stems   []string
	byFirst [256][]string
	empty   bool
}

// newStemSet returns the stemSet of stems.
func newStemSet(stems []string) *stemSet {
	ss := &stemSet{stems: stems}
	for _, st := range stems {
		if st == "" {
			ss.empty = true
			continue
		}
		ss.byFirst[st[0]] = append(ss.byFirst[st[0]], st)
	}
	return ss
}

// in reports whether s contains any stem (as containsAny(s, stems)).
func (ss *stemSet) in(s string) bool {
	if ss.empty {
		return true
	}
	for i := 0; i < len(s); i++ {
		for _, st := range ss.byFirst[s[i]] {
			if strings.HasPrefix(s[i:], st) {
				return true
			}
		}
	}
	return false
}

// inLower reports whether strings.ToLower(s) contains any stem, which
// must be lower-case ASCII. ASCII text is folded on the fly; a miss on
// text with non-ASCII bytes is re-checked through strings.ToLower.
func (ss *stemSet) inLower(s string) bool {
	if ss.empty {
		return true
	}
	nonASCII := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			nonASCII = true
			continue
		}
		for _, st := range ss.byFirst[foldASCII(c)] {
			if hasFoldedPrefix(s[i:], st) {
				return true
			}
		}
	}
	return nonASCII && containsAny(strings.ToLower(s), ss.stems)
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
