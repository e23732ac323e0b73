package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dossier/internal/model"
)

// runExtractCmd runs "dossier extract args..." in-process.
func runExtractCmd(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Run(context.Background(), append([]string{"extract"}, args...), strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

// decodeLines decodes JSON Lines of extraction objects.
func decodeLines(t *testing.T, s string) []model.Extraction {
	t.Helper()
	var xs []model.Extraction
	for _, line := range strings.Split(strings.TrimSpace(s), "\n") {
		if line == "" {
			continue
		}
		var x model.Extraction
		if err := json.Unmarshal([]byte(line), &x); err != nil {
			t.Fatalf("output line is not a JSON object: %v\n%.200s", err, line)
		}
		xs = append(xs, x)
	}
	return xs
}

func TestExtractBadInputsGiveValidObjects(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"empty.txt":     "",
		"spaces.txt":    "  \n\n \t\n",
		"oneline.txt":   strings.Repeat("The Front (TF) said it attacked a post in Kabul, killing 3. ", 180000),
		"quotes.txt":    "\"The group said “it will never stop (ABC - and then\n\n'unclosed",
		"russian.txt":   "Группа заявила о нападении на город. Погибли десять человек.",
		"punct.txt":     "((((- - - ))))....,,,,",
		"nosentence.md": "kabul kabul kabul",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, out, stderr := runExtractCmd(t, dir)
	xs := decodeLines(t, out)
	if len(xs) != len(files) {
		t.Fatalf("got %d objects for %d inputs (exit %d): %s", len(xs), len(files), code, stderr)
	}
	if code != 0 {
		t.Errorf("exit %d, want 0: %s", code, stderr)
	}
	for _, x := range xs {
		if x.Entities == nil || x.Events == nil || x.Relations == nil || x.Estimates == nil {
			t.Errorf("%s: a section is null", x.Document)
		}
	}
}

func TestExtractJSONLRecordsAndOutDir(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "records.jsonl")
	rec := `{"id":"rec-7","text":"Gunmen of the Zagros Resistance Front (ZRF) attacked a checkpoint in Kabul on Monday, killing four soldiers. The ZRF claimed the attack.","published":"2022-03-09"}` + "\n"
	if err := os.WriteFile(in, []byte(rec), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	code, _, stderr := runExtractCmd(t, "--out", out, "--explain", in)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	b, err := os.ReadFile(filepath.Join(out, "rec-7.json"))
	if err != nil {
		t.Fatal(err)
	}
	var x model.Extraction
	if err := json.Unmarshal(b, &x); err != nil {
		t.Fatal(err)
	}
	if x.Document != "rec-7" || x.Published.String() != "2022-03-09" {
		t.Errorf("document %q published %q, want rec-7 2022-03-09", x.Document, x.Published)
	}
	found := false
	for _, e := range x.Entities {
		if e.Name == "Zagros Resistance Front" {
			found = true
			if e.Rule == "" {
				t.Error("--explain left the entity's rule empty")
			}
		}
	}
	if !found {
		t.Errorf("no Zagros Resistance Front entity in %s", b)
	}
}

func TestExtractUsageErrors(t *testing.T) {
	if code, _, _ := runExtractCmd(t); code != 2 {
		t.Errorf("no input: exit %d, want 2", code)
	}
	if code, _, _ := runExtractCmd(t, "--format", "xml", "x"); code != 2 {
		t.Errorf("bad format: exit %d, want 2", code)
	}
	if code, _, stderr := runExtractCmd(t, filepath.Join(t.TempDir(), "missing.txt")); code != 1 || stderr == "" {
		t.Errorf("missing file: exit %d, stderr %q", code, stderr)
	}
}
