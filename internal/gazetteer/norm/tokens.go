package norm

import (
	"unicode"
	"unicode/utf8"
)

// Token is one word of a text: its byte span in the original text and its
// folded form. Folded is only valid during the callback that receives it.
type Token struct {
	Start, End int
	Folded     []byte
	// Upper is true when the word's first letter is upper case; AllUpper
	// when every letter is (and there are at least two).
	Upper, AllUpper bool
	// Hash is Hash(Folded), computed while folding.
	Hash uint32
}

// FNV-1a parameters for Hash.
const (
	hashOffset = 2166136261
	hashPrime  = 16777619
)

// Hash is the FNV-1a hash of a folded word, as Token.Hash.
func Hash(b []byte) uint32 {
	h := uint32(hashOffset)
	for _, c := range b {
		h = (h ^ uint32(c)) * hashPrime
	}
	return h
}

// isApostrophe reports the characters used as apostrophes or ayn/hamza
// marks in transliterations (Qa'ida, Ta‘izz, Ma’rib).
func isApostrophe(r rune) bool {
	switch r {
	case '\'', '’', '‘', 'ʼ', 'ʻ', 'ʿ', 'ʾ', '`', '´':
		return true
	}
	return false
}

// Tokens calls fn for each word of s in order until fn returns false.
// Words are runs of letters and digits; an apostrophe between letters is
// dropped and joins the word (Qa'ida → qaida), except a possessive "'s",
// which ends it (Kabul's → kabul). "&" is the word "and".
func Tokens(s string, fn func(Token) bool) {
	var arr [64]byte
	buf := arr[:0]
	i := 0
	for i < len(s) {
		start, ok := nextWordStart(s, i)
		if !ok {
			return
		}
		if s[start] == '&' {
			and := append(buf[:0], "and"...)
			if !fn(Token{Start: start, End: start + 1, Folded: and, Hash: Hash(and)}) {
				return
			}
			i = start + 1
			continue
		}
		t, end := scanWord(s, start, buf[:0])
		buf = t.Folded[:0]
		if !fn(t) {
			return
		}
		i = end
	}
}

// nextWordStart finds the first byte at or after i that starts a word.
func nextWordStart(s string, i int) (start int, ok bool) {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if asciiClass[c] != classOther || c == '&' {
				return i, true
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if _, word := FoldRune(r); word && !isApostrophe(r) {
			return i, true
		}
		i += n
	}
	return 0, false
}

// asciiClass classifies ASCII bytes for the tokenizer's fast path.
var asciiClass = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = classLower
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = classUpper
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = classDigit
	}
	return t
}()

const (
	classOther uint8 = iota
	classLower
	classUpper
	classDigit
)

// scanWord reads the word starting at start, appending its folded form to
// buf, and returns the token and the byte where scanning should resume.
func scanWord(s string, start int, buf []byte) (Token, int) {
	t := Token{Start: start}
	letters, uppers := 0, 0
	h := uint32(hashOffset)
	i := start
	for i < len(s) {
		c := s[i]
		switch asciiClass[c] {
		case classLower:
			letters++
		case classUpper:
			if letters == 0 {
				t.Upper = true
			}
			uppers++
			letters++
			c |= 0x20
		case classDigit:
		default:
			if c < utf8.RuneSelf {
				if c == '\'' || c == '`' {
					if skip, ok := apostropheInWord(s, i, 1); ok {
						i += skip
						continue
					}
				}
				goto done
			}
			r, n := utf8.DecodeRuneInString(s[i:])
			if isApostrophe(r) {
				if skip, ok := apostropheInWord(s, i, n); ok {
					i += skip
					continue
				}
				goto done
			}
			f, word := FoldRune(r)
			if !word {
				goto done
			}
			if f != "" {
				if isUpperRune(r) {
					uppers++
					if letters == 0 {
						t.Upper = true
					}
				}
				letters++
				buf = append(buf, f...)
				for k := 0; k < len(f); k++ {
					h = (h ^ uint32(f[k])) * hashPrime
				}
			}
			i += n
			continue
		}
		buf = append(buf, c)
		h = (h ^ uint32(c)) * hashPrime
		i++
	}
done:
	t.End = i
	t.Folded = buf
	t.Hash = h
	t.AllUpper = letters >= 2 && uppers == letters
	return t, i
}

// apostropheInWord decides whether the apostrophe of width n at i joins
// two parts of a word; it returns how many bytes to skip.
func apostropheInWord(s string, i, n int) (int, bool) {
	j := i + n
	if j >= len(s) {
		return 0, false
	}
	r, _ := utf8.DecodeRuneInString(s[j:])
	if _, word := FoldRune(r); !word || isApostrophe(r) {
		return 0, false
	}
	// Possessive 's / ’s followed by a non-letter ends the word.
	if (s[j] == 's' || s[j] == 'S') && (j+1 >= len(s) || !startsWord(s[j+1:])) {
		return 0, false
	}
	return n, true
}

func startsWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	_, word := FoldRune(r)
	return word && !isApostrophe(r)
}

func isUpperRune(r rune) bool {
	return unicode.IsUpper(r)
}
