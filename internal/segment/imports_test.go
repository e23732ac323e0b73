package segment

import (
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
	"testing"
)

// TestImports keeps the stage pure: standard library and model only.
func TestImports(t *testing.T) {
	files, _ := filepath.Glob("*.go")
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		af, err := parser.ParseFile(token.NewFileSet(), f, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, imp := range af.Imports {
			path := strings.Trim(imp.Path.Value, "\"")
			if strings.Contains(strings.SplitN(path, "/", 2)[0], ".") ||
				(strings.HasPrefix(path, "dossier/") && path != "dossier/internal/model") {
				t.Errorf("%s imports %s: only the standard library and model are allowed", f, path)
			}
		}
	}
}
