package timex

import (
	"dossier/internal/extract/scan"
	"strings"
	"unicode"
	"unicode/utf8"
)

// token kinds.
const (
	tWord  = iota // letters with inner apostrophes
	tNum          // ASCII digits, with inner "." or "," between digits
	tPunct        // any other single rune
)

// tok is one token [s, e) of the text. low is the lower-cased word or the
// literal; cap is set when a word starts with an upper-case letter.
type tok struct {
	s, e int
	kind int
	low  string
	cap  bool
	// sentStart is set when the token opens a sentence or a line.
	sentStart bool
}

// lex appends to toks the tokens of text[from:to] (offsets into text) and
// returns them with the offset where lexing stopped (to, or the end of a
// token that crosses it).
func lex(text string, from, to int, toks []tok) ([]tok, int) {
	start := true
	i := from
	for i < to {
		c := text[i]
		switch {
		case c == '\n':
			start = true
			i++
		case c == ' ' || c == '\t' || c == '\r':
			i++
		case c >= '0' && c <= '9':
			e := numEnd(text, i)
			toks = append(toks, tok{s: i, e: e, kind: tNum, low: text[i:e], sentStart: start})
			start = false
			i = e
		case asciiLetters[c]:
			e := wordEnd(text, i)
			toks = append(toks, tok{s: i, e: e, kind: tWord, low: lower(text[i:e]), cap: c <= 'Z', sentStart: start})
			start = false
			i = e
		case c < 0x80:
			toks = append(toks, tok{s: i, e: i + 1, kind: tPunct, low: text[i : i+1], sentStart: start})
			start = c == '.' || c == '!' || c == '?'
			i++
		default:
			r, n := utf8.DecodeRuneInString(text[i:])
			if unicode.IsLetter(r) {
				e := wordEnd(text, i)
				toks = append(toks, tok{s: i, e: e, kind: tWord, low: lower(text[i:e]), cap: unicode.IsUpper(r), sentStart: start})
				start = false
				i = e
				continue
			}
			if !unicode.IsSpace(r) {
				toks = append(toks, tok{s: i, e: i + n, kind: tPunct, low: text[i : i+n], sentStart: start})
				start = r == '…'
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

// numEnd returns the end of the digit group at i ("26", "26.08.2021").
func numEnd(text string, i int) int {
	e := i
	for e < len(text) {
		if text[e] >= '0' && text[e] <= '9' {
			e++
			continue
		}
		if (text[e] == '.' || text[e] == ',') && e+1 < len(text) && text[e+1] >= '0' && text[e+1] <= '9' {
			e++
			continue
		}
		break
	}
	return e
}

// wordEnd returns the end of the word at i.
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
			if ok2, _ := letterAt(text, e+n); ok2 && !(text[e+n] == 's' && !followsLetter(text, e+n+1)) {
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

// followsLetter reports whether a letter starts at i.
func followsLetter(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	ok, _ := letterAt(text, i)
	return ok
}

// lower lower-cases the word s against this scanner's vocabulary.
func lower(s string) string { return scan.Lower(s, vocabSet) }

// vocab holds every lower-case word the scanner compares tokens with.
var vocab = buildVocab()

// vocabSet is vocab with scan's pre-test.
var vocabSet = scan.NewWords(vocab)

// vocabWords are the literal words used by the rules outside the tables.
const vocabWords = `a about after afternoon afterward afterwards against ago almost also an and
approximately are around as at be before beginning between by circa couple day days decade
decades during each earlier early end estimated evening every fall few following for fortnight
from gmt have hour hours hrs in into killed killing last late later latter least local mid
middle minutes month months morning nd nearly next night not of on one or over past preceding
previous previously prior rd roughly s same several since some st start th than that the this
through throughout till to today tomorrow tonight turn until utc week weekend weeks well were
within year years yesterday wounded injured first second third fourth final half quarter`

// buildVocab joins vocabWords and the keys of every word table.
func buildVocab() map[string]string {
	m := map[string]string{}
	for _, w := range strings.Fields(vocabWords) {
		m[w] = w
	}
	for _, tbl := range []map[string]int{monthNums, weekdays, smallNums} {
		for w := range tbl {
			m[w] = w
		}
	}
	for _, tbl := range []map[string]bool{nameMonths, datePrev, datePreps, countNouns, countQualifiers} {
		for w := range tbl {
			m[w] = w
		}
	}
	for w := range seasons {
		m[w] = w
	}
	for w := range mods {
		m[w] = w
	}
	for w := range unitSpans {
		m[w] = w
	}
	for w := range anaphoricDirs {
		m[w] = w
	}
	return m
}
