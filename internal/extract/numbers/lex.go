package numbers

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token kinds.
const (
	tWord  = iota // letters (and inner apostrophes)
	tNum          // digits with inner "," and "." groups
	tPunct        // any other single rune
)

// tok is one lexical token [s, e) of the text; low is the lower-cased word
// (for tWord) or the literal (others).
type tok struct {
	s, e int
	kind int
	low  string
}

// lex splits text into word, number and punctuation tokens.
func lex(text string) []tok {
	toks := make([]tok, 0, len(text)/5)
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == ' ' || c == '\n' || c == '\t' || c == '\r':
			i++
		case c >= '0' && c <= '9':
			e := numEnd(text, i)
			toks = append(toks, tok{i, e, tNum, text[i:e]})
			i = e
		case c < 0x80 && !isASCIILetter(c):
			toks = append(toks, tok{i, i + 1, tPunct, text[i : i+1]})
			i++
		default:
			r, n := utf8.DecodeRuneInString(text[i:])
			if unicode.IsLetter(r) {
				e := wordEnd(text, i)
				toks = append(toks, tok{i, e, tWord, lower(text[i:e])})
				i = e
				continue
			}
			if !unicode.IsSpace(r) {
				toks = append(toks, tok{i, i + n, tPunct, text[i : i+n]})
			}
			i += n
		}
	}
	return toks
}

// isASCIILetter reports whether c is an ASCII letter.
func isASCIILetter(c byte) bool { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') }

// isDigit reports whether c is an ASCII digit.
func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// numEnd returns the end of the digit group starting at i: digits, with
// "," or "." between digits.
func numEnd(text string, i int) int {
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

// wordEnd returns the end of the word starting at i: letters, with inner
// apostrophes.
func wordEnd(text string, i int) int {
	e := i
	for e < len(text) {
		r, n := utf8.DecodeRuneInString(text[e:])
		if unicode.IsLetter(r) {
			e += n
			continue
		}
		if (r == '\'' || r == '’') && e+n < len(text) {
			r2, _ := utf8.DecodeRuneInString(text[e+n:])
			if unicode.IsLetter(r2) {
				e += n
				continue
			}
		}
		break
	}
	return e
}

// lower lower-cases s without allocating when it is already lower case ASCII.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || (c >= 'A' && c <= 'Z') {
			return strings.ToLower(s)
		}
	}
	return s
}
