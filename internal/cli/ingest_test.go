package cli

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// runCLI runs dossier in-process and returns exit code, stdout, stderr.
func runCLI(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

const article = `A test headline about a militia

By Jane Roe
12 May 2022

The militia attacked a police post near the river crossing on Tuesday, according to local officials who spoke to reporters the next day.

Officials said the attackers withdrew into the hills after a two-hour exchange of fire with the police.
`

func writeFile(t *testing.T, dir, name string, b []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestIngestIdempotentAndDocsShow(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "x.db")
	in := filepath.Join(dir, "in")
	os.Mkdir(in, 0o755)
	os.Mkdir(filepath.Join(in, "sub"), 0o755)
	writeFile(t, in, "a.txt", []byte(article))
	writeFile(t, filepath.Join(in, "sub"), "b.txt", []byte(strings.Replace(article, "Tuesday", "Monday", 1)))
	code, out, errs := runCLI(t, "", "ingest", "--db", db, in)
	if code != 0 || !strings.Contains(out, "2 new, 0 unchanged, 0 failed") {
		t.Fatalf("first run: %d %q %q", code, out, errs)
	}
	code, out, _ = runCLI(t, "", "ingest", "--db", db, in)
	if code != 0 || !strings.Contains(out, "0 new, 2 unchanged, 0 failed") {
		t.Fatalf("second run: %d %q", code, out)
	}
	code, out, _ = runCLI(t, "", "docs", "--db", db)
	if code != 0 || !strings.Contains(out, "2022-05-12") || !strings.Contains(out, "A test headline") {
		t.Errorf("docs: %d %q", code, out)
	}
	code, out, errs = runCLI(t, "", "show", "--db", db, "a.txt")
	if code != 0 || !strings.Contains(out, "withdrew into the hills") || !strings.Contains(out, "author:    Jane Roe") {
		t.Errorf("show: %d %q %q", code, out, errs)
	}
	code, _, errs = runCLI(t, "", "show", "--db", db, "nothing.txt")
	if code != 1 || !strings.Contains(errs, "nothing.txt") {
		t.Errorf("show missing: %d %q", code, errs)
	}
}

func TestIngestStdinAndJSONL(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "x.db")
	jsonl := `{"id":"r1","title":"T","text":"Gunmen attacked a village, killing four people.","published":"03/11/2012"}
this is not json
{"id":"r2","text":"A bomb exploded at a market.","published":"2013-07-01T10:00:00Z"}
`
	code, out, errs := runCLI(t, jsonl, "ingest", "--db", db, "-")
	if code != 1 || !strings.Contains(out, "2 new, 0 unchanged, 1 failed") || !strings.Contains(errs, "-:2") {
		t.Fatalf("stdin jsonl: %d %q %q", code, out, errs)
	}
	code, out, _ = runCLI(t, "", "show", "--db", db, "r1")
	if code != 0 || !strings.Contains(out, "published: 2012-03-11") {
		t.Errorf("show r1: %d %q", code, out)
	}
}

// TestIngestBadInputs: every bad input gets one line naming it and the
// reason, the batch goes on, good inputs are stored, exit code is 1.
func TestIngestBadInputs(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "x.db")
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/ok.html":
			fmt.Fprintf(w, "<html><head><title>Page</title></head><body><article><p>%s</p><p>%s</p></article></body></html>",
				strings.Repeat("The armed group attacked a convoy on the main road. ", 6),
				"Officials said the convoy was carrying food aid for displaced families in the district.")
		case "/slow":
			time.Sleep(2 * time.Second)
		case "/big":
			w.Write(bytes.Repeat([]byte("a"), 4096))
		case "/500":
			http.Error(w, "oops", 500)
		case "/feed.xml":
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprint(w, "<rss><channel><title>x</title><item><title>unterminated")
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	files := map[string][]byte{
		"good.txt":    []byte(article),
		"empty.txt":   {},
		"junk.txt":    {0, 1, 2, 3, 0xff, 0xfe, 0, 0, 7, 8},
		"nobody.html": []byte("<html><head><title>x</title></head><body><nav>Home</nav></body></html>"),
		"broken.pdf":  []byte("%PDF-1.4\n1 0 obj garbage that is not a pdf\n"),
		"notpdf.pdf":  []byte("hello"),
		"feed.rss":    []byte("<rss version=\"2.0\"><channel><item><title>cut"),
		"bad.jsonl":   []byte("{\"id\":\"ok\",\"text\":\"Militants burned a school in the night.\"}\n{broken\n"),
		"latin1.txt":  append([]byte(strings.Replace(article, "Jane Roe", "Jane Caf\xe9", 1)), "\nSeen in Bogot\xe1 on the same day, the militia retreated.\n"...),
	}
	args := []string{"ingest", "--db", db, "--allow-private", "--timeout", "500ms", "--max-bytes", "2048", "-q"}
	for name, b := range files {
		args = append(args, writeFile(t, dir, name, b))
	}
	big := writeFile(t, dir, "big.txt", bytes.Repeat([]byte("word "), 1000))
	args = append(args, big, filepath.Join(dir, "missing.txt"))
	for _, p := range []string{"/ok.html", "/404", "/500", "/slow", "/big", "/feed.xml"} {
		args = append(args, srv.URL+p)
	}
	code, out, errs := runCLI(t, "", args...)
	if code != 1 {
		t.Errorf("exit code %d, want 1", code)
	}
	if !strings.Contains(out, "4 new, 0 unchanged, 14 failed") {
		t.Errorf("summary %q; stderr:\n%s", out, errs)
	}
	wants := map[string]string{
		"empty.txt": "empty", "junk.txt": "binary", "nobody.html": "no article text", "broken.pdf": "PDF",
		"notpdf.pdf": "not a PDF", "feed.rss": "malformed feed", "bad.jsonl:2": "not a JSON object",
		"big.txt": "limit", "missing.txt": "no such file", "/404": "404", "/500": "500",
		"/slow": "timed out", "/big": "limit", "/feed.xml": "malformed feed",
	}
	for in, reason := range wants {
		if !hasLine(errs, in, reason) {
			t.Errorf("no failure line naming %s with %q in:\n%s", in, reason, errs)
		}
	}
}

func TestIngestLegacyEncoding(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "x.db")
	p := writeFile(t, dir, "latin1.txt", []byte(article+"\nSeen in Bogot\xe1 on the same day, the militia retreated into the forest.\n"))
	if code, out, errs := runCLI(t, "", "ingest", "--db", db, p); code != 0 {
		t.Fatalf("ingest: %d %q %q", code, out, errs)
	}
	if code, out, _ := runCLI(t, "", "show", "--db", db, "latin1.txt"); code != 0 || !strings.Contains(out, "Bogot\u00e1") {
		t.Errorf("show: %d %q", code, out)
	}
}

func hasLine(s, a, b string) bool {
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, a) && strings.Contains(l, b) {
			return true
		}
	}
	return false
}

func TestIngestRefusesPrivateAddresses(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, article)
	}))
	defer srv.Close()
	db := filepath.Join(t.TempDir(), "x.db")
	code, _, errs := runCLI(t, "", "ingest", "--db", db, "-q", srv.URL+"/a.txt")
	if code != 1 || !strings.Contains(errs, "non-public address") {
		t.Errorf("private fetch: %d %q", code, errs)
	}
	code, out, errs := runCLI(t, "", "ingest", "--db", db, "-q", "--allow-private", srv.URL+"/a.txt")
	if code != 0 || !strings.Contains(out, "1 new") {
		t.Errorf("allowed fetch: %d %q %q", code, out, errs)
	}
}

func TestIngestUsage(t *testing.T) {
	if code, _, _ := runCLI(t, "", "ingest"); code != 2 {
		t.Errorf("no input: exit %d, want 2", code)
	}
	if code, _, errs := runCLI(t, "", "docs", "--db", filepath.Join(t.TempDir(), "none.db")); code != 1 || !strings.Contains(errs, "no database") {
		t.Errorf("docs on missing db: %d %q", code, errs)
	}
}
