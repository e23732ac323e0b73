package cli

import (
	"bufio"
	"context"
	"io"
	"net/http"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"dossier/internal/store"
)

func TestServeAnswersAndStops(t *testing.T) {
	db := filepath.Join(t.TempDir(), "s.db")
	st, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	pr, pw := io.Pipe()
	var stderr strings.Builder
	done := make(chan int, 1)
	go func() {
		done <- Run(ctx, []string{"serve", "--db", db, "--addr", "127.0.0.1:0"}, nil, pw, &stderr)
		pw.Close()
	}()
	line, err := bufio.NewReader(pr).ReadString('\n')
	if err != nil {
		t.Fatalf("no start line: %v (stderr %s)", err, stderr.String())
	}
	go io.Copy(io.Discard, pr)
	m := regexp.MustCompile(`http://[^/ ]+/`).FindString(line)
	if m == "" {
		t.Fatalf("start line %q names no URL", line)
	}
	resp, err := http.Get(m + "api/v1/documents")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Errorf("GET /api/v1/documents: %d", resp.StatusCode)
	}
	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("exit code %d: %s", code, stderr.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop when its context ended")
	}
}

func TestServeRefusesMissingDatabase(t *testing.T) {
	var out, errb strings.Builder
	code := Run(context.Background(), []string{"serve", "--db", filepath.Join(t.TempDir(), "none.db")}, nil, &out, &errb)
	if code != 1 || !strings.Contains(errb.String(), "no database") {
		t.Errorf("code %d, stderr %q", code, errb.String())
	}
}
