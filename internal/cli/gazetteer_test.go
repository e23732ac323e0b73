package cli

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

func gazRun(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), code
}

func TestGazetteerLookup(t *testing.T) {
	out, errs, code := gazRun(t, "", "gazetteer", "lookup", "Nangahar")
	if code != 0 {
		t.Fatalf("exit %d, stderr %s", code, errs)
	}
	for _, want := range []string{"AF.18", "admin1", "Nangarhar", "34.4265, 70.4515", "matched by alias"} {
		if !strings.Contains(out, want) {
			t.Errorf("lookup output lacks %q:\n%s", want, out)
		}
	}
	if _, _, code := gazRun(t, "", "gazetteer", "lookup", "Zzqxwv"); code != 1 {
		t.Errorf("unknown name: exit %d, want 1", code)
	}
	if _, _, code := gazRun(t, "", "gazetteer", "lookup"); code != 2 {
		t.Errorf("no name: exit %d, want 2", code)
	}
	if _, errs, code := gazRun(t, "", "gazetteer", "lookup", "--country", "QQ", "Kabul"); code != 2 || !strings.Contains(errs, "QQ") {
		t.Errorf("bad country: exit %d, stderr %q", code, errs)
	}
}

func TestGazetteerMatchStdin(t *testing.T) {
	out, errs, code := gazRun(t, "Militants attacked Jalalabad, Afghanistan.", "gazetteer", "match")
	if code != 0 {
		t.Fatalf("exit %d, stderr %s", code, errs)
	}
	if !strings.Contains(out, "19-28\tJalalabad\tgeo:1139715") || !strings.Contains(out, "\tAfghanistan\tAF\t") {
		t.Errorf("match output:\n%s", out)
	}
}
