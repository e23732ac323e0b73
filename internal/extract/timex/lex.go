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
			e := scan.DigitsEnd(text, i)
			toks = append(toks, tok{s: i, e: e, kind: tNum, low: text[i:e], sentStart: start})
			start = false
			i = e
		case scan.ASCIILetter[c]:
			e := scan.WordEnd(text, i, false)
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
				e := scan.WordEnd(text, i, false)
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
