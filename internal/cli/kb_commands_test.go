package cli

import (
	"encoding/json"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestKnowledgeBaseCommands ingests our bundled examples and drives the
// knowledge-base commands in-process: export, profile, curation and undo.
func TestKnowledgeBaseCommands(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kb.db")
	if code, out, errs := runCLI(t, "", "ingest", "-q", "--db", db, filepath.Join("..", "..", "examples")); code != 0 {
		t.Fatalf("ingest: %d %s %s", code, out, errs)
	}
	code, out, errs := runCLI(t, "", "export", "--format", "kb-json", "--db", db)
	if code != 0 {
		t.Fatalf("export: %d %s", code, errs)
	}
	var x struct {
		Entities []struct {
			ID, Name  string
			Documents []string
		}
		Events []json.RawMessage
	}
	if err := json.Unmarshal([]byte(out), &x); err != nil || len(x.Entities) == 0 {
		t.Fatalf("export is not kb-json with entities: %v\n%s", err, out)
	}
	var multi string
	for _, e := range x.Entities {
		if len(e.Documents) > 1 {
			multi = e.Name
		}
	}
	if multi == "" {
		t.Fatal("no entity merged across the example documents")
	}
	code, out, errs = runCLI(t, "", "profile", "--db", db, "--format", "markdown", multi)
	if code != 0 || !strings.Contains(out, "# "+multi) || !strings.Contains(out, "## Sources") {
		t.Fatalf("profile %q: %d %s %s", multi, code, out, errs)
	}
	code, out, _ = runCLI(t, "", "entity", "--db", db, "--who", "tester", "--why", "seen in a report", "alias", "add", multi, "Test Alias Form")
	if code != 0 {
		t.Fatalf("alias add: %d %s", code, out)
	}
	id := regexp.MustCompile(`undo (\d+)`).FindStringSubmatch(out)
	if id == nil {
		t.Fatalf("alias add did not print its action number: %s", out)
	}
	if _, out, _ = runCLI(t, "", "profile", "--db", db, multi); !strings.Contains(out, "Test Alias Form") {
		t.Errorf("added alias missing from profile:\n%s", out)
	}
	if code, out, _ = runCLI(t, "", "undo", "--db", db, "--who", "tester", id[1]); code != 0 {
		t.Fatalf("undo: %d %s", code, out)
	}
	if _, out, _ = runCLI(t, "", "profile", "--db", db, multi); strings.Contains(out, "Test Alias Form") {
		t.Errorf("undone alias still in profile")
	}
	if code, _, errs = runCLI(t, "", "source", "--db", db, "--who", "tester", "grade", "no such outlet", "B"); code != 1 || !strings.Contains(errs, "no source") {
		t.Errorf("grade of unknown source: %d %s", code, errs)
	}
	if code, _, errs = runCLI(t, "", "profile", "--db", db, "Nobody Known Here"); code != 1 || !strings.Contains(errs, "no entity") {
		t.Errorf("profile of unknown name: %d %s", code, errs)
	}
	if code, _, errs = runCLI(t, "", "claim", "--db", db, "--who", "tester", "reject", "cnotaclaim"); code != 1 || !strings.Contains(errs, "no claim") {
		t.Errorf("reject of unknown claim: %d %s", code, errs)
	}
}
