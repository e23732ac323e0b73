package web_test

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"dossier/internal/kb"
	"dossier/internal/model"
	"dossier/internal/web"
	"dossier/internal/web/kbdata"
	"dossier/internal/web/webtest"
)

func TestAPIPaginates(t *testing.T) {
	ts := newServer(t)
	var page struct {
		Items  []web.EntitySummary `json:"items"`
		Total  int                 `json:"total"`
		Offset int                 `json:"offset"`
		Next   *string             `json:"next"`
	}
	seen := map[string]bool{}
	next := "/api/v1/entities?limit=2"
	for pages := 0; next != ""; pages++ {
		if pages > 5 {
			t.Fatal("pagination does not end")
		}
		_, body, _ := get(t, nil, ts.URL, next)
		page.Next = nil
		if err := json.Unmarshal([]byte(body), &page); err != nil {
			t.Fatal(err)
		}
		for _, e := range page.Items {
			if seen[e.ID] {
				t.Errorf("entity %s on two pages", e.ID)
			}
			seen[e.ID] = true
		}
		next = ""
		if page.Next != nil {
			next = *page.Next
		}
	}
	if len(seen) != page.Total || page.Total != 5 {
		t.Errorf("saw %d entities, total %d, want 5", len(seen), page.Total)
	}
}

func TestAPICurationRequiresJSONAndUndoes(t *testing.T) {
	ts := newServer(t)
	post := func(path, ctype, body string) (int, string) {
		resp, err := http.Post(ts.URL+path, ctype, strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	req := `{"op":"grade","target":"Daily Courier","value":"B","reason":"long record of accurate reporting"}`
	if code, _ := post("/api/v1/actions", "text/plain", req); code != http.StatusBadRequest {
		t.Errorf("text/plain body: status %d, want 400", code)
	}
	code, body := post("/api/v1/actions", "application/json", req)
	if code != http.StatusCreated {
		t.Fatalf("curate: status %d: %s", code, body)
	}
	var act web.ActionView
	if err := json.Unmarshal([]byte(body), &act); err != nil || act.ID == "" {
		t.Fatalf("action %s: %v", body, err)
	}
	if code, body := post("/api/v1/actions/"+url.PathEscape(act.ID)+"/undo", "application/json", `{"reason":"wrong source"}`); code != 200 {
		t.Errorf("undo: status %d: %s", code, body)
	}
}

// TestIngestedMarkupIsText checks that markup inside ingested text and
// titles is shown as text, never interpreted.
func TestIngestedMarkupIsText(t *testing.T) {
	m := webtest.Store()
	text := "Attack report\n<script>alert('x')</script> The Ridge Front <img src=x onerror=alert(1)> struck again.\n"
	d := &model.Document{ID: strings.Repeat("c", 64), Name: "evil.html", Title: `<b onmouseover="x">Bold</b>`,
		Source: "Odd Site", Format: "html", Text: text}
	m.Add(d, kb.Claims(d.ID, &model.Extraction{Document: d.Name, Entities: []model.ExtractedEntity{
		{Name: "Ridge Front", Type: model.TypeArmedGroup, Aliases: []string{}}}}, "test@1"))
	s, err := web.New(web.Options{Data: kbdata.New(m, nil)})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s)
	defer ts.Close()
	for _, p := range []string{"/documents/" + d.ID, "/documents", "/search?q=script", "/api/v1/documents/" + d.ID} {
		_, body, _ := get(t, nil, ts.URL, p)
		for _, bad := range []string{"<script>alert", "<img src=x", `<b onmouseover`} {
			if strings.Contains(body, bad) {
				t.Errorf("GET %s: ingested markup %q rendered raw", p, bad)
			}
		}
	}
	_, body, _ := get(t, nil, ts.URL, "/documents/"+d.ID)
	if !strings.Contains(body, "&lt;script&gt;") {
		t.Error("document text not shown as escaped text")
	}
}
