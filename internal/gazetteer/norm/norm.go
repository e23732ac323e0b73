// Package norm owns the text normalisation shared by the gazetteer, its
// generator and its matcher: case and diacritic folding, word tokens with
// byte offsets into the original text, and lookup keys. It imports only the
// standard library and golang.org/x/text; never store, config or gazetteer.
package norm

import (
	"strings"
	"unicode"
	"unicode/utf8"

	xnorm "golang.org/x/text/unicode/norm"
)

// foldTable maps a non-ASCII rune to its folded lower-case ASCII (or
// lower-case non-Latin) form. Built once at start-up.
var foldTable = buildFoldTable()

// special folds that Unicode decomposition does not give.
var special = map[rune]string{
	'ß': "ss", 'æ': "ae", 'Æ': "ae", 'ø': "o", 'Ø': "o", 'ł': "l", 'Ł': "l",
	'đ': "d", 'Đ': "d", 'ð': "d", 'Ð': "d", 'þ': "th", 'Þ': "th", 'ı': "i",
	'œ': "oe", 'Œ': "oe", 'ħ': "h", 'Ħ': "h", 'ŀ': "l", 'ĸ': "k", 'ŉ': "n",
	'ə': "e", 'Ə': "e", 'ɨ': "i", 'ʃ': "sh", 'ŋ': "ng",
}

func buildFoldTable() map[rune]string {
	t := make(map[rune]string, 1200)
	add := func(lo, hi rune) {
		for r := lo; r <= hi; r++ {
			if s, ok := special[r]; ok {
				t[r] = s
				continue
			}
			var b strings.Builder
			for _, d := range xnorm.NFD.String(string(r)) {
				if unicode.Is(unicode.Mn, d) {
					continue
				}
				b.WriteRune(unicode.ToLower(d))
			}
			if s := b.String(); s != "" {
				t[r] = s
			}
		}
	}
	add(0x00C0, 0x024F) // Latin-1 supplement, Extended-A and -B
	add(0x1E00, 0x1EFF) // Latin Extended Additional (ḩ, ẕ, ṟ ...)
	add(0x0370, 0x03FF) // Greek: lower-case, strip tonos
	add(0x0400, 0x04FF) // Cyrillic: lower-case
	return t
}

// FoldRune returns r folded to lower case without diacritics; ok is false
// when r is not part of a word.
func FoldRune(r rune) (s string, ok bool) {
	if s, ok := foldTable[r]; ok {
		return s, true
	}
	if unicode.Is(unicode.Mn, r) {
		return "", true
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return string(unicode.ToLower(r)), true
	}
	return "", false
}

// Fold returns s lower-cased with diacritics removed; other characters are
// kept as they are.
func Fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r < utf8.RuneSelf {
			b.WriteByte(lowerASCII(byte(r)))
			continue
		}
		if f, ok := FoldRune(r); ok {
			b.WriteString(f)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// Key returns the lookup key of a name: its folded word tokens joined by
// single spaces, without a leading "the". "The Tora-Bora" → "tora bora".
func Key(s string) string {
	b := make([]byte, 0, len(s)+4)
	Tokens(s, func(t Token) bool {
		if len(b) > 0 {
			b = append(b, ' ')
		}
		b = append(b, t.Folded...)
		return true
	})
	if len(b) > 4 && string(b[:4]) == "the " {
		b = b[4:]
	}
	return string(b)
}
