package store

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"unicode/utf8"

	"dossier/internal/model"
)

// Blob encodings (blobs.encoding, migration 0053): how the stored data
// relates to a document's raw bytes.
const (
	blobVerbatim = ""          // data is the raw bytes
	blobText     = "text"      // raw = data[:at] + text + data[at:]
	blobJSONText = "json-text" // raw = data[:at] + the text as a JSON string + data[at:]
)

// minElided is the shortest text worth cutting out of a blob.
const minElided = 256

// blobOf returns how to store raw, whose document's text is text: without
// the text when raw contains it as is or, for a JSON record, as a JSON
// string (written as encoding/json writes strings). The search looks for
// a short prefix and checks the rest in place, allocating nothing: this
// runs in the single writer.
func blobOf(raw []byte, text string) (data []byte, enc string, at int) {
	if len(text) < minElided || len(raw) == 0 {
		return raw, blobVerbatim, 0
	}
	if raw[0] == '{' {
		if i, n := findJSONString(raw, text); i >= 0 {
			return cutOut(raw, i, n), blobJSONText, i
		}
		return raw, blobVerbatim, 0
	}
	prefix := text[:64]
	for from := 0; ; {
		i := bytes.Index(raw[from:], []byte(prefix))
		if i < 0 {
			return raw, blobVerbatim, 0
		}
		i += from
		if len(raw)-i >= len(text) && string(raw[i:i+len(text)]) == text {
			return cutOut(raw, i, len(text)), blobText, i
		}
		from = i + 1
	}
}

// findJSONString returns where text occurs in raw written as a JSON
// string, and that string's length; -1 when it does not.
func findJSONString(raw []byte, text string) (int, int) {
	k := 48
	for k > 0 && !utf8.RuneStart(text[k]) {
		k--
	}
	var buf [8 * 48]byte
	prefix := appendJSONString(buf[:0], text[:k])
	prefix = prefix[:len(prefix)-1] // the string goes on
	for from := 0; ; {
		i := bytes.Index(raw[from:], prefix)
		if i < 0 {
			return -1, 0
		}
		i += from
		if n, ok := matchJSONString(raw[i:], text); ok {
			return i, n
		}
		from = i + 1
	}
}

// matchJSONString reports whether b starts with s written as a JSON
// string by appendJSONString, and that string's length in b.
func matchJSONString(b []byte, s string) (int, bool) {
	if len(b) == 0 || b[0] != '"' {
		return 0, false
	}
	j := 1
	var esc [8]byte
	for i := 0; i < len(s); {
		if k := plainRun(s, i); k > i {
			if len(b)-j < k-i || string(b[j:j+k-i]) != s[i:k] {
				return 0, false
			}
			j += k - i
			i = k
			continue
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		e := appendJSONString(esc[:0], s[i:i+size])
		e = e[1 : len(e)-1]
		if len(b)-j < len(e) || string(b[j:j+len(e)]) != string(e) {
			return 0, false
		}
		j += len(e)
		i += size
	}
	if j >= len(b) || b[j] != '"' {
		return 0, false
	}
	return j + 1, true
}

// plainRun returns the end of the run of s starting at i that a JSON
// string holds as is (no character needing an escape).
func plainRun(s string, i int) int {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' {
				return i
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || r == '\u2028' || r == '\u2029' {
			return i
		}
		i += size
	}
	return i
}

func cutOut(b []byte, at, n int) []byte {
	out := make([]byte, 0, len(b)-n)
	return append(append(out, b[:at]...), b[at+n:]...)
}

// rawOf rebuilds the raw bytes stored by blobOf.
func rawOf(data []byte, enc string, at int, text string) ([]byte, error) {
	if enc == blobVerbatim {
		return data, nil
	}
	if at < 0 || at > len(data) {
		return nil, fmt.Errorf("text offset %d outside %d stored bytes", at, len(data))
	}
	var mid []byte
	switch enc {
	case blobText:
		mid = []byte(text)
	case blobJSONText:
		mid = appendJSONString(nil, text)
	default:
		return nil, fmt.Errorf("unknown blob encoding %q", enc)
	}
	out := make([]byte, 0, len(data)+len(mid))
	return append(append(append(out, data[:at]...), mid...), data[at:]...), nil
}

// appendJSONString appends s as a JSON string the way encoding/json
// writes it (HTML-safe, \u2028 and \u2029 escaped, \b \f \n \r \t short,
// other controls as \u00XX). It is kept here, not delegated, so that
// stored blobs rebuild the same whatever encoding/json does later; a
// string it writes differently is simply not found and stored verbatim.
func appendJSONString(dst []byte, s string) []byte {
	const hex = "0123456789abcdef"
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch c {
			case '"', '\\':
				dst = append(dst, '\\', c)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || r == '\u2028' || r == '\u2029' {
			dst = append(dst, s[start:i]...)
			if r == utf8.RuneError {
				dst = append(dst, `\ufffd`...)
			} else {
				dst = append(dst, '\\', 'u', '2', '0', '2', hex[r&0xf])
			}
			i += size
			start = i
			continue
		}
		i += size
	}
	return append(append(dst, s[start:]...), '"')
}

// DocumentRaw returns the raw bytes a document was converted from.
func (s *Store) DocumentRaw(ctx context.Context, id string) ([]byte, error) {
	var data []byte
	var enc, hash string
	var at int
	var text sql.NullString
	err := s.r.QueryRowContext(ctx, `SELECT b.data, b.encoding, b.text_at, b.hash, t.text FROM documents d
		JOIN blobs b ON b.hash = d.blob_hash LEFT JOIN documents t ON t.id = b.text_doc WHERE d.id = ?`, id).
		Scan(&data, &enc, &at, &hash, &text)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, notFound("no document with id %s", short(id))
	}
	if err != nil {
		return nil, fmt.Errorf("store: raw bytes of %s: %w", short(id), err)
	}
	raw, err := rawOf(data, enc, at, text.String)
	if err == nil && enc != blobVerbatim && contentHash(raw) != hash {
		err = errors.New("rebuilt bytes do not match their hash")
	}
	if err != nil {
		return nil, model.Errorf(model.EINTERNAL, "store: raw bytes of %s: %v", short(id), err)
	}
	return raw, nil
}
