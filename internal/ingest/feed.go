package ingest

import (
	"encoding/json"
	"strings"

	"github.com/mmcdole/gofeed"

	"dossier/internal/model"
)

// convertFeed turns each RSS/Atom/JSON Feed entry into a document from
// the entry's own content (Read completes short entries from their link).
func convertFeed(name string, raw []byte, opt Options) ([]*model.Document, error) {
	f, err := gofeed.NewParser().ParseString(string(raw))
	if err != nil {
		return nil, model.Errorf(model.EINVALID, "malformed feed: %s", firstLine(err.Error()))
	}
	if len(f.Items) == 0 {
		return nil, model.Errorf(model.EINVALID, "feed has no entries")
	}
	var docs []*model.Document
	for _, it := range f.Items {
		if d := feedEntry(name, f, it, opt); d != nil {
			docs = append(docs, d)
		}
	}
	if len(docs) == 0 {
		return nil, model.Errorf(model.EINVALID, "feed entries have no text")
	}
	return docs, nil
}

// feedEntry converts one entry; nil when it has neither text nor title.
func feedEntry(name string, f *gofeed.Feed, it *gofeed.Item, opt Options) *model.Document {
	body := it.Content
	if strings.TrimSpace(body) == "" {
		body = it.Description
	}
	paras := fragmentParagraphs(body)
	if len(paras) == 0 && strings.TrimSpace(it.Title) == "" {
		return nil
	}
	canon, _ := json.Marshal(struct {
		GUID, Link, Title, Published, Body string
	}{it.GUID, it.Link, it.Title, it.Published, body})
	d := newDocument(name, FormatFeed, canon, opt)
	d.URL, d.Source = it.Link, strings.TrimSpace(f.Title)
	d.Name = entryName(it)
	d.Input = name
	if it.Link != "" {
		d.Input = it.Link
	}
	if len(it.Authors) > 0 && it.Authors[0] != nil {
		d.Author = it.Authors[0].Name
	}
	switch {
	case it.PublishedParsed != nil:
		d.Published = model.FromTime(*it.PublishedParsed)
	case it.UpdatedParsed != nil:
		d.Published = model.FromTime(*it.UpdatedParsed)
	}
	c := cleanParagraphs(it.Title, paras, nil)
	c.fill(d, opt.now())
	return d
}

// entryName names a feed entry by its link's last path element, else its
// GUID, else its title.
func entryName(it *gofeed.Item) string {
	if isURL(it.Link) {
		if n := baseName(it.Link); n != "" {
			return n
		}
	}
	if it.GUID != "" {
		return it.GUID
	}
	return it.Title
}
