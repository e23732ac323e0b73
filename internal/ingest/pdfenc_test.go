package ingest

import (
	"bytes"
	"os/exec"
	"strings"
	"testing"
)

// encryptedPDF returns a PDF whose trailer declares standard-handler
// encryption with a user password we do not know.
func encryptedPDF() []byte {
	raw := makePDF([]string{"secret text of an encrypted report"})
	enc := "/Encrypt << /Filter /Standard /V 1 /R 2 /Length 40 /P -4 /O <" + strings.Repeat("ab", 32) + "> /U <" + strings.Repeat("cd", 32) + "> >> /ID [<" + strings.Repeat("01", 16) + "> <" + strings.Repeat("01", 16) + ">]"
	return bytes.Replace(raw, []byte("/Root 1 0 R"), []byte("/Root 1 0 R "+enc), 1)
}

func TestEncryptedPDF(t *testing.T) {
	raw := encryptedPDF()
	_, err := Convert("locked.pdf", raw, Options{})
	if err == nil || !strings.Contains(err.Error(), "PDF") {
		t.Fatalf("encrypted PDF: err %v", err)
	}
	if _, lookErr := exec.LookPath("pdftotext"); lookErr == nil && !strings.Contains(err.Error(), "encrypted") {
		t.Errorf("pdftotext path: %v, want an encryption reason", err)
	}
	if _, err := goPDFText(raw); err == nil {
		t.Error("in-process reader accepted an encrypted PDF it cannot decrypt")
	} else {
		t.Logf("in-process reader: %v", err)
	}
}
