package ingest

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"
)

// makePDF builds a minimal one-page PDF showing lines of text (Helvetica),
// with a correct cross-reference table.
func makePDF(lines []string) []byte {
	var content strings.Builder
	content.WriteString("BT /F1 11 Tf 50 760 Td 14 TL\n")
	for _, l := range lines {
		fmt.Fprintf(&content, "(%s) Tj T*\n", strings.NewReplacer(`(`, `\(`, `)`, `\)`).Replace(l))
	}
	content.WriteString("ET")
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", content.Len()+1, content.String()),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
	}
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return b.Bytes()
}

func TestConvertPDF(t *testing.T) {
	raw := makePDF([]string{
		"Report on the northern districts",
		"",
		"Armed men attacked a health centre in the northern district on 4 June 2020,",
		"killing two nurses and wounding five patients, officials said.",
	})
	docs, err := Convert("report.pdf", raw, Options{Now: func() time.Time { return fixedNow }})
	if err != nil {
		t.Fatalf("convert: %v", err)
	}
	d := docs[0]
	for _, want := range []string{"attacked a health centre", "killing two nurses"} {
		if !strings.Contains(d.Text, want) {
			t.Errorf("text %q lacks %q", d.Text, want)
		}
	}
	if d.Format != FormatPDF || d.PublishedAfter.String() != "2020-06-04" {
		t.Errorf("format %q published_after %q", d.Format, d.PublishedAfter)
	}
}

func TestConvertBrokenPDF(t *testing.T) {
	for _, raw := range [][]byte{
		[]byte("%PDF-1.4\nthis is not really a PDF\n"),
		makePDF([]string{"x"})[:120],
	} {
		if _, err := Convert("broken.pdf", raw, Options{}); err == nil || !strings.Contains(err.Error(), "PDF") {
			t.Errorf("broken PDF: err %v", err)
		}
	}
}

func TestUnwrapPDF(t *testing.T) {
	in := "A long line of a paragraph that was wrapped by the\nPDF layout at a fixed width, and it goes on until it\nends here.\n\nNext para-\ngraph."
	got := unwrapPDF(in)
	want := "A long line of a paragraph that was wrapped by the PDF layout at a fixed width, and it goes on until it ends here.\n\nNext paragraph."
	if got != want {
		t.Errorf("got %q", got)
	}
}
