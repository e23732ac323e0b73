package store

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"dossier/internal/model"
)

func TestSearchDocumentsMarksHits(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "w.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	v0, err := s.DataVersion(ctx)
	if err != nil {
		t.Fatal(err)
	}
	docs := []string{"The river militia raided a grain depot near the border.",
		"Officials said the depot fire was an accident."}
	for i, text := range docs {
		d := &model.Document{ID: strings.Repeat(string(rune('a'+i)), 64), Name: "n" + string(rune('a'+i)),
			Format: "txt", Text: text, Raw: []byte(text)}
		if _, err := s.CreateDocument(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	hits, total, err := s.SearchDocuments(ctx, `militia "depot* (`, 10, 0)
	if err != nil {
		t.Fatal(err)
	}
	if total != 1 || len(hits) != 1 || !strings.Contains(hits[0].Snippet, SnippetHitStart+"militia"+SnippetHitEnd) {
		t.Fatalf("search: total %d, hits %+v", total, hits)
	}
	if _, total, _ = s.SearchDocuments(ctx, "depot", 1, 1); total != 2 {
		t.Errorf("search depot: total %d, want 2", total)
	}
	if v1, _ := s.DataVersion(ctx); v1 == v0 {
		t.Error("DataVersion did not change after adding documents")
	}
}

func TestSnippet(t *testing.T) {
	text := strings.Repeat("Filler words before the hit. ", 20) + "The Kabul attack; kabulis and KABUL again. " + strings.Repeat("After. ", 40)
	got := snippet(text, searchTerms("kabul"), 120)
	for _, want := range []string{SnippetHitStart + "Kabul" + SnippetHitEnd, SnippetHitStart + "KABUL" + SnippetHitEnd, "…"} {
		if !strings.Contains(got, want) {
			t.Errorf("snippet %q lacks %q", got, want)
		}
	}
	if strings.Contains(got, SnippetHitStart+"kabuli") || strings.Count(got, SnippetHitStart) != 2 {
		t.Errorf("snippet %q marks a partial word", got)
	}
	if s := snippet("Café é", searchTerms("zzz"), 4); !utf8.ValidString(s) {
		t.Errorf("snippet cut a rune: %q", s)
	}
}
