package numbers

import (
	"dossier/internal/extract/scan"
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

// lex appends to toks the word, number and punctuation tokens of
// text[from:to] (offsets into text) and returns them with the offset where
// lexing stopped (to, or the end of a token that crosses it).
func lex(text string, from, to int, toks []tok) ([]tok, int) {
	i := from
	for i < to {
		c := text[i]
		switch {
		case c == ' ' || c == '\n' || c == '\t' || c == '\r':
			i++
		case c >= '0' && c <= '9':
			e := numEnd(text, i)
			toks = append(toks, tok{i, e, tNum, text[i:e]})
			i = e
		case asciiLetters[c]:
			e := wordEnd(text, i)
			toks = append(toks, tok{i, e, tWord, lower(text[i:e])})
			i = e
		case c < 0x80:
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
	return toks, i
}

// asciiLetters marks the ASCII letters.
var asciiLetters = func() (t [256]bool) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = true, true
	}
	return t
}()

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
		c := text[e]
		if asciiLetters[c] {
			e++
			continue
		}
		if c < utf8.RuneSelf && c != '\'' {
			break // the common end of a word: space or punctuation
		}
		ok, n := letterAt(text, e)
		if ok {
			e += n
			continue
		}
		if isApostrophe(text, e) && e+n < len(text) {
			if ok2, _ := letterAt(text, e+n); ok2 {
				e += n
				continue
			}
		}
		break
	}
	return e
}

// letterAt reports whether a letter starts at text[i], and the length of
// the rune there; ASCII is tested without decoding.
func letterAt(text string, i int) (bool, int) {
	if c := text[i]; c < utf8.RuneSelf {
		return isASCIILetter(c), 1
	}
	r, n := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r), n
}

// isApostrophe reports ' or ’ at text[i].
func isApostrophe(text string, i int) bool {
	return text[i] == '\'' || strings.HasPrefix(text[i:], "’")
}

// lower lower-cases the word s against this scanner's vocabulary.
func lower(s string) string { return scan.Lower(s, vocabSet) }

// vocab holds every lower-case word the scanner compares tokens with.
var vocab = buildVocab()

// vocabSet is vocab with scan's pre-test.
var vocabSet = scan.NewWords(vocab)

// vocabWords are the literal words used by the rules outside the tables.
const vocabWords = `a an and another any am pm h hrs gmt utc cent per pct percent times fold
odd plus more so or to of half score couple number few handful st nd rd th s m p no the this
that which someone by day each every about around approximately roughly at until till before
after hours local dozen another o'clock o’clock`

// buildVocab joins vocabWords and the keys of every word table.
func buildVocab() map[string]string {
	m := map[string]string{}
	add := func(w string) { m[w] = w }
	for _, w := range strings.Fields(vocabWords) {
		add(w)
	}
	for _, tbl := range []map[string]float64{units, tens, scales, suffixScales, factorWords} {
		for w := range tbl {
			add(w)
		}
	}
	for _, tbl := range []map[string]bool{months, idHeads, yearPrepositions, countNouns} {
		for w := range tbl {
			add(w)
		}
	}
	for w := range vaguePlurals {
		add(w)
	}
	for w := range vagueDeterminers {
		add(w)
	}
	for _, qs := range qualifiersByFirst {
		for _, q := range qs {
			for _, w := range q.words {
				add(w)
			}
		}
	}
	return m
}
