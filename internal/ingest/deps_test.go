package ingest

import (
	"os/exec"
	"strings"
	"testing"
)

// TestPureStage keeps ingest free of the store, the configuration and the
// other Dossier packages: it may import model only.
func TestPureStage(t *testing.T) {
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go tool not on PATH")
	}
	out, err := exec.Command(goBin, "list", "-deps", ".").Output()
	if err != nil {
		t.Skipf("go list: %v", err)
	}
	for _, p := range strings.Fields(string(out)) {
		if strings.HasPrefix(p, "dossier/") && p != "dossier/internal/model" && p != "dossier/internal/ingest" {
			t.Errorf("ingest imports %s", p)
		}
	}
}
