package ingest

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"time"

	"github.com/ledongthuc/pdf"

	"dossier/internal/model"
)

// pdfTimeout bounds one pdftotext run.
const pdfTimeout = 60 * time.Second

// convertPDF extracts a PDF's text with pdftotext when it is on PATH and
// with the in-process ledongthuc/pdf reader otherwise, rejoins hard-wrapped
// lines into paragraphs and applies the page-capture rules.
func convertPDF(name string, raw []byte, opt Options) (*model.Document, error) {
	if !bytes.HasPrefix(bytes.TrimSpace(raw), []byte("%PDF-")) {
		return nil, model.Errorf(model.EINVALID, "not a PDF file (no %%PDF- header)")
	}
	text, err := pdfText(raw)
	if err != nil {
		return nil, err
	}
	c := cleanCapture(unwrapPDF(text))
	if strings.TrimSpace(c.text) == "" {
		return nil, model.Errorf(model.EINVALID, "PDF has no extractable text (scanned or empty)")
	}
	d := newDocument(name, FormatPDF, raw, opt)
	c.fill(d, opt.now())
	return d, nil
}

// pdfText returns the PDF's text by the best available extractor.
func pdfText(raw []byte) (string, error) {
	if path, err := exec.LookPath("pdftotext"); err == nil {
		return popplerText(path, raw)
	}
	return goPDFText(raw)
}

// popplerText runs pdftotext on raw (through a temporary file, since
// pdftotext needs to seek).
func popplerText(bin string, raw []byte) (string, error) {
	f, err := os.CreateTemp("", "dossier-*.pdf")
	if err != nil {
		return "", fmt.Errorf("pdf: temp file: %w", err)
	}
	defer os.Remove(f.Name())
	if _, err := f.Write(raw); err != nil {
		f.Close()
		return "", fmt.Errorf("pdf: temp file: %w", err)
	}
	f.Close()
	ctx, cancel := context.WithTimeout(context.Background(), pdfTimeout)
	defer cancel()
	var out, errb bytes.Buffer
	cmd := exec.CommandContext(ctx, bin, "-enc", "UTF-8", f.Name(), "-")
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		return "", pdfReason(errb.String(), err)
	}
	return out.String(), nil
}

// pdfReason explains a pdftotext failure.
func pdfReason(stderr string, err error) error {
	msg := strings.TrimSpace(stderr)
	if ee, ok := err.(*exec.ExitError); ok && ee.ExitCode() == 3 || strings.Contains(strings.ToLower(msg), "password") || strings.Contains(strings.ToLower(msg), "encrypt") {
		return model.Errorf(model.EINVALID, "encrypted PDF (password required)")
	}
	if msg == "" {
		msg = err.Error()
	}
	return model.Errorf(model.EINVALID, "broken PDF: %s", lastLine(msg))
}

func lastLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.LastIndexByte(s, '\n'); i >= 0 {
		return s[i+1:]
	}
	return s
}

// goPDFText extracts text in-process; the library panics on some broken
// files, which is turned into an error.
func goPDFText(raw []byte) (text string, err error) {
	defer func() {
		if r := recover(); r != nil {
			text, err = "", model.Errorf(model.EINVALID, "broken PDF: %v", r)
		}
	}()
	r, err := pdf.NewReader(bytes.NewReader(raw), int64(len(raw)))
	if err != nil {
		return "", pdfGoReason(err)
	}
	rd, err := r.GetPlainText()
	if err != nil {
		return "", pdfGoReason(err)
	}
	b, err := io.ReadAll(rd)
	if err != nil {
		return "", pdfGoReason(err)
	}
	return string(b), nil
}

func pdfGoReason(err error) error {
	if strings.Contains(strings.ToLower(err.Error()), "encrypt") || strings.Contains(strings.ToLower(err.Error()), "password") {
		return model.Errorf(model.EINVALID, "encrypted PDF (password required)")
	}
	return model.Errorf(model.EINVALID, "broken PDF: %s", firstLine(err.Error()))
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

var reSoftHyphen = regexp.MustCompile(`(\p{Ll})-\n(\p{Ll})`)

// unwrapPDF turns page breaks into paragraph breaks and joins the lines
// of a paragraph: a line ending in a lower-case letter or a comma and
// followed by a line continues the same paragraph.
func unwrapPDF(s string) string {
	s = strings.ReplaceAll(s, "\f", "\n\n")
	s = reSoftHyphen.ReplaceAllString(s, "$1$2")
	var b strings.Builder
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		l = strings.TrimRight(l, " \t")
		b.WriteString(l)
		if i == len(lines)-1 {
			break
		}
		next := strings.TrimSpace(lines[i+1])
		if continues(l, next) {
			b.WriteByte(' ')
		} else {
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// continues reports whether line next continues the paragraph of line l.
func continues(l, next string) bool {
	if strings.TrimSpace(l) == "" || next == "" || len(l) < 40 {
		return false
	}
	last := l[len(l)-1]
	first := next[0]
	return !endsFinal(l) || (first >= 'a' && first <= 'z') || last == ','
}
