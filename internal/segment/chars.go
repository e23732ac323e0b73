package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// isSpaceByte reports whether the ASCII byte c is white space.
func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// spaceLen returns the byte length of the white-space rune at i, or 0.
func spaceLen(t string, i int) int {
	c := t[i]
	if c < 0x80 {
		if isSpaceByte(c) {
			return 1
		}
		return 0
	}
	if c != 0xC2 && c != 0xE2 && c != 0xE3 {
		return 0
	}
	r, n := utf8.DecodeRuneInString(t[i:])
	if unicode.IsSpace(r) || r == '\u200b' {
		return n
	}
	return 0
}

// isSpaceAt reports whether a white-space rune starts at i.
func isSpaceAt(t string, i int) bool { return spaceLen(t, i) > 0 }

// trimSpan trims white space from both ends of t[st:en].
func trimSpan(t string, st, en int) (int, int) {
	for st < en {
		n := spaceLen(t, st)
		if n == 0 {
			break
		}
		st += n
	}
	for en > st {
		r, n := utf8.DecodeLastRuneInString(t[st:en])
		if !unicode.IsSpace(r) && r != '\u200b' {
			break
		}
		en -= n
	}
	return st, en
}

// lastRune returns the last rune of s and its size.
func lastRune(s string) (rune, int) { return utf8.DecodeLastRuneInString(s) }

// isFinalPunct reports whether r can end a sentence or a quoted sentence.
func isFinalPunct(r rune) bool {
	switch r {
	case '.', '!', '?', '…', '"', '\'', '”', '’', ')', ']', ':', ';', '»':
		return true
	}
	return false
}

// ellipsisLen returns 3 if "…" starts at i, else 0.
func ellipsisLen(t string, i int) int {
	if i+2 < len(t) && t[i] == 0xE2 && t[i+1] == 0x80 && t[i+2] == 0xA6 {
		return 3
	}
	return 0
}

// closerLen returns the byte length of a closing quote or bracket at i, or 0.
func closerLen(t string, i int) int {
	switch t[i] {
	case '"', '\'', ')', ']':
		return 1
	case 0xE2:
		if i+2 < len(t) && t[i+1] == 0x80 && (t[i+2] == 0x9D || t[i+2] == 0x99) {
			return 3 // ” ’
		}
	case 0xC2:
		if i+1 < len(t) && t[i+1] == 0xBB {
			return 2 // »
		}
	}
	return 0
}

// isStarter reports whether the rune at i can begin a sentence.
func isStarter(t string, i int) bool {
	if i >= len(t) {
		return false
	}
	c := t[i]
	if c < 0x80 {
		return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
			c == '"' || c == '\'' || c == '(' || c == '[' || c == '-' || c == '*'
	}
	r, _ := utf8.DecodeRuneInString(t[i:])
	switch r {
	case '“', '‘', '•', '–', '—', '«', '¿', '¡':
		return true
	}
	return unicode.IsUpper(r) || unicode.IsDigit(r) || (unicode.IsLetter(r) && !unicode.IsLower(r))
}

// isLowerAt reports whether a lower-case letter starts at i.
func isLowerAt(t string, i int) bool {
	if i >= len(t) {
		return false
	}
	c := t[i]
	if c < 0x80 {
		return c >= 'a' && c <= 'z'
	}
	r, _ := utf8.DecodeRuneInString(t[i:])
	return unicode.IsLower(r)
}

// nextWord returns the letters and digits of the word starting at or after
// k, skipping opening quotes and brackets.
func nextWord(t string, k int) string {
	for k < len(t) {
		r, n := utf8.DecodeRuneInString(t[k:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			break
		}
		k += n
	}
	e := k
	for e < len(t) {
		r, n := utf8.DecodeRuneInString(t[e:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		e += n
	}
	return t[k:e]
}

// abbreviation kinds.
const (
	abbrTitle  = 1 // Mr., Gen.: never ends a sentence
	abbrNumber = 2 // No., p.: does not end a sentence before a number
	abbrOther  = 3 // Jan., Inc., e.g.: ends one only before a common opener
)

// abbrevs maps abbreviations (without the final period) to their kind.
var abbrevs = map[string]int{
	"Mr": abbrTitle, "Mrs": abbrTitle, "Ms": abbrTitle, "Dr": abbrTitle, "Prof": abbrTitle,
	"Gen": abbrTitle, "Lt": abbrTitle, "Col": abbrTitle, "Sgt": abbrTitle, "Capt": abbrTitle,
	"Maj": abbrTitle, "Cpl": abbrTitle, "Pvt": abbrTitle, "Adm": abbrTitle, "Brig": abbrTitle,
	"Cmdr": abbrTitle, "Gov": abbrTitle, "Sen": abbrTitle, "Rep": abbrTitle, "Rev": abbrTitle,
	"St": abbrTitle, "Mt": abbrTitle, "Ft": abbrTitle, "Pte": abbrTitle, "Hon": abbrTitle,
	"Pres": abbrTitle, "Insp": abbrTitle, "Supt": abbrTitle, "Messrs": abbrTitle, "Sgt.Maj": abbrTitle,
	"Mme": abbrTitle, "Mlle": abbrTitle, "Gens": abbrTitle, "Lieut": abbrTitle, "Cdr": abbrTitle,
	"No": abbrNumber, "Nos": abbrNumber, "no": abbrNumber, "nos": abbrNumber, "p": abbrNumber,
	"pp": abbrNumber, "para": abbrNumber, "paras": abbrNumber, "art": abbrNumber, "Art": abbrNumber,
	"vol": abbrNumber, "Vol": abbrNumber, "fig": abbrNumber, "Fig": abbrNumber, "ch": abbrNumber,
	"sec": abbrNumber, "Sec": abbrNumber, "Res": abbrNumber, "res": abbrNumber, "op": abbrNumber,
	"Jan": abbrOther, "Feb": abbrOther, "Mar": abbrOther, "Apr": abbrOther, "Jun": abbrOther,
	"Jul": abbrOther, "Aug": abbrOther, "Sep": abbrOther, "Sept": abbrOther, "Oct": abbrOther,
	"Nov": abbrOther, "Dec": abbrOther, "incl": abbrOther, "approx": abbrOther, "est": abbrOther,
	"vs": abbrOther, "cf": abbrOther, "al": abbrOther, "Inc": abbrOther, "Ltd": abbrOther,
	"Corp": abbrOther, "Co": abbrOther, "Jr": abbrOther, "Sr": abbrOther, "Bros": abbrOther,
	"Dept": abbrOther, "Univ": abbrOther, "Assn": abbrOther, "Ave": abbrOther, "Blvd": abbrOther,
	"Rd": abbrOther, "Govt": abbrOther, "govt": abbrOther, "Mon": abbrOther, "Tue": abbrOther,
	"Tues": abbrOther, "Wed": abbrOther, "Thu": abbrOther, "Thurs": abbrOther, "Fri": abbrOther,
	"Sat": abbrOther, "Sun": abbrOther, "Gov't": abbrOther, "min": abbrOther, "max": abbrOther,
	"Ph": abbrOther, "Bn": abbrOther, "Bde": abbrOther, "Div": abbrOther, "Regt": abbrOther,
	"Pak": abbrOther, "Afg": abbrOther, "Dist": abbrOther, "Prov": abbrOther, "Twp": abbrOther,
}

// openers are words that commonly begin a sentence; after an ambiguous
// abbreviation ("U.S.", "Inc.") they signal a sentence boundary.
var openers = map[string]bool{
	"The": true, "A": true, "An": true, "It": true, "He": true, "She": true, "They": true,
	"We": true, "I": true, "In": true, "On": true, "At": true, "But": true, "And": true,
	"This": true, "That": true, "These": true, "Those": true, "There": true, "Its": true,
	"His": true, "Her": true, "Their": true, "As": true, "After": true, "Before": true,
	"When": true, "While": true, "According": true, "However": true, "Meanwhile": true,
	"Since": true, "If": true, "Although": true, "Some": true, "Many": true, "Most": true,
	"For": true, "By": true, "With": true, "Yet": true, "Still": true, "Also": true,
	"Officials": true, "Police": true, "Authorities": true, "No": true, "Nobody": true,
	"None": true, "Several": true, "During": true, "Last": true, "Earlier": true,
	"Later": true, "Now": true, "Then": true, "Such": true, "What": true, "Why": true,
	"How": true, "Who": true, "Where": true, "Our": true, "My": true, "You": true,
	"Both": true, "Each": true, "Following": true, "Despite": true, "Under": true,
}

// wordEnds decides whether the period after word ends a sentence when next
// is the following word; atStart is set when word opens the sentence.
func wordEnds(word, next string, atStart bool) bool {
	word = strings.TrimLeft(word, "\"'([{“‘«")
	if word == "" {
		return true
	}
	if atStart && isDigits(word) {
		return false // a list number: "1. The first item"
	}
	if k, ok := abbrevs[word]; ok {
		switch k {
		case abbrTitle:
			return false
		case abbrNumber:
			return !(next != "" && next[0] >= '0' && next[0] <= '9')
		default:
			return openers[next]
		}
	}
	if strings.Contains(word, ".") {
		if word == "a.m" || word == "p.m" {
			return openers[next]
		}
		if isLowerASCII(word[0]) {
			return false // e.g. i.e.
		}
		return openers[next] // U.S. U.N.
	}
	if r, n := utf8.DecodeRuneInString(word); n == len(word) && unicode.IsUpper(r) {
		return openers[next] // an initial: "J. Smith"
	}
	return true
}

// isDigits reports whether s is all ASCII digits.
func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// isLowerASCII reports whether c is an ASCII lower-case letter.
func isLowerASCII(c byte) bool { return c >= 'a' && c <= 'z' }
