package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// etok is one word or punctuation token of a sentence, as event framing
// sees it: absolute byte offsets, the surface text and its lower-case form.
type etok struct {
	Start, End int
	Text       string
	Low        string
	Punct      bool
	SentInit   bool // the first word of its sentence
}

// eventTokens splits text[start:end] into word and punctuation tokens.
// Words keep inner apostrophes, hyphens, periods and commas between digits
// ("al-Shabaab", "U.S.", "1,500") so that names and figures stay whole.
func eventTokens(text string, start, end int) []etok {
	out := make([]etok, 0, (end-start)/5+1)
	i := start
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:end])
		switch {
		case unicode.IsSpace(r) || r == 0xA0:
			i += n
		case isWordRune(r):
			j := wordEnd(text, i, end)
			t := newTok(text, i, j, false)
			t.SentInit = len(out) == 0
			out = append(out, t)
			i = j
		default:
			out = append(out, newTok(text, i, i+n, true))
			i += n
		}
	}
	return out
}

// newTok builds the token text[i:j] with its lower-case form.
func newTok(text string, i, j int, punct bool) etok {
	s := text[i:j]
	low := s
	for k := 0; k < len(s); k++ {
		if c := s[k]; c >= 0x80 || 'A' <= c && c <= 'Z' {
			low = strings.ToLower(s)
			break
		}
	}
	return etok{Start: i, End: j, Text: s, Low: low, Punct: punct}
}

// isWordRune reports letters and digits.
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// wordEnd returns the end of the word starting at i: letters and digits,
// joined by one inner ' - . or , (a comma only between digits).
func wordEnd(text string, i, end int) int {
	j := i
	for j < end {
		r, n := utf8.DecodeRuneInString(text[j:end])
		if isWordRune(r) {
			j += n
			continue
		}
		if j+n >= end || !joiner(r) {
			break
		}
		next, _ := utf8.DecodeRuneInString(text[j+n : end])
		prev, _ := utf8.DecodeLastRuneInString(text[i:j])
		if !isWordRune(next) || (r == ',' && !(unicode.IsDigit(prev) && unicode.IsDigit(next))) {
			break
		}
		j += n
	}
	// Keep the final period of an abbreviation such as "U.S." or "Dr.".
	if j < end && text[j] == '.' && strings.Contains(text[i:j], ".") {
		j++
	}
	return j
}

// joiner reports punctuation that may join the parts of one word.
func joiner(r rune) bool {
	switch r {
	case '\'', '’', '-', '‑', '.', ',':
		return true
	}
	return false
}

// isCap reports whether t starts with an upper-case letter.
func (t etok) isCap() bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r)
}

// isNum reports whether t is written with digits.
func (t etok) isNum() bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsDigit(r)
}

// hasWord reports whether any token's lower-case text is one of words.
func hasWord(toks []etok, words ...string) bool {
	for _, t := range toks {
		for _, w := range words {
			if t.Low == w {
				return true
			}
		}
	}
	return false
}

// phraseAt reports whether the lower-case words of phrase start at toks[i].
func phraseAt(toks []etok, i int, phrase string) bool {
	for phrase != "" {
		w, rest, _ := strings.Cut(phrase, " ")
		if i >= len(toks) || toks[i].Low != w {
			return false
		}
		i++
		phrase = rest
	}
	return true
}

// findPhrase returns the index of the first occurrence of phrase in toks
// at or after from, or -1.
func findPhrase(toks []etok, from int, phrase string) int {
	for i := from; i < len(toks); i++ {
		if phraseAt(toks, i, phrase) {
			return i
		}
	}
	return -1
}
