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
			e := scan.DigitsEnd(text, i)
			toks = append(toks, tok{i, e, tNum, text[i:e]})
			i = e
		case scan.ASCIILetter[c]:
			e := scan.WordEnd(text, i, true)
			toks = append(toks, tok{i, e, tWord, lower(text[i:e])})
			i = e
		case c < 0x80:
			toks = append(toks, tok{i, i + 1, tPunct, text[i : i+1]})
			i++
		default:
			r, n := utf8.DecodeRuneInString(text[i:])
			if unicode.IsLetter(r) {
				e := scan.WordEnd(text, i, true)
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
