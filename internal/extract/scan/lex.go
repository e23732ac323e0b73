package scan

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// ASCIILetter marks the ASCII letters (a lexer's fast path).
var ASCIILetter = func() (t [256]bool) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = true, true
	}
	return t
}()

// DigitsEnd returns the end of the digit group starting at i: ASCII
// digits, with "," or "." between digits ("1,500", "26.08.2021").
func DigitsEnd(text string, i int) int {
	e := i
	for e < len(text) {
		if isDigit(text[e]) {
			e++
			continue
		}
		if (text[e] == ',' || text[e] == '.') && e+1 < len(text) && isDigit(text[e+1]) {
			e++
			continue
		}
		break
	}
	return e
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// WordEnd returns the end of the word starting at i: letters, with inner
// apostrophes (' or ’). With possessive false, an apostrophe followed by a
// lone "s" ("group's") ends the word before the apostrophe.
func WordEnd(text string, i int, possessive bool) int {
	e := i
	for e < len(text) {
		c := text[e]
		if ASCIILetter[c] {
			e++
			continue
		}
		if c < utf8.RuneSelf && c != '\'' {
			break // the common end of a word: space or punctuation
		}
		ok, n := LetterAt(text, e)
		if ok {
			e += n
			continue
		}
		if isApostrophe(text, e) && e+n < len(text) {
			if ok2, _ := LetterAt(text, e+n); ok2 && (possessive || !loneS(text, e+n)) {
				e += n
				continue
			}
		}
		break
	}
	return e
}

// loneS reports an "s" at i that no letter follows.
func loneS(text string, i int) bool {
	if text[i] != 's' {
		return false
	}
	if i+1 >= len(text) {
		return true
	}
	ok, _ := LetterAt(text, i+1)
	return !ok
}

// LetterAt reports whether a letter starts at text[i], and the length of
// the rune there; ASCII is tested without decoding.
func LetterAt(text string, i int) (bool, int) {
	if c := text[i]; c < utf8.RuneSelf {
		return ASCIILetter[c], 1
	}
	r, n := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r), n
}

// isApostrophe reports ' or ’ at text[i].
func isApostrophe(text string, i int) bool {
	return text[i] == '\'' || strings.HasPrefix(text[i:], "’")
}
