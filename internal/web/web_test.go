package web_test

import (
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"dossier/internal/web"
	"dossier/internal/web/kbdata"
	"dossier/internal/web/webtest"
)

// newServer starts the real server over the fixture knowledge base.
func newServer(t *testing.T) *httptest.Server {
	t.Helper()
	log := slog.New(slog.NewTextHandler(tWriter{t}, nil))
	s, err := web.New(web.Options{Data: kbdata.New(webtest.Store(), nil), Logger: log})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s)
	t.Cleanup(ts.Close)
	return ts
}

// tWriter sends the server's log to the test log.
type tWriter struct{ t *testing.T }

func (w tWriter) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimSpace(string(p)))
	return len(p), nil
}

// get fetches path and returns status and body.
func get(t *testing.T, c *http.Client, base, path string) (int, string, http.Header) {
	t.Helper()
	if c == nil {
		c = http.DefaultClient
	}
	resp, err := c.Get(base + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b), resp.Header
}

// firstMatch returns the first submatch of re in s, failing when absent.
func firstMatch(t *testing.T, re, s string) string {
	t.Helper()
	m := regexp.MustCompile(re).FindStringSubmatch(s)
	if m == nil {
		t.Fatalf("no match for %s", re)
	}
	return m[1]
}

func TestPagesRenderValidHTML(t *testing.T) {
	ts := newServer(t)
	_, home, _ := get(t, nil, ts.URL, "/")
	group := firstMatch(t, `href="(/entities/[^"]+)">Ridge Front<`, home)
	_, prof, _ := get(t, nil, ts.URL, group)
	event := firstMatch(t, `href="(/events/[^"]+)"`, prof)
	paths := []string{"/", "/entities", "/entities?q=ridge&type=armed_group", group, "/events", event,
		"/documents", "/documents/" + webtest.DocA, "/documents/" + webtest.DocB + "?s=0&e=20",
		"/search?q=checkpoint", "/search", "/conflicts", "/conflicts?field=killed", "/curation"}
	for _, p := range paths {
		code, body, h := get(t, nil, ts.URL, p)
		if code != http.StatusOK {
			t.Errorf("GET %s: status %d", p, code)
			continue
		}
		if err := checkHTML(body); err != nil {
			t.Errorf("GET %s: invalid HTML: %v", p, err)
		}
		if !strings.HasPrefix(h.Get("Content-Type"), "text/html") {
			t.Errorf("GET %s: content type %q", p, h.Get("Content-Type"))
		}
		if strings.Contains(body, "<script>") || strings.Contains(body, " style=") {
			t.Errorf("GET %s: inline script or style attribute breaks the CSP", p)
		}
	}
}

func TestProfileAnswersTheAnalystsQuestions(t *testing.T) {
	ts := newServer(t)
	_, body, _ := get(t, nil, ts.URL, "/entities/kb:grp:ridge-front")
	for _, want := range []string{
		"Omar Kessel",                 // leader
		"Leader",                      // labelled as such
		"Haran Province",              // base
		"about 2,000",                 // strength estimate
		"RF",                          // alias
		"Where sources disagree",      // conflicts section
		`<div class="value">12</div>`, // one side of the conflict
		`id="page-data"`,              // data for map, graph, timeline
		"/documents/" + webtest.DocA,  // evidence links
	} {
		if !strings.Contains(body, want) {
			t.Errorf("profile lacks %q", want)
		}
	}
	var data struct {
		Events []struct{ ID string } `json:"events"`
		Graph  struct {
			Nodes []struct{ ID string } `json:"nodes"`
		} `json:"graph"`
	}
	raw := firstMatch(t, `(?s)<script type="application/json" id="page-data">(.*?)</script>`, body)
	if err := json.Unmarshal([]byte(raw), &data); err != nil {
		t.Fatalf("page data is not JSON: %v", err)
	}
	if len(data.Events) != 1 || len(data.Graph.Nodes) < 3 {
		t.Errorf("page data: %d events, %d graph nodes; want 1 and ≥3", len(data.Events), len(data.Graph.Nodes))
	}
}

func TestEventShowsReportsSideBySideWithEvidence(t *testing.T) {
	ts := newServer(t)
	_, prof, _ := get(t, nil, ts.URL, "/entities/kb:grp:ridge-front")
	event := firstMatch(t, `href="(/events/[^"]+)"`, prof)
	_, body, _ := get(t, nil, ts.URL, event)
	if n := strings.Count(body, `class="report"`); n != 2 {
		t.Errorf("event page shows %d reports, want 2", n)
	}
	for _, want := range []string{"Northern Wire", "Daily Courier", "“8 March 2022”", "sources disagree on killed"} {
		if !strings.Contains(body, want) {
			t.Errorf("event page lacks %q", want)
		}
	}
	link := unamp(firstMatch(t, `<blockquote class="evidence"><a href="([^"]+)"`, body))
	_, doc, _ := get(t, nil, ts.URL, link)
	mark := firstMatch(t, `(?s)<mark class="evidence" id="ev">(.*?)</mark>`, doc)
	if !strings.Contains(webtest.TextA+webtest.TextB, stripTags(mark)) || len(stripTags(mark)) < 10 {
		t.Errorf("evidence mark %q is not a sentence of the document", mark)
	}
}

// unamp unescapes the &amp; of an attribute value.
func unamp(s string) string { return strings.ReplaceAll(s, "&amp;", "&") }

func stripTags(s string) string { return regexp.MustCompile(`<[^>]+>`).ReplaceAllString(s, "") }

func TestDocumentLinksMentionsAndEscapesText(t *testing.T) {
	ts := newServer(t)
	_, body, _ := get(t, nil, ts.URL, "/documents/"+webtest.DocB)
	if !strings.Contains(body, `class="mention t-armed_group" href="/entities/kb:grp:ridge-front"`) {
		t.Error("document page does not link the Ridge Front mention")
	}
	if !strings.Contains(body, `href="/entities/kb:grp:coastal-brigade"`) {
		t.Error("document page does not link the Coastal Brigade mention")
	}
}

func TestSearchMarksHits(t *testing.T) {
	ts := newServer(t)
	_, body, _ := get(t, nil, ts.URL, "/search?q=checkpoint")
	if !strings.Contains(body, "<mark>checkpoint</mark>") {
		t.Error("search snippet does not mark the hit")
	}
	_, body, _ = get(t, nil, ts.URL, "/search?q=Kessel")
	if !strings.Contains(body, `href="/entities/kb:per:omar-kessel"`) {
		t.Error("search does not list the matching entity name")
	}
}

func TestErrorsHaveStatusAndFormat(t *testing.T) {
	ts := newServer(t)
	cases := []struct {
		path string
		code int
		json bool
	}{
		{"/entities/no-such", 404, false},
		{"/events/no-such", 404, false},
		{"/documents/no-such", 404, false},
		{"/nowhere", 404, false},
		{"/api/v1/entities/no-such", 404, true},
		{"/api/v1/nowhere", 404, true},
		{"/api/v1/events?limit=0", 400, true},
		{"/api/v1/search", 400, true},
		{"/entities?offset=-3", 400, false},
	}
	for _, c := range cases {
		code, body, h := get(t, nil, ts.URL, c.path)
		if code != c.code {
			t.Errorf("GET %s: status %d, want %d", c.path, code, c.code)
		}
		isJSON := strings.HasPrefix(h.Get("Content-Type"), "application/json")
		if isJSON != c.json {
			t.Errorf("GET %s: content type %q", c.path, h.Get("Content-Type"))
		}
		if c.json {
			var e struct {
				Error struct{ Code, Message string }
			}
			if err := json.Unmarshal([]byte(body), &e); err != nil || e.Error.Code == "" || e.Error.Message == "" {
				t.Errorf("GET %s: error body %q", c.path, body)
			}
		} else if err := checkHTML(body); err != nil {
			t.Errorf("GET %s: invalid error page: %v", c.path, err)
		}
	}
}

func TestSecurityHeadersAndAssets(t *testing.T) {
	ts := newServer(t)
	_, body, h := get(t, nil, ts.URL, "/")
	csp := h.Get("Content-Security-Policy")
	if !strings.Contains(csp, "script-src 'self'") || strings.Contains(csp, "unsafe-inline") {
		t.Errorf("CSP %q", csp)
	}
	for _, k := range []string{"X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy"} {
		if h.Get(k) == "" {
			t.Errorf("missing header %s", k)
		}
	}
	css := firstMatch(t, `href="(/static/app\.[0-9a-f]{12}\.css)"`, body)
	code, _, ah := get(t, nil, ts.URL, css)
	if code != 200 || !strings.Contains(ah.Get("Cache-Control"), "immutable") {
		t.Errorf("hashed asset: status %d, cache %q", code, ah.Get("Cache-Control"))
	}
	code, _, ah = get(t, nil, ts.URL, "/static/vendor/leaflet/images/layers.png")
	if code != 200 || ah.Get("Cache-Control") != "no-cache" {
		t.Errorf("unhashed asset: status %d, cache %q", code, ah.Get("Cache-Control"))
	}
}

// client returns a browser-like client with a cookie jar.
func client(t *testing.T) *http.Client {
	jar, _ := cookiejar.New(nil)
	return &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
}

func TestCurationNeedsCSRFAndIsUndoable(t *testing.T) {
	ts := newServer(t)
	c := client(t)
	_, page, _ := get(t, c, ts.URL, "/curation")
	token := firstMatch(t, `name="csrf_token" value="([^"]+)"`, page)
	form := url.Values{"op": {"alias_add"}, "target": {"kb:grp:ridge-front"}, "value": {"Ridge Movement"},
		"reason": {"used by a local outlet"}}

	resp, err := c.PostForm(ts.URL+"/curation", form)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusForbidden {
		t.Fatalf("POST without token: status %d, want 403", resp.StatusCode)
	}
	form.Set("csrf_token", token)
	resp, err = c.PostForm(ts.URL+"/curation", form)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("POST with token: status %d, want 303", resp.StatusCode)
	}
	_, prof, _ := get(t, c, ts.URL, "/entities/kb:grp:ridge-front")
	if !strings.Contains(prof, "Ridge Movement") {
		t.Fatal("added alias not on the profile")
	}
	_, page, _ = get(t, c, ts.URL, resp.Header.Get("Location"))
	undo := unamp(firstMatch(t, `action="(/curation/[^"]+/undo)"`, page))
	resp, err = c.PostForm(ts.URL+undo, url.Values{"csrf_token": {token}})
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("undo: status %d", resp.StatusCode)
	}
	_, prof, _ = get(t, c, ts.URL, "/entities/kb:grp:ridge-front")
	if strings.Contains(prof, "Ridge Movement") {
		t.Error("alias still on the profile after undo")
	}
	_, page, _ = get(t, c, ts.URL, "/curation")
	if !strings.Contains(page, `class="undone"`) {
		t.Error("undone action not shown as undone")
	}
	resp, err = c.PostForm(ts.URL+"/curation", url.Values{"csrf_token": {token}, "op": {"grade"},
		"target": {"Daily Courier"}, "value": {"Z"}, "reason": {"x"}})
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusBadRequest {
		t.Errorf("grade Z: status %d, want 400", resp.StatusCode)
	}
}

func TestCrossOriginPostRefused(t *testing.T) {
	ts := newServer(t)
	req, _ := http.NewRequest("POST", ts.URL+"/curation", strings.NewReader("op=grade"))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Sec-Fetch-Site", "cross-site")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusForbidden {
		t.Errorf("cross-site POST: status %d, want 403", resp.StatusCode)
	}
}
