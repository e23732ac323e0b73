package web

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
	"testing"
)

// TestOpenAPIMatchesRoutes checks that openapi.json documents exactly the
// API routes the server registers, and that every documented operation
// answers on a live server (not 404/405 from the mux).
func TestOpenAPIMatchesRoutes(t *testing.T) {
	var doc struct {
		OpenAPI string                                `json:"openapi"`
		Paths   map[string]map[string]json.RawMessage `json:"paths"`
	}
	if err := json.Unmarshal(openapiJSON, &doc); err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	if !strings.HasPrefix(doc.OpenAPI, "3.") {
		t.Errorf("openapi version %q, want 3.x", doc.OpenAPI)
	}
	var documented, registered []string
	for path, ops := range doc.Paths {
		for method := range ops {
			documented = append(documented, strings.ToUpper(method)+" "+path)
		}
	}
	for _, r := range apiRoutes {
		registered = append(registered, r.method+" "+r.path)
	}
	sort.Strings(documented)
	sort.Strings(registered)
	if strings.Join(documented, "\n") != strings.Join(registered, "\n") {
		t.Errorf("openapi.json and routes differ:\ndocumented:\n%s\nregistered:\n%s",
			strings.Join(documented, "\n"), strings.Join(registered, "\n"))
	}

	s, err := New(Options{Data: emptyData{}})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range apiRoutes {
		path := strings.ReplaceAll(r.path, "{id}", "x")
		req := httptest.NewRequest(r.method, path+"?q=x", strings.NewReader("{}"))
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, req)
		if rec.Code == http.StatusMethodNotAllowed || strings.Contains(rec.Body.String(), "no page at") {
			t.Errorf("%s %s: not routed (status %d)", r.method, path, rec.Code)
		}
	}
}
