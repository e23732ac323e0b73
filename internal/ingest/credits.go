package ingest

import (
	"regexp"
	"strings"

	"dossier/internal/model"
)

// reAgencyLine matches a line that is nothing but a photo credit made of
// picture-agency names ("AFP/Getty Images", "REUTERS/Jane Doe").
var reAgencyLine = regexp.MustCompile(`^(?:[\p{L} .'-]+/)*(?:AFP|AP|Reuters|REUTERS|Getty Images|EPA|EPA-EFE|Xinhua|Anadolu(?: Agency)?|imago images?|Shutterstock|Alamy|ANP|dpa|picture-alliance|picture alliance)(?:(?: via |/)[\p{L} .'-]+)*$`)

// takeCredits removes image credits from the lines and returns them. A
// line carrying a credit ("… Image: AFP", "Image source, Getty Images")
// becomes a caption (its credit cut off) or is dropped when it is only a
// credit; the alt-text line just above it in the same paragraph becomes a
// caption too. "Photo: <description>" lines are captions.
func takeCredits(ls []pline) []string {
	var credits []string
	for i := range ls {
		l := &ls[i]
		if len(l.text) < 100 && !strings.HasSuffix(l.text, ".") && reAgencyLine.MatchString(l.text) {
			credits = append(credits, l.text)
			l.kind = dropped
			markAltText(ls, i)
			continue
		}
		if !mayHaveCredit(l.text) {
			continue
		}
		m := reCreditMark.FindStringIndex(l.text)
		if m == nil {
			continue
		}
		before := strings.TrimSpace(l.text[:m[0]])
		after := strings.TrimSpace(l.text[m[1]:])
		switch {
		case m[0] == 0 && isShortCredit(after):
			credits = append(credits, after)
			l.kind = dropped
			markAltText(ls, i)
		case m[0] == 0:
			l.kind = model.BlockCaption
			l.text, credits = cutViaCredit(l.text, credits)
		case isShortCredit(after) && !isProse(before+"."):
			credits = append(credits, after)
			l.text, l.kind = before, model.BlockCaption
			markAltText(ls, i)
		case isShortCredit(after):
			credits = append(credits, after)
			l.text, l.kind = before, model.BlockCaption
		}
	}
	return credits
}

// mayHaveCredit is a cheap test before the credit pattern.
func mayHaveCredit(s string) bool {
	return strings.Contains(s, "Image") || strings.Contains(s, "Photo") || strings.Contains(s, "Picture") ||
		strings.Contains(s, "Credit") || strings.Contains(s, "Source image")
}

// isShortCredit reports whether s can be a credit: a few words naming an
// agency or photographer, not a sentence.
func isShortCredit(s string) bool {
	n := wordCount(s)
	return n >= 1 && n <= 10 && !strings.HasSuffix(s, ".") || n >= 1 && n <= 3
}

// markAltText marks the line above i as a caption when it is in the same
// paragraph and is not prose: the image's alt text or caption.
func markAltText(ls []pline, i int) {
	if i == 0 {
		return
	}
	p := &ls[i-1]
	if p.para == ls[i].para && p.kind == "" && !isProse(p.text) && !isBylineLine(p.text) {
		p.kind = model.BlockCaption
	}
}

// cutViaCredit cuts a licence/credit tail off a caption line.
func cutViaCredit(s string, credits []string) (string, []string) {
	loc := reViaCredit.FindStringIndex(s)
	if loc == nil || loc[0] == 0 {
		return s, credits
	}
	credit := strings.TrimSpace(strings.TrimLeft(s[loc[0]:], ", "))
	return strings.TrimSpace(s[:loc[0]]), append(credits, credit)
}
