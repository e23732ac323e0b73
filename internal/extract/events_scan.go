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
// low is text ASCII-lower-cased (same offsets; see work.lower). The tokens
// are appended to buf, and returned with their own capacity so that
// appending to them never writes into buf.
func eventTokens(text, low string, start, end int, buf []etok) (toks, grown []etok) {
	first := len(buf)
	i := start
	for i < end {
		if c := text[i]; c < utf8.RuneSelf {
			switch {
			case isASCIISpace(c):
				i++
			case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9':
				j := wordEnd(text, i, end)
				t := newTok(text, low, i, j, false)
				t.SentInit = len(buf) == first
				buf = append(buf, t)
				i = j
			default:
				buf = append(buf, etok{Start: i, End: i + 1, Text: text[i : i+1], Low: text[i : i+1], Punct: true})
				i++
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:end])
		switch {
		case unicode.IsSpace(r) || r == 0xA0:
			i += n
		case isWordRune(r):
			j := wordEnd(text, i, end)
			t := newTok(text, low, i, j, false)
			t.SentInit = len(buf) == first
			buf = append(buf, t)
			i = j
		default:
			buf = append(buf, newTok(text, low, i, i+n, true))
			i += n
		}
	}
	return buf[first:len(buf):len(buf)], buf
}

// newTok builds the token text[i:j] with its lower-case form, taken from
// low when the token is ASCII.
func newTok(text, low string, i, j int, punct bool) etok {
	s := text[i:j]
	l := s
	for k := 0; k < len(s); k++ {
		if c := s[k]; c >= 0x80 {
			l = strings.ToLower(s)
			break
		} else if 'A' <= c && c <= 'Z' {
			l = low[i:j]
		}
	}
	return etok{Start: i, End: j, Text: s, Low: l, Punct: punct}
}

// isWordRune reports letters and digits.
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// wordEnd returns the end of the word starting at i: letters and digits,
// joined by one inner ' - . or , (a comma only between digits).
func wordEnd(text string, i, end int) int {
	j := i
	for j < end {
		if asciiName[text[j]] {
			j++
			continue
		}
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
	first, _, _ := strings.Cut(phrase, " ")
	for i := from; i < len(toks); i++ {
		if toks[i].Low == first && phraseAt(toks, i, phrase) {
			return i
		}
	}
	return -1
}
