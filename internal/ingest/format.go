package ingest

import (
	"bytes"
	"path"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"dossier/internal/model"
)

// Formats an input can have (Document.Format).
const (
	FormatText  = "txt"
	FormatHTML  = "html"
	FormatPDF   = "pdf"
	FormatJSONL = "jsonl"
	FormatFeed  = "feed"
	formatBin   = "binary"
)

// detectFormat picks the format from the name's extension, then the HTTP
// content type, then the bytes themselves.
func detectFormat(name, contentType string, raw []byte) string {
	switch strings.ToLower(extOf(name)) {
	case ".pdf":
		return FormatPDF
	case ".html", ".htm", ".xhtml":
		return FormatHTML
	case ".jsonl", ".ndjson":
		return FormatJSONL
	case ".rss", ".atom":
		return FormatFeed
	case ".txt", ".text", ".md":
		return sniffText(raw)
	}
	ct := strings.ToLower(contentType)
	switch {
	case strings.Contains(ct, "pdf"):
		return FormatPDF
	case strings.Contains(ct, "rss"), strings.Contains(ct, "atom"):
		return FormatFeed
	case strings.Contains(ct, "html"):
		return FormatHTML
	}
	return sniff(raw)
}

// sniff guesses the format of raw from its first bytes.
func sniff(raw []byte) string {
	head := trimSpaceBytes(raw)
	if len(head) > 1024 {
		head = head[:1024]
	}
	lower := bytes.ToLower(head)
	switch {
	case bytes.HasPrefix(head, []byte("%PDF-")):
		return FormatPDF
	case bytes.Contains(lower, []byte("<rss")), bytes.Contains(lower, []byte("<feed")), bytes.Contains(lower, []byte("<rdf:rdf")):
		return FormatFeed
	case bytes.HasPrefix(lower, []byte("<!doctype html")), bytes.Contains(lower, []byte("<html")),
		bytes.Contains(lower, []byte("<body")), bytes.Contains(lower, []byte("<p>")):
		return FormatHTML
	case bytes.HasPrefix(head, []byte("{")):
		return FormatJSONL
	}
	return sniffText(raw)
}

// sniffText returns FormatText unless raw looks binary.
func sniffText(raw []byte) string {
	if looksBinary(raw) {
		return formatBin
	}
	return FormatText
}

// looksBinary reports whether raw has NUL bytes or many control bytes in
// its first 8 KB: not a text document in any common encoding.
func looksBinary(raw []byte) bool {
	b := raw
	if len(b) > 8192 {
		b = b[:8192]
	}
	ctrl := 0
	for _, c := range b {
		if c == 0 {
			return true
		}
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctrl++
		}
	}
	return ctrl*100 > len(b)
}

// decodeText returns raw as valid UTF-8: as is when it is UTF-8 (a BOM
// dropped), else decoded as Windows-1252, the usual legacy encoding of
// Western web pages. Binary content is refused.
func decodeText(raw []byte) (string, error) {
	if looksBinary(raw) {
		return "", model.Errorf(model.EINVALID, "binary content, not text")
	}
	raw = bytes.TrimPrefix(raw, []byte("\xef\xbb\xbf"))
	if utf8.Valid(raw) {
		return string(raw), nil
	}
	if invalidShare(raw) > 0.2 {
		return "", model.Errorf(model.EINVALID, "not valid UTF-8 and not a legacy text encoding")
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(raw)
	if err != nil {
		return "", model.Errorf(model.EINVALID, "invalid UTF-8 that is not Windows-1252 either")
	}
	return string(out), nil
}

// invalidShare returns the share of bytes that are not part of valid UTF-8.
func invalidShare(b []byte) float64 {
	bad := 0
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			bad++
		}
		i += n
	}
	return float64(bad) / float64(len(b))
}

func trimSpaceBytes(b []byte) []byte { return bytes.TrimSpace(b) }

// extOf returns the extension of a path or of a URL's path.
func extOf(name string) string {
	if isURL(name) {
		p := name
		if i := strings.IndexAny(p, "?#"); i >= 0 {
			p = p[:i]
		}
		return path.Ext(p)
	}
	return filepath.Ext(name)
}

// baseName returns the document name of an input: a file's base name, or
// the last path element of a URL (its host when the path is empty).
func baseName(name string) string {
	if name == "-" {
		return "stdin"
	}
	if isURL(name) {
		p := name
		if i := strings.IndexAny(p, "?#"); i >= 0 {
			p = p[:i]
		}
		p = strings.TrimRight(p[strings.Index(p, "//")+2:], "/")
		if i := strings.LastIndex(p, "/"); i >= 0 {
			return p[i+1:]
		}
		return p
	}
	return filepath.Base(name)
}

// isURL reports whether in is an http(s) URL.
func isURL(in string) bool {
	l := strings.ToLower(in)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}
