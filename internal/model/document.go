package model

import "time"

// Block kinds: how a stretch of a document's clean text functions on the page.
const (
	BlockTitle   = "title"
	BlockByline  = "byline"  // author line, date line, "Published ..."
	BlockBody    = "body"    // article prose (and headings inside it)
	BlockCaption = "caption" // a photo caption: content, but not prose
	BlockBio     = "bio"     // an author biography or "The authors ..." note
)

// Block marks a stretch [Start, End) of Document.Text (byte offsets).
type Block struct {
	Kind  string `json:"kind"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Document is one converted article: clean text plus metadata. ID is the
// hex SHA-256 of the raw bytes it was converted from (for JSONL records, of
// the record's canonical JSON).
type Document struct {
	ID        string `json:"id"`
	Name      string `json:"name"`             // input base name or record id; the "document" field of FORMAT.md
	Input     string `json:"input"`            // path or URL it came from
	URL       string `json:"url,omitempty"`    // canonical URL when known
	Source    string `json:"source,omitempty"` // publisher / site name
	Title     string `json:"title,omitempty"`
	Author    string `json:"author,omitempty"`
	Published Date   `json:"published"`
	// PublishedAfter is a lower bound when Published is unknown: the latest
	// date the text itself mentions.
	PublishedAfter Date      `json:"published_after"`
	Format         string    `json:"format"` // txt, html, pdf, jsonl, feed
	Text           string    `json:"text"`
	Blocks         []Block   `json:"blocks,omitempty"`
	Credits        []string  `json:"credits,omitempty"` // image credits removed from Text
	FetchedAt      time.Time `json:"fetched_at"`
	// Raw is the input's bytes (kept content-addressed by the store).
	Raw []byte `json:"-"`
}

// BlockAt returns the kind of the block containing byte offset off, or
// BlockBody when no block covers it.
func (d *Document) BlockAt(off int) string {
	for _, b := range d.Blocks {
		if off >= b.Start && off < b.End {
			return b.Kind
		}
	}
	return BlockBody
}

// RefDate is the date relative expressions resolve against: Published, or
// else PublishedAfter, or else the zero Date.
func (d *Document) RefDate() Date {
	if !d.Published.IsZero() {
		return d.Published
	}
	return d.PublishedAfter
}
