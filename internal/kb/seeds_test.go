package kb

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dossier/internal/model"
)

// TestSeedGoldMerge merges the analysts' per-document gold extractions of
// the seed articles (read from ../shared at test time) and checks the
// cross-document acceptance points. It exercises the merge alone: gold
// input has no gazetteer refs, so everything links by names and evidence.
// Set KB_EXPORT=FILE to keep the kb-json export for `score kb`.
func TestSeedGoldMerge(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "eval", "gold", "seeds")
	files, _ := filepath.Glob(filepath.Join(dir, "*.json"))
	if len(files) == 0 {
		t.Skip("../shared gold seeds not found")
	}
	var in Input
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var x model.Extraction
		if err := json.Unmarshal(b, &x); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		id := strings.TrimSuffix(filepath.Base(f), ".json")
		in.Docs = append(in.Docs, Doc{ID: id, Name: x.Document, Source: id, Published: x.Published})
		in.Claims = append(in.Claims, Claims(id, &x, "gold")...)
	}
	k := Build(in)
	if out := os.Getenv("KB_EXPORT"); out != "" {
		f, err := os.Create(out)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if err := k.WriteJSON(f); err != nil {
			t.Fatal(err)
		}
	}
	iskp, err := k.Find("ISIS-K")
	if err != nil {
		t.Fatal(err)
	}
	if len(iskp.Documents) != 5 {
		t.Errorf("ISKP in %d documents, want 5", len(iskp.Documents))
	}
	var airport *Event
	for _, e := range k.Events {
		if e.Date.String() == "2021-08-26" && e.PerpetratorID == iskp.ID {
			airport = e
		}
	}
	if airport == nil {
		t.Fatal("no 2021-08-26 ISKP event")
	}
	if len(airport.Reports) != 5 || !hasConflict(airport, "killed", ConflictContradiction) {
		t.Errorf("airport attack: %d reports, conflicts %+v; want 5 and killed", len(airport.Reports), airport.Conflicts)
	}
}
