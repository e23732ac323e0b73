package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// word is one word of the text [Start, End): letters, digits and the
// joiners inside a name ("al-Baghdadi", "ISIS-K", "O'Neill", "U.S").
type word struct {
	Start, End int
	Text       string
}

// scanWords appends the words of text to out, skipping punctuation and
// spaces.
func scanWords(text string, out []word) []word {
	if out == nil {
		out = make([]word, 0, len(text)/6)
	}
	i := 0
	for i < len(text) {
		ok, n := nameRuneAt(text, i)
		if !ok {
			i += n
			continue
		}
		start := i
		i += n
		for i < len(text) {
			if asciiName[text[i]] {
				i++
				continue
			}
			if ok, n = nameRuneAt(text, i); ok {
				i += n
				continue
			}
			if r, _ := utf8.DecodeRuneInString(text[i:]); isJoiner(r) && i+n < len(text) {
				if ok2, _ := nameRuneAt(text, i+n); ok2 {
					i += n
					continue
				}
			}
			break
		}
		out = append(out, word{Start: start, End: i, Text: text[start:i]})
	}
	return out
}

func isNameRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// asciiName marks the ASCII letters and digits.
var asciiName = func() (t [256]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// nameRuneAt reports whether the rune at text[i] is a name rune, and its
// length in bytes; ASCII is tested without decoding.
func nameRuneAt(text string, i int) (bool, int) {
	if c := text[i]; c < utf8.RuneSelf {
		return asciiName[c], 1
	}
	r, n := utf8.DecodeRuneInString(text[i:])
	return isNameRune(r), n
}

// isJoiner reports runes that join two parts of one name.
func isJoiner(r rune) bool { return r == '-' || r == '\'' || r == '’' || r == '.' || r == '‑' }

// capitalised reports whether w starts with an upper-case letter.
func capitalised(s string) bool {
	if s != "" && s[0] < utf8.RuneSelf {
		return 'A' <= s[0] && s[0] <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// allCaps reports whether every letter of s is upper case and s has at
// least two letters ("TTP", "ISIS-K", "UNAMA").
func allCaps(s string) bool {
	n := 0
	for i := 0; i < len(s); i++ { // ASCII fast path: most words fail at once
		switch c := s[i]; {
		case c >= utf8.RuneSelf:
			return allCapsRunes(s)
		case 'a' <= c && c <= 'z':
			return false
		case 'A' <= c && c <= 'Z':
			n++
		}
	}
	return n >= 2
}

// allCapsRunes is allCaps for text that is not all ASCII.
func allCapsRunes(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// acronymLike reports forms such as "TTP", "ISIS-K", "IS-K", "ACLEAD",
// "Nato" is not one (mixed case is handled by definitions only).
func acronymLike(s string) bool {
	if !allCaps(s) || len(s) > 12 {
		return false
	}
	return true
}

// lowerWord returns strings.ToLower of word i, sliced from the document's
// lower-cased text when the word is ASCII.
func (w *work) lowerWord(i int) string { return w.lowerPrefix(i, w.words[i].Text) }

// lowerPrefix returns strings.ToLower(p) for a prefix p of word i's text,
// sliced from the document's lower-cased text when p is ASCII.
func (w *work) lowerPrefix(i int, p string) string {
	for k := 0; k < len(p); k++ {
		if p[k] >= 0x80 {
			return strings.ToLower(p)
		}
	}
	s := w.words[i].Start
	return w.lower()[s : s+len(p)]
}

// trimPossessive removes a trailing "'s" or "’s", else a trailing "'" or
// "’", from a word.
func trimPossessive(s string) string {
	n := len(s)
	if n == 0 {
		return s
	}
	switch s[n-1] {
	case 's':
		if strings.HasSuffix(s, "'s") {
			return s[:n-2]
		}
		if strings.HasSuffix(s, "’s") {
			return s[:n-len("’s")]
		}
	case '\'':
		return s[:n-1]
	case "’"[2]:
		if strings.HasSuffix(s, "’") {
			return s[:n-len("’")]
		}
	}
	return s
}

// normForm is the case- and punctuation-insensitive key of a surface form:
// letters and digits lower-cased, words split at spaces and dashes and
// joined by one space, other runes dropped (so "al-Qa'ida" is "al qaida").
// A form that is already its own key is returned without allocating.
func normForm(s string) string {
	if isNormASCII(s) {
		return s
	}
	var stack [64]byte
	return string(appendNormForm(stack[:0], s))
}

// appendNormForm appends normForm(s) to b.
func appendNormForm(b []byte, s string) []byte {
	start := len(b)
	gap := false
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf && ('a' <= r && r <= 'z' || '0' <= r && r <= '9'):
		case r < utf8.RuneSelf && 'A' <= r && r <= 'Z':
			r += 'a' - 'A'
		case unicode.IsSpace(r) || r == '-' || r == '–' || r == '‑':
			gap = true
			continue
		default:
			r = unicode.ToLower(r)
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				continue
			}
		}
		if gap && len(b) > start {
			b = append(b, ' ')
		}
		gap = false
		b = utf8.AppendRune(b, r)
	}
	return b
}

// appendLower appends strings.ToLower(s) to b, without allocating when s
// is ASCII.
func appendLower(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return append(b, strings.ToLower(s)...)
		}
	}
	for i := 0; i < len(s); i++ {
		b = append(b, foldASCII(s[i]))
	}
	return b
}

// isNormASCII reports whether s is lower-case ASCII letters and digits in
// words joined by single spaces, i.e. normForm(s) == s.
func isNormASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
		case c == ' ' && i > 0 && i < len(s)-1 && s[i-1] != ' ':
		default:
			return false
		}
	}
	return true
}

// gapText returns text between two offsets with whitespace collapsed.
func gapText(text string, a, b int) string {
	if a >= b || a < 0 || b > len(text) {
		return ""
	}
	return collapseSpaces(text[a:b])
}

// spaceOnly reports whether text[a:b] is only spaces (no line break): the
// two words around it may belong to one name.
func spaceOnly(text string, a, b int) bool {
	if a > b || b > len(text) {
		return false
	}
	for _, r := range text[a:b] {
		if r != ' ' && r != '\u00a0' && r != '\t' {
			return false
		}
	}
	return true
}
