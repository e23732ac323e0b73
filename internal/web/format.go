package web

import (
	"fmt"
	"math"
	"net/url"
	"strconv"
	"strings"

	"dossier/internal/model"
)

// fmtDate shows a date at its precision, or "date unknown".
func fmtDate(d model.Date) string {
	if d.IsZero() {
		return "date unknown"
	}
	return d.String()
}

// fmtNum writes 1500 as "1,500" and keeps one decimal when there is one.
func fmtNum(v float64) string {
	if v != math.Trunc(v) {
		return strconv.FormatFloat(v, 'f', 1, 64)
	}
	s := strconv.FormatInt(int64(math.Abs(v)), 10)
	var b strings.Builder
	if v < 0 {
		b.WriteByte('-')
	}
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// fmtRange shows a figure as stated: "190", "about 140", "at least 60",
// "at most 20", "500–1,500", or "—" when unknown.
func fmtRange(r *model.Range) string {
	if r == nil || (r.Min == nil && r.Max == nil) {
		return "—"
	}
	approx := ""
	if r.Approx {
		approx = "about "
	}
	switch {
	case r.Min != nil && r.Max != nil && *r.Min == *r.Max:
		return approx + fmtNum(*r.Min)
	case r.Min != nil && r.Max != nil:
		return approx + fmtNum(*r.Min) + "–" + fmtNum(*r.Max)
	case r.Min != nil:
		return "at least " + fmtNum(*r.Min)
	}
	return "at most " + fmtNum(*r.Max)
}

// evidenceURL links to the evidence span inside its document.
func evidenceURL(e Evidence) string {
	if e.End <= e.Start {
		return "/documents/" + url.PathEscape(e.DocID)
	}
	return fmt.Sprintf("/documents/%s?s=%d&e=%d#ev", url.PathEscape(e.DocID), e.Start, e.End)
}

// relationLabel names the other side of a relation from the profiled
// entity's point of view.
func relationLabel(r RelationView) string {
	labels := map[string][2]string{
		model.RelAffiliateOf: {"Parent organisation", "Affiliate"},
		model.RelSplinterOf:  {"Split from", "Splinter group"},
		model.RelRivalOf:     {"Rival", "Rival"},
		model.RelAlliedWith:  {"Ally", "Ally"},
		model.RelLeaderOf:    {"Leads", "Leader"},
		model.RelMemberOf:    {"Member of", "Member"},
		model.RelBasedIn:     {"Based in", "Base of"},
		model.RelActiveIn:    {"Active in", "Active here"},
	}
	l, ok := labels[r.Predicate]
	if !ok {
		return strings.ReplaceAll(r.Predicate, "_", " ")
	}
	if r.Inverse {
		return l[1]
	}
	return l[0]
}
