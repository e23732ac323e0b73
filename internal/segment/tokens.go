package segment

import (
	"unicode"
	"unicode/utf8"
)

// Tokens splits s into word and punctuation tokens. A word is a run of
// letters, digits and combining marks, joined across inner hyphens ("ISIS-K",
// "Tehrik-i-Taliban"), inner apostrophes ("don't"; a possessive "'s" is its
// own token), digit groups ("1,500", "1.5") and dotted acronyms ("U.S.",
// which keeps its final period, as do titles such as "Gen." and initials).
// Every other non-space rune is a one-rune token, except "..." which is one.
func Tokens(s string) []Token {
	var out []Token
	for i := 0; i < len(s); {
		if n := spaceLen(s, i); n > 0 {
			i += n
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if isWordRune(r) {
			e := wordEnd(s, i)
			out = append(out, Token{i, e})
			i = e
			continue
		}
		if r == '.' && i+2 < len(s) && s[i+1] == '.' && s[i+2] == '.' {
			n = 3
		}
		if (r == '\'' || r == '’') && i+n < len(s) && (s[i+n] == 's' || s[i+n] == 'S') && !wordFollows(s, i+n+1) {
			n++ // possessive 's
		}
		out = append(out, Token{i, i + n})
		i += n
	}
	return out
}

// isWordRune reports whether r belongs inside a word.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// runeAt decodes the rune at i, returning 0 at the end of s.
func runeAt(s string, i int) (rune, int) {
	if i >= len(s) {
		return 0, 0
	}
	return utf8.DecodeRuneInString(s[i:])
}

// wordEnd returns the end of the word starting at i.
func wordEnd(s string, i int) int {
	e := i
	for {
		r, n := runeAt(s, e)
		if n > 0 && isWordRune(r) {
			e += n
			continue
		}
		if n == 0 {
			return e
		}
		if j := joinAt(s, i, e, r, n); j > e {
			e = j
			continue
		}
		return finalPeriod(s, i, e)
	}
}

// joinAt returns the position after the joiner r at e (word started at i)
// when it continues the word, else e.
func joinAt(s string, i, e int, r rune, n int) int {
	next, m := runeAt(s, e+n)
	if m == 0 || !isWordRune(next) {
		return e
	}
	prev, _ := utf8.DecodeLastRuneInString(s[i:e])
	switch r {
	case '-', '‐', '‑':
		return e + n
	case '\'', '’':
		if (next == 's' || next == 'S') && !wordFollows(s, e+n+m) {
			return e // possessive: its own token
		}
		return e + n
	case ',':
		if unicode.IsDigit(prev) && digitGroup(s, e+1) {
			return e + 1
		}
	case '.':
		if unicode.IsDigit(prev) && unicode.IsDigit(next) {
			return e + 1
		}
		if isDotted(s, i, e) {
			return e + 1
		}
	}
	return e
}

// wordFollows reports whether a word rune starts at i.
func wordFollows(s string, i int) bool {
	r, n := runeAt(s, i)
	return n > 0 && isWordRune(r)
}

// digitGroup reports whether exactly three digits start at i.
func digitGroup(s string, i int) bool {
	if i+3 > len(s) || !isDigits(s[i:i+3]) {
		return false
	}
	return i+3 == len(s) || s[i+3] < '0' || s[i+3] > '9'
}

// isDotted reports whether s[i:e] so far is a dotted acronym ("U", "U.S"):
// single letters separated by periods.
func isDotted(s string, i, e int) bool {
	w := s[i:e]
	for k := 0; k < len(w); k++ {
		if k%2 == 1 {
			if w[k] != '.' {
				return false
			}
			continue
		}
		c := w[k]
		if !(c >= 'A' && c <= 'Z') && !(c >= 'a' && c <= 'z') {
			return false
		}
	}
	return true
}

// finalPeriod extends the word s[i:e] over a following period when the
// word is an abbreviation that owns it.
func finalPeriod(s string, i, e int) int {
	if e >= len(s) || s[e] != '.' {
		return e
	}
	w := s[i:e]
	if len(w) >= 3 && isDotted(s, i, e) {
		return e + 1 // U.S.
	}
	if len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' {
		return e + 1 // an initial
	}
	if k := abbrevs[w]; k == abbrTitle || (k == abbrOther && w[0] >= 'A' && w[0] <= 'Z') {
		return e + 1
	}
	return e
}
