package ingest

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"dossier/internal/model"
)

// TestFeedURLCompletesShortEntries: a feed entry that is only a summary is
// replaced by its linked article; the feed's date is kept.
func TestFeedURLCompletesShortEntries(t *testing.T) {
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/feed":
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprintf(w, `<rss version="2.0"><channel><title>Example Wire</title>
<item><title>Raid on a village</title><link>%s/story.txt</link><pubDate>Tue, 07 Sep 2021 10:00:00 GMT</pubDate>
<description>Short summary.</description></item></channel></rss>`, srv.URL)
		case "/story.txt":
			fmt.Fprint(w, "Raid on a village\n\nGunmen raided a village at dawn and burned several houses, residents said on the phone.\n\nThe army sent a patrol to the area in the afternoon, a local official added.\n")
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	var docs []*model.Document
	err := Read(context.Background(), []string{srv.URL + "/feed"}, Options{AllowPrivate: true}, func(d *model.Document, err error) error {
		if err != nil {
			t.Errorf("read: %v", err)
			return nil
		}
		docs = append(docs, d)
		return nil
	})
	if err != nil || len(docs) != 1 {
		t.Fatalf("%d docs, %v", len(docs), err)
	}
	d := docs[0]
	if !strings.Contains(d.Text, "burned several houses") || d.Published.String() != "2021-09-07" || d.Source != "Example Wire" || d.URL != srv.URL+"/story.txt" {
		t.Errorf("got %+v", d)
	}
}
