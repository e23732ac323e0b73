package gazetteer

import (
	"os/exec"
	"strings"
	"testing"
)

// TestPureDependencies keeps the package a pure stage: no store, config,
// pipeline or web import, directly or not.
func TestPureDependencies(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").Output()
	if err != nil {
		t.Skipf("go list unavailable: %v", err)
	}
	for _, dep := range strings.Fields(string(out)) {
		for _, banned := range []string{"dossier/internal/store", "dossier/internal/config", "dossier/internal/pipeline", "dossier/internal/web"} {
			if dep == banned || strings.HasPrefix(dep, banned+"/") {
				t.Errorf("gazetteer depends on %s", dep)
			}
		}
	}
}
