// Package ingest turns inputs (files, folders, http(s) URLs, RSS/Atom
// feeds, JSON Lines records, stdin) into clean model.Documents: main text
// without page chrome, title, author, site, publication date with its
// precision, and the raw bytes. It is a pure stage: it must not import
// store, config, pipeline or any other Dossier package but model.
package ingest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"time"

	"dossier/internal/model"
)

// DefaultMaxBytes is the default size cap of one input (file or response).
const DefaultMaxBytes = 64 << 20

// DefaultTimeout is the default time limit of one URL fetch.
const DefaultTimeout = 30 * time.Second

// Options configures reading and conversion. The zero value is usable.
type Options struct {
	// MaxBytes refuses inputs larger than this many bytes (0: DefaultMaxBytes).
	MaxBytes int64
	// AllowPrivate lets URL fetching reach loopback, private and link-local
	// addresses (refused by default, checked after DNS resolution).
	AllowPrivate bool
	// Timeout bounds one URL fetch (0: DefaultTimeout).
	Timeout time.Duration
	// Stdin is read for the input "-" (nil: no stdin).
	Stdin io.Reader
	// Now returns the fetch time (nil: time.Now). Dates later than it are
	// not taken as publication dates.
	Now func() time.Time
	// Client overrides the HTTP client (tests); its transport should still
	// apply the address policy.
	Client *http.Client
	// UserAgent is sent with URL fetches.
	UserAgent string
}

func (o Options) maxBytes() int64 {
	if o.MaxBytes > 0 {
		return o.MaxBytes
	}
	return DefaultMaxBytes
}

func (o Options) timeout() time.Duration {
	if o.Timeout > 0 {
		return o.Timeout
	}
	return DefaultTimeout
}

func (o Options) now() time.Time {
	if o.Now != nil {
		return o.Now()
	}
	return time.Now()
}

// InputError is a failure to read or convert one input; Input names it
// (path, URL, "path:line" for a JSONL record) and Err says why.
type InputError struct {
	Input string
	Err   error
}

func (e *InputError) Error() string { return e.Input + ": " + model.ErrorMessage(e.Err) }

// Unwrap returns the reason.
func (e *InputError) Unwrap() error { return e.Err }

func inputErr(input string, err error) error {
	var ie *InputError
	if errors.As(err, &ie) {
		return err
	}
	return &InputError{Input: input, Err: err}
}

// Handler receives each converted document, or the error of one input that
// could not be read or converted (an *InputError). Returning a non-nil
// error stops Read with that error.
type Handler func(doc *model.Document, err error) error

// Read reads every input in order and calls fn once per document or per
// failed input. Inputs are files, folders (walked recursively, in lexical
// order), http(s) URLs (pages, PDFs or feeds) and "-" for opt.Stdin. A bad
// input never stops the batch: its error goes to fn. Read returns early
// only when ctx is done or fn returns an error.
func Read(ctx context.Context, inputs []string, opt Options, fn Handler) error {
	for _, in := range inputs {
		if err := ctx.Err(); err != nil {
			return err
		}
		var err error
		switch {
		case in == "-":
			err = readStdin(ctx, opt, fn)
		case isURL(in):
			err = readURL(ctx, in, opt, fn)
		default:
			err = readPath(ctx, in, opt, fn)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// Convert converts one input's raw bytes into documents: one for a page,
// text or PDF, one per record for JSONL, one per entry for a feed. name is
// the input's path or URL; its extension picks the format, else the
// content is sniffed. Convert does no network access.
func Convert(name string, raw []byte, opt Options) ([]*model.Document, error) {
	if int64(len(raw)) > opt.maxBytes() {
		return nil, model.Errorf(model.ETOOLARGE, "%d bytes is over the %d-byte limit (raise --max-bytes)", len(raw), opt.maxBytes())
	}
	if len(trimSpaceBytes(raw)) == 0 {
		return nil, model.Errorf(model.EINVALID, "empty input")
	}
	format := detectFormat(name, "", raw)
	return convertAs(format, name, raw, opt)
}

// convertAs converts raw as the given format.
func convertAs(format, name string, raw []byte, opt Options) ([]*model.Document, error) {
	switch format {
	case FormatPDF:
		return one(convertPDF(name, raw, opt))
	case FormatHTML:
		return one(convertHTML(name, raw, opt))
	case FormatJSONL:
		return convertJSONL(name, raw, opt)
	case FormatFeed:
		return convertFeed(name, raw, opt)
	case FormatText:
		return one(convertText(name, raw, opt))
	case formatBin:
		return nil, model.Errorf(model.EINVALID, "binary content, not a text, HTML, PDF, JSONL or feed document")
	}
	return nil, model.Errorf(model.EINVALID, "unsupported content (%s): not text, HTML, PDF, JSONL or a feed", format)
}

func one(d *model.Document, err error) ([]*model.Document, error) {
	if err != nil {
		return nil, err
	}
	return []*model.Document{d}, nil
}

// hashID returns the hex SHA-256 of b: a document's content id.
func hashID(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// newDocument fills the fields every converter sets the same way.
func newDocument(name, format string, raw []byte, opt Options) *model.Document {
	d := &model.Document{
		ID:        hashID(raw),
		Name:      baseName(name),
		Input:     name,
		Format:    format,
		Raw:       raw,
		FetchedAt: opt.now().UTC(),
	}
	if isURL(name) {
		d.URL = name
	}
	return d
}

// emitAll converts raw and hands the documents (or the error) to fn.
func emitAll(name string, raw []byte, format string, opt Options, fn Handler) error {
	if int64(len(raw)) > opt.maxBytes() {
		return fn(nil, inputErr(name, model.Errorf(model.ETOOLARGE, "%d bytes is over the %d-byte limit (raise --max-bytes)", len(raw), opt.maxBytes())))
	}
	if len(trimSpaceBytes(raw)) == 0 {
		return fn(nil, inputErr(name, model.Errorf(model.EINVALID, "empty input")))
	}
	if format == "" {
		format = detectFormat(name, "", raw)
	}
	if format == FormatJSONL {
		return emitJSONL(name, raw, opt, fn)
	}
	docs, err := convertAs(format, name, raw, opt)
	if err != nil {
		return fn(nil, inputErr(name, err))
	}
	for _, d := range docs {
		if err := fn(d, nil); err != nil {
			return err
		}
	}
	return nil
}

func wrapf(err error, format string, args ...any) error {
	return fmt.Errorf(format+": %w", append(args, err)...)
}
