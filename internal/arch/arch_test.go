// Package arch holds one test that keeps the data flow one way: the pure
// stages (ingest, segment, numbers, timex, gazetteer, extract, kb) never
// reach the store, the configuration, the pipeline or the HTTP layer. It
// replaces a copy of the same check in each package.
package arch

import (
	"os/exec"
	"strings"
	"testing"
)

const mod = "dossier/internal/"

// rule says what one package may import.
type rule struct {
	pkg string
	// direct: non-test imports limited to the standard library, model and
	// the packages in allow.
	direct bool
	allow  []string
	// onlyModel: every Dossier package it depends on, transitively, is model.
	onlyModel bool
	// banned: Dossier packages (and their subpackages) it must not depend
	// on, transitively.
	banned []string
}

var impure = []string{"store", "config", "pipeline", "web", "cli"}

var rules = []rule{
	{pkg: "segment", direct: true},
	{pkg: "extract/scan", direct: true},
	{pkg: "extract/numbers", direct: true, allow: []string{"extract/scan"}},
	{pkg: "extract/timex", direct: true, allow: []string{"extract/scan"}},
	{pkg: "ingest", onlyModel: true},
	{pkg: "gazetteer", banned: impure},
	{pkg: "extract", banned: append([]string{"kb"}, impure...)},
	{pkg: "kb", banned: append([]string{"extract"}, impure...)},
}

// goList runs go list with a template over every package of the module.
func goList(t *testing.T, args ...string) map[string][]string {
	t.Helper()
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go tool not on PATH")
	}
	out, err := exec.Command(goBin, append([]string{"list"}, args...)...).Output()
	if err != nil {
		t.Skipf("go list: %v", err)
	}
	m := map[string][]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		pkg, list, _ := strings.Cut(line, ":")
		m[pkg] = strings.Fields(list)
	}
	return m
}

func TestPureStages(t *testing.T) {
	imports := goList(t, "-f", "{{.ImportPath}}:{{join .Imports \" \"}}", "dossier/...")
	deps := goList(t, "-f", "{{.ImportPath}}:{{join .Deps \" \"}}", "dossier/...")
	for _, r := range rules {
		pkg := mod + r.pkg
		if _, ok := deps[pkg]; !ok {
			t.Errorf("package %s not found by go list", pkg)
			continue
		}
		if r.direct {
			for _, p := range imports[pkg] {
				if strings.Contains(strings.SplitN(p, "/", 2)[0], ".") ||
					(strings.HasPrefix(p, "dossier/") && !allowed(p, r.allow)) {
					t.Errorf("%s imports %s: only the standard library, model and %v are allowed", r.pkg, p, r.allow)
				}
			}
		}
		for _, p := range deps[pkg] {
			if r.onlyModel && strings.HasPrefix(p, "dossier/") && p != mod+"model" {
				t.Errorf("%s depends on %s: it may use model only", r.pkg, p)
			}
			for _, b := range r.banned {
				if p == mod+b || strings.HasPrefix(p, mod+b+"/") {
					t.Errorf("%s depends on %s", r.pkg, p)
				}
			}
		}
	}
}

// allowed reports whether the Dossier package p is model or one of allow.
func allowed(p string, allow []string) bool {
	if p == mod+"model" {
		return true
	}
	for _, a := range allow {
		if p == mod+a {
			return true
		}
	}
	return false
}
