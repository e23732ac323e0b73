package numbers

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestVocabCoversLiterals keeps lower()'s vocabulary in step with the
// rules: every lower-case word literal in the package must be in vocab,
// or a capitalised token could never match it.
func TestVocabCoversLiterals(t *testing.T) {
	files, _ := filepath.Glob("*.go")
	lit := regexp.MustCompile(`"([a-z][a-z]*)"`)
	skip := map[string]bool{"strings": true, "unicode": true, "strconv": true, "math": true, "sync": true}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range lit.FindAllStringSubmatch(string(src), -1) {
			if _, ok := vocab[m[1]]; !ok && !skip[m[1]] {
				t.Errorf("%s: %q missing from vocab", f, m[1])
			}
		}
	}
	if lower("Sixty") != "sixty" || lower("Kabul") != "Kabul" || lower("ÜBER") != "über" {
		t.Error("lower broken")
	}
}
