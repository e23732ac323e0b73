package ingest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"dossier/internal/model"
)

// record is one JSON Lines article. Published may be any common date form;
// "date", "published_at", "pubDate" and "text_date_prefix" are accepted as
// other names for it.
type record struct {
	ID        json.RawMessage `json:"id"`
	Title     string          `json:"title"`
	Text      string          `json:"text"`
	Published json.RawMessage `json:"published"`
	URL       string          `json:"url"`
	Source    string          `json:"source"`
	Author    string          `json:"author"`

	Date        json.RawMessage `json:"date"`
	PublishedAt json.RawMessage `json:"published_at"`
	PubDate     json.RawMessage `json:"pubDate"`
	DatePrefix  json.RawMessage `json:"text_date_prefix"`
}

// canonicalRecord is what a record's id hashes: its fields in fixed order.
type canonicalRecord struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Text      string `json:"text"`
	Published string `json:"published"`
	URL       string `json:"url"`
	Source    string `json:"source"`
	Author    string `json:"author"`
}

// convertJSONL converts every line; the first bad line fails the whole
// input (Read, through emitJSONL, reports bad lines one by one instead).
func convertJSONL(name string, raw []byte, opt Options) ([]*model.Document, error) {
	var docs []*model.Document
	err := eachLine(raw, func(n int, line []byte) error {
		d, err := convertRecord(name, n, line, opt)
		if err != nil {
			return fmt.Errorf("line %d: %w", n, err)
		}
		docs = append(docs, d)
		return nil
	})
	return docs, err
}

// emitJSONL hands each record's document to fn, or one error per bad line
// naming "input:line".
func emitJSONL(name string, raw []byte, opt Options, fn Handler) error {
	return eachLine(raw, func(n int, line []byte) error {
		d, err := convertRecord(name, n, line, opt)
		if err != nil {
			return fn(nil, inputErr(fmt.Sprintf("%s:%d", name, n), err))
		}
		return fn(d, nil)
	})
}

// eachLine calls f with each non-blank line and its 1-based number.
func eachLine(raw []byte, f func(n int, line []byte) error) error {
	for n, line := range bytes.Split(raw, []byte("\n")) {
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		if err := f(n+1, line); err != nil {
			return err
		}
	}
	return nil
}

// convertRecord converts one JSON Lines record.
func convertRecord(name string, n int, line []byte, opt Options) (*model.Document, error) {
	if !utf8.Valid(line) {
		return nil, model.Errorf(model.EINVALID, "not valid UTF-8")
	}
	var r record
	if err := json.Unmarshal(line, &r); err != nil {
		return nil, model.Errorf(model.EINVALID, "not a JSON object: %v", err)
	}
	text := strings.TrimSpace(strings.ReplaceAll(r.Text, "\r\n", "\n"))
	if text == "" {
		return nil, model.Errorf(model.EINVALID, "record has no \"text\"")
	}
	pubRaw := firstString(r.Published, r.Date, r.PublishedAt, r.PubDate, r.DatePrefix)
	pub, ok := ParseDate(pubRaw)
	if pubRaw != "" && !ok {
		return nil, model.Errorf(model.EINVALID, "unrecognised date %q in \"published\"", pubRaw)
	}
	id := rawString(r.ID)
	canon, _ := json.Marshal(canonicalRecord{id, r.Title, text, pubRaw, r.URL, r.Source, r.Author})
	d := newDocument(name, FormatJSONL, canon, opt)
	d.Name = id
	if id == "" {
		d.Name = fmt.Sprintf("%s:%d", baseName(name), n)
	}
	d.Input = fmt.Sprintf("%s:%d", name, n)
	d.Title, d.URL, d.Source, d.Author = strings.TrimSpace(r.Title), r.URL, r.Source, r.Author
	d.Published = pub
	d.Text = text
	d.Blocks = []model.Block{{Kind: model.BlockBody, Start: 0, End: len(text)}}
	if pub.IsZero() {
		d.PublishedAfter = LatestMentionedDate(text, opt.now())
	}
	return d, nil
}

// firstString returns the first of vals that holds a non-empty string or
// number.
func firstString(vals ...json.RawMessage) string {
	for _, v := range vals {
		if s := rawString(v); s != "" {
			return s
		}
	}
	return ""
}

// rawString returns a JSON string's value, a number's text, or "".
func rawString(v json.RawMessage) string {
	v = bytes.TrimSpace(v)
	if len(v) == 0 || string(v) == "null" {
		return ""
	}
	var s string
	if json.Unmarshal(v, &s) == nil {
		return strings.TrimSpace(s)
	}
	if _, err := strconv.ParseFloat(string(v), 64); err == nil {
		return string(v)
	}
	return ""
}
