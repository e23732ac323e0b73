package web_test

import (
	"context"
	"encoding/json"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dossier/internal/extract"
	"dossier/internal/kb/kbstore"
	"dossier/internal/pipeline"
	"dossier/internal/store"
	"dossier/internal/web"
	"dossier/internal/web/kbdata"
)

// seedsServer ingests the shared seeds corpus (extraction and merge
// included) into a temporary store and serves it; it skips when the
// corpus is absent.
func seedsServer(t *testing.T) *httptest.Server {
	t.Helper()
	dir := filepath.Join("..", "..", "..", "shared", "corpus", "seeds")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("seeds corpus not found at %s", dir)
	}
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "seeds.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	sum, err := pipeline.Ingest(ctx, st, []string{dir}, pipeline.Options{Process: kbstore.Process(extract.Options{})})
	if err != nil || sum.New == 0 || sum.Failed > 0 {
		t.Fatalf("ingest seeds: %s, %v", sum, err)
	}
	s, err := web.New(web.Options{Data: kbdata.New(kbdata.NewSQL(st), nil)})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s)
	t.Cleanup(ts.Close)
	return ts
}

// entityID finds an entity through the API by a name or alias.
func entityID(t *testing.T, base, name, typ string) string {
	t.Helper()
	_, body, _ := get(t, nil, base, "/api/v1/entities?limit=1&type="+typ+"&q="+name)
	var l struct{ Items []struct{ ID string } }
	if err := json.Unmarshal([]byte(body), &l); err != nil || len(l.Items) == 0 {
		t.Fatalf("no %s named %s: %s", typ, name, body)
	}
	return l.Items[0].ID
}

func TestSeedsPagesOnRealStore(t *testing.T) {
	ts := seedsServer(t)
	id := entityID(t, ts.URL, "ISKP", "armed_group")
	code, body, _ := get(t, nil, ts.URL, "/entities/"+id)
	if code != 200 {
		t.Fatalf("ISKP profile: status %d", code)
	}
	if err := checkHTML(body); err != nil {
		t.Errorf("ISKP profile: %v", err)
	}
	for _, want := range []string{"Kabul", "ISIS-K", `href="/events/`} {
		if !strings.Contains(body, want) {
			t.Errorf("ISKP profile lacks %q", want)
		}
	}
	for _, p := range []string{"/", "/events", "/documents", "/conflicts", "/curation", "/search?q=Khorasan",
		"/api/v1/claims?limit=5", "/api/v1/conflicts", "/api/v1/events/" + firstMatch(t, `href="/events/([^"]+)"`, body)} {
		code, page, _ := get(t, nil, ts.URL, p)
		if code != 200 {
			t.Errorf("GET %s: status %d", p, code)
		}
		if !strings.HasPrefix(p, "/api/") {
			if err := checkHTML(page); err != nil {
				t.Errorf("GET %s: %v", p, err)
			}
		}
	}
	_, search, _ := get(t, nil, ts.URL, "/search?q=Khorasan")
	if !strings.Contains(search, "<mark>Khorasan</mark>") {
		t.Error("search over the seeds marks no hit")
	}
}

func TestBrowserSeedsISKPProfile(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	if chromiumPath() == "" {
		t.Skip("no chromium on PATH: browser tests skipped (apt-get install chromium)")
	}
	ts := seedsServer(t)
	browseProfile(t, ts, "/entities/"+entityID(t, ts.URL, "ISKP", "armed_group"))
}
