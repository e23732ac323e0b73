package extract

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestTextScanMatchesStrings compares the fast helpers with their
// strings.Fields / strings.Contains definitions on random text mixing
// ASCII, Unicode spaces, curly quotes and cut UTF-8.
func TestTextScanMatchesStrings(t *testing.T) {
	parts := []string{"a", "Kill", "bomb", "ed", " ", "  ", "\n", "\t", "\u00a0", "\u2003", "’", "é", "\xe2", "-", "KILL", "\u212a",
		"at", "of", "the", "from", "th", "İ", "\u0130ll", "ı", "\u212aill", "'s", "'", "s", "member", "members", "nonmember", "TTP", "ISIS-K", "É"}
	rng := rand.New(rand.NewSource(1))
	set := newStemSet([]string{"kill", "bomb", "d b", "é"[:1]})
	set2 := newStemSet([]string{"kill", "-", "ed"})
	for range 20000 {
		var b strings.Builder
		for range rng.Intn(14) {
			b.WriteString(parts[rng.Intn(len(parts))])
		}
		s := b.String()
		if got, want := collapseSpaces(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Fatalf("collapseSpaces(%q) = %q, want %q", s, got, want)
		}
		for n := 0; n <= 4; n++ {
			if got, want := lastWords(s, n), slowLastWords(cut(s, n, true), n); got != want {
				t.Fatalf("lastWords(%q, %d) = %q, want %q", s, n, got, want)
			}
			f := strings.Fields(cut(s, n, false))
			if len(f) > n {
				f = f[:n]
			}
			if got, want := firstWords(s, n), strings.Join(f, " "); got != want {
				t.Fatalf("firstWords(%q, %d) = %q, want %q", s, n, got, want)
			}
		}
		if got, want := string(appendLower([]byte("x"), s)), "x"+strings.ToLower(s); got != want {
			t.Fatalf("appendLower(%q) = %q, want %q", s, got, want)
		}
		if got, want := asciiLower(s), slowASCIILower(s); got != want {
			t.Fatalf("asciiLower(%q) = %q, want %q", s, got, want)
		}
		if allCaps(s) != allCapsRunes(s) {
			t.Fatalf("allCaps(%q) = %v", s, allCaps(s))
		}
		if r, _ := utf8.DecodeRuneInString(s); capitalised(s) != unicode.IsUpper(r) {
			t.Fatalf("capitalised(%q) = %v", s, capitalised(s))
		}
		if got, want := trimPossessive(s), slowTrimPossessive(s); got != want {
			t.Fatalf("trimPossessive(%q) = %q, want %q", s, got, want)
		}
		if got, want := countFields(s), len(strings.Fields(s)); got != want {
			t.Fatalf("countFields(%q) = %d, want %d", s, got, want)
		}
		for l := 0; l <= 6; l++ {
			if got, want := collapsedWithin(s, l), len(collapseSpaces(s)) <= l; got != want {
				t.Fatalf("collapsedWithin(%q, %d) = %v, want %v", s, l, got, want)
			}
		}
		if f, start := lastField(s); start >= 0 != (len(strings.Fields(s)) > 0) || start >= 0 && f != strings.Fields(s)[len(strings.Fields(s))-1] {
			t.Fatalf("lastField(%q) = %q, %d", s, f, start)
		}
		if affiliationWindow(s) && !affiliationTail(s) {
			t.Fatalf("affiliationTail(%q) = false, but the window matches", s)
		}
		if got, want := set.inLower(s), containsAny(strings.ToLower(s), set.stems); got != want {
			t.Fatalf("inLower(%q) = %v, want %v", s, got, want)
		}
		for _, ss := range []*stemSet{set, set2} {
			if got, want := ss.in(s), containsAny(s, ss.stems); got != want {
				t.Fatalf("in(%q) = %v, want %v", s, got, want)
			}
		}
		if got, want := set2.inLower(s), containsAny(strings.ToLower(s), set2.stems); got != want {
			t.Fatalf("inLower(%q) = %v, want %v", s, got, want)
		}
	}
}

// slowASCIILower is asciiLower's definition, byte by byte.
func slowASCIILower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 32
		}
	}
	return string(b)
}

// slowTrimPossessive is trimPossessive's definition.
func slowTrimPossessive(s string) string {
	for _, suf := range []string{"'s", "’s", "'", "’"} {
		if strings.HasSuffix(s, suf) {
			return s[:len(s)-len(suf)]
		}
	}
	return s
}

// affiliationWindow is what memberRelations tests on the window before
// a mention; affiliationTail must hold whenever it does.
func affiliationWindow(s string) bool {
	lw := lastWords(s, 8)
	at := strings.HasSuffix(lw, " at") || strings.HasSuffix(lw, " at the") || lw == "at" || lw == "at the"
	from := strings.HasSuffix(lw, " from") || strings.HasSuffix(lw, " from the")
	member := strings.HasSuffix(lw, "member of") || strings.HasSuffix(lw, "member of the") ||
		strings.HasSuffix(lw, "members of") || strings.HasSuffix(lw, "members of the")
	return at || from || member
}

// cut applies the 40-bytes-per-word window of lastWords/firstWords.
func cut(s string, n int, tail bool) string {
	if len(s) <= 40*n {
		return s
	}
	if tail {
		return s[len(s)-40*n:]
	}
	return s[:40*n]
}

// TestNormFormMatchesDefinition compares normForm with its definition
// through strings.ToLower, strings.Builder and strings.Fields.
func TestNormFormMatchesDefinition(t *testing.T) {
	parts := []string{"a", "Al", "QAIDA", "9", " ", "  ", "\n", "\u00a0", "-", "–", "‑", "'", "’", ".", "é", "É", "\xe2", "\u212a", "İ", "ß"}
	rng := rand.New(rand.NewSource(2))
	for range 20000 {
		var b strings.Builder
		for range rng.Intn(12) {
			b.WriteString(parts[rng.Intn(len(parts))])
		}
		s := b.String()
		if got, want := normForm(s), slowNormForm(s); got != want {
			t.Fatalf("normForm(%q) = %q, want %q", s, got, want)
		}
	}
}

// slowNormForm is normForm's definition.
func slowNormForm(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		case unicode.IsSpace(r) || r == '-' || r == '–' || r == '‑':
			b.WriteByte(' ')
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// TestAffiliationTail checks the gate on the windows memberRelations reads.
func TestAffiliationTail(t *testing.T) {
	for _, s := range []string{"a researcher at", "a researcher at the", "he is a member of",
		"several members of the", "a nonmember of", "fighters from", "a fellow from the", "at", "at the"} {
		if !affiliationWindow(s) || !affiliationTail(s) {
			t.Errorf("%q: window %v, tail %v; want both", s, affiliationWindow(s), affiliationTail(s))
		}
	}
	for _, s := range []string{"", "the", "of the", "the leader of", "attacks in", "members", "that"} {
		if affiliationTail(s) {
			t.Errorf("affiliationTail(%q) = true, want false", s)
		}
	}
}
