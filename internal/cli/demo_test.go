package cli

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestDemoIngestsExamples(t *testing.T) {
	db := filepath.Join(t.TempDir(), "demo.db")
	code, out, errs := runCLI(t, "", "demo", "--db", db, "--serve", "")
	if code != 0 || !strings.Contains(out, "8 new, 0 unchanged, 0 failed") || !strings.Contains(out, "8 documents") {
		t.Fatalf("demo: %d\n%s\n%s", code, out, errs)
	}
	for _, want := range []string{"al-shabaab.html", "ex-2018-dapchi", "Example Monitor", "2024-02-09"} {
		if !strings.Contains(out, want) {
			t.Errorf("demo output lacks %q:\n%s", want, out)
		}
	}
	code, out, _ = runCLI(t, "", "demo", "--db", db, "--serve", "")
	if code != 0 || !strings.Contains(out, "0 new, 8 unchanged") {
		t.Errorf("second demo: %d %s", code, out)
	}
}
