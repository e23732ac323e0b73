package store

import (
	"bytes"
	"context"
	"encoding/json"
	"math/rand"
	"strings"
	"testing"
)

// TestAppendJSONStringMatchesEncodingJSON on random strings over an
// alphabet of every character class encoding/json treats specially.
func TestAppendJSONStringMatchesEncodingJSON(t *testing.T) {
	parts := []string{"a", "Z", " ", "\"", "\\", "<", ">", "&", "\b", "\f", "\n", "\r", "\t", "\x00", "\x1f", "\x7f",
		"é", "—", "\u2028", "\u2029", "\U0001F600", "\xff", "\xe2\x80", "/"}
	rng := rand.New(rand.NewSource(1))
	for range 2000 {
		var b strings.Builder
		for range rng.Intn(40) {
			b.WriteString(parts[rng.Intn(len(parts))])
		}
		s := b.String()
		want, _ := json.Marshal(s)
		if got := appendJSONString(nil, s); !bytes.Equal(got, want) {
			t.Fatalf("%q: got %s, want %s", s, got, want)
		}
	}
}

// TestRawBytesWithoutTheirText: raw bytes holding the document's text
// (as is, or as a JSON string inside a record) are stored without it and
// come back byte for byte; other raw bytes are stored as they are.
func TestRawBytesWithoutTheirText(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	text := strings.Repeat("The militia said \"no\" <today> & left.\n", 20)
	record, _ := json.Marshal(map[string]string{"id": "r1", "text": text, "source": "Wire"})
	cases := []struct {
		id, enc string
		raw     []byte
	}{
		{"ff01", blobJSONText, record},
		{"ff02", blobText, []byte("Menu | Home\n\n" + text + "\nShare this")},
		{"ff03", blobText, nil}, // no raw bytes: the text is the raw input
		{"ff04", blobVerbatim, []byte("<html><p>" + strings.ReplaceAll(text, "\n", "</p><p>") + "</p></html>")},
	}
	for _, c := range cases {
		d := testDoc(c.id, c.id+".txt", text)
		d.Raw = c.raw
		if _, err := s.CreateDocument(ctx, d); err != nil {
			t.Fatal(err)
		}
		var enc string
		var stored int
		if err := s.r.QueryRowContext(ctx, `SELECT b.encoding, length(b.data) FROM blobs b JOIN documents d
			ON d.blob_hash = b.hash WHERE d.id = ?`, c.id).Scan(&enc, &stored); err != nil {
			t.Fatal(err)
		}
		want := c.raw
		if want == nil {
			want = []byte(text)
		}
		if enc != c.enc || enc != blobVerbatim && stored > len(want)-len(text) {
			t.Errorf("%s: stored %d of %d bytes as %q, want %q without the text", c.id, stored, len(want), enc, c.enc)
		}
		got, err := s.DocumentRaw(ctx, c.id)
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("%s: raw bytes %q, %v; want %q", c.id, got, err, want)
		}
	}
	// A stored blob whose rebuilt bytes do not match its hash is an error,
	// not wrong bytes.
	if _, err := s.w.ExecContext(ctx, `UPDATE documents SET text = 'changed' WHERE id = 'ff01'`); err != nil {
		t.Fatal(err)
	}
	if _, err := s.DocumentRaw(ctx, "ff01"); err == nil || !strings.Contains(err.Error(), "do not match") {
		t.Errorf("raw bytes of a changed text: %v, want a hash mismatch", err)
	}
}

// TestFindJSONStringInRecords: a random text is found inside a JSON
// record encoding/json wrote, exactly where it is and with its written
// length, and a text that differs by one character is not.
func TestFindJSONStringInRecords(t *testing.T) {
	parts := []string{"word ", "Z", "\"", "\\", "<", "&", "\n", "\t", "\x01", "é", "\u2028", "\U0001F600", "\xff", "\xe2\x80"}
	rng := rand.New(rand.NewSource(2))
	for range 500 {
		var b strings.Builder
		for b.Len() < minElided+rng.Intn(300) {
			b.WriteString(parts[rng.Intn(len(parts))])
		}
		text := b.String()
		rec, _ := json.Marshal(map[string]string{"a": text[:50], "text": text, "z": "end"})
		str, _ := json.Marshal(text)
		want := bytes.Index(rec, str)
		data, enc, at := blobOf(rec, text)
		if enc != blobJSONText || at != want {
			t.Fatalf("%q: found %q at %d, want json-text at %d", text, enc, at, want)
		}
		if got, err := rawOf(data, enc, at, text); err != nil || !bytes.Equal(got, rec) {
			t.Fatalf("%q: rebuilt %q, %v", text, got, err)
		}
		other := text[:len(text)-1] + "?"
		if _, enc, _ := blobOf(rec, other); enc != blobVerbatim {
			t.Fatalf("%q found in a record of another text", other)
		}
	}
}
