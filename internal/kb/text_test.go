package kb

import (
	"math/rand"
	"testing"
)

// TestNormASCIIMatchesUnicode: the ASCII fast path of Norm gives what the
// general path gives, on random ASCII strings and on edge cases.
func TestNormASCIIMatchesUnicode(t *testing.T) {
	cases := []string{"", " ", "the", "The ", "THE  Group", " the-Group ", "ISIS-K", "al-Shabaab", "Al Qaeda",
		"\tthe\tx", "the\x00", "...", "1,500", "Tehrik-i-Taliban Pakistan (TTP)", "theory", "the  the x"}
	const alphabet = "aAzZ09 -.,'()\t\n\x00\x7fthe THE"
	r := rand.New(rand.NewSource(1))
	for range 20000 {
		b := make([]byte, r.Intn(12))
		for i := range b {
			b[i] = alphabet[r.Intn(len(alphabet))]
		}
		cases = append(cases, string(b))
	}
	for _, s := range cases {
		if got, want := normASCII(s), normUnicode(s); got != want {
			t.Fatalf("Norm(%q): ASCII path %q, general path %q", s, got, want)
		}
	}
}
