package ingest

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"dossier/internal/model"
)

const monthPat = `(January|February|March|April|May|June|July|August|September|October|November|December|` +
	`Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?`

var (
	reMDY   = regexp.MustCompile(`\b` + monthPat + `\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	reDMY   = regexp.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?` + monthPat + `,?\s+(\d{4})\b`)
	reMY    = regexp.MustCompile(`\b` + monthPat + `,?\s+(?:of\s+)?(\d{4})\b`)
	reYear  = regexp.MustCompile(`\b(1[89]\d\d|20\d\d)\b`)
	reISO   = regexp.MustCompile(`^(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?(?:[T ].*)?$`)
	reNumSl = regexp.MustCompile(`^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})(?:[T ,].*)?$`)
)

var monthNum = map[string]int{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "oct": 10, "nov": 11, "dec": 12,
}

func monthOf(name string) int { return monthNum[strings.ToLower(name[:3])] }

// timeLayouts are full timestamp forms tried by ParseDate.
var timeLayouts = []string{
	time.RFC3339Nano, time.RFC1123Z, time.RFC1123, time.RFC822Z, time.RFC822, time.RFC850,
	time.ANSIC, "Mon, 2 Jan 2006 15:04:05 MST", "Mon, 2 Jan 2006 15:04:05 -0700", "2 Jan 2006 15:04:05 -0700",
}

// ParseDate parses a date in any common form: ISO 8601 (2021, 2021-08,
// 2021-08-26, timestamps), MM/DD/YYYY (DD/MM/YYYY when the first number is
// over 12), DD.MM.YYYY, RFC 1123/822/3339, "August 26, 2021", "26 Aug
// 2021", "Thursday, 26 August 2021" and "August 2021". It reports false
// when s holds no date.
func ParseDate(s string) (model.Date, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return model.Date{}, false
	}
	if m := reISO.FindStringSubmatch(s); m != nil {
		return numericDate(m[1], m[2], m[3])
	}
	if m := reNumSl.FindStringSubmatch(s); m != nil {
		a, b := atoi(m[1]), atoi(m[2])
		if strings.Contains(s[:len(m[1])+1], ".") || a > 12 {
			a, b = b, a // DD.MM.YYYY and DD/MM/YYYY
		}
		return checkDate(atoi(m[3]), a, b, model.PrecDay)
	}
	for _, l := range timeLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return model.FromTime(t), true
		}
	}
	if ds := findDates(s); len(ds) > 0 {
		best := ds[0]
		for _, d := range ds[1:] {
			if d.date.Prec > best.date.Prec {
				best = d
			}
		}
		if best.date.Prec >= model.PrecMonth {
			return best.date, true
		}
	}
	return model.Date{}, false
}

func numericDate(y, m, d string) (model.Date, bool) {
	switch {
	case d != "":
		return checkDate(atoi(y), atoi(m), atoi(d), model.PrecDay)
	case m != "":
		return checkDate(atoi(y), atoi(m), 1, model.PrecMonth)
	}
	return checkDate(atoi(y), 1, 1, model.PrecYear)
}

// checkDate validates y-m-d and returns it at precision p.
func checkDate(y, m, d int, p model.Precision) (model.Date, bool) {
	if y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31 {
		return model.Date{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return model.Date{}, false
	}
	switch p {
	case model.PrecYear:
		return model.YearDate(y), true
	case model.PrecMonth:
		return model.MonthDate(y, m), true
	}
	return model.DayDate(y, m, d), true
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// foundDate is a date written in text, with its byte span.
type foundDate struct {
	date       model.Date
	start, end int
}

// findDates returns the day and month dates written out in s ("August
// 26, 2021", "26 August 2021", "August 2021"), in text order, without
// overlaps (the more precise form wins).
func findDates(s string) []foundDate {
	var out []foundDate
	taken := func(a, b int) bool {
		for _, f := range out {
			if a < f.end && b > f.start {
				return true
			}
		}
		return false
	}
	for _, m := range reMDY.FindAllStringSubmatchIndex(s, -1) {
		if d, ok := checkDate(atoi(s[m[6]:m[7]]), monthOf(s[m[2]:m[3]]), atoi(s[m[4]:m[5]]), model.PrecDay); ok {
			out = append(out, foundDate{d, m[0], m[1]})
		}
	}
	for _, m := range reDMY.FindAllStringSubmatchIndex(s, -1) {
		if d, ok := checkDate(atoi(s[m[6]:m[7]]), monthOf(s[m[4]:m[5]]), atoi(s[m[2]:m[3]]), model.PrecDay); ok && !taken(m[0], m[1]) {
			out = append(out, foundDate{d, m[0], m[1]})
		}
	}
	for _, m := range reMY.FindAllStringSubmatchIndex(s, -1) {
		if d, ok := checkDate(atoi(s[m[4]:m[5]]), monthOf(s[m[2]:m[3]]), 1, model.PrecMonth); ok && !taken(m[0], m[1]) {
			out = append(out, foundDate{d, m[0], m[1]})
		}
	}
	sortFound(out)
	return out
}

func sortFound(f []foundDate) {
	for i := 1; i < len(f); i++ {
		for j := i; j > 0 && f[j].start < f[j-1].start; j-- {
			f[j], f[j-1] = f[j-1], f[j]
		}
	}
}

// LatestMentionedDate returns the latest date text mentions at the
// precision it is written ("April 2024" → 2024-04, a bare year → year),
// ignoring dates after now: a lower bound for an undated document's
// publication. It returns the zero Date when the text names no date.
func LatestMentionedDate(text string, now time.Time) model.Date {
	var best model.Date
	consider := func(d model.Date) {
		if d.IsZero() || d.Time().After(now) {
			return
		}
		if best.IsZero() || later(d, best) {
			best = d
		}
	}
	for _, f := range findDates(text) {
		consider(f.date)
	}
	for _, m := range reYear.FindAllStringIndex(text, -1) {
		if plausibleYear(text, m[0], m[1]) {
			consider(model.YearDate(atoi(text[m[0]:m[1]])))
		}
	}
	return best
}

// later reports whether a is after b, comparing at the finer precision
// (a month is later than its bare year).
func later(a, b model.Date) bool {
	ka := a.Year*10000 + a.Month*100 + a.Day
	kb := b.Year*10000 + b.Month*100 + b.Day
	return ka > kb
}

// plausibleYear rejects four-digit numbers that are not years: parts of
// larger numbers (1,2000 / 2000.5), decades (1990s), counts of things
// ("2000 fighters") and identifiers.
func plausibleYear(s string, a, b int) bool {
	if a > 0 && strings.ContainsAny(s[a-1:a], ",.$£€#/") {
		return false
	}
	if b < len(s) && strings.ContainsAny(s[b:b+1], "s,.%") && b+1 < len(s) && isDigitOrLetter(s[b+1]) {
		return false
	}
	if b < len(s) && s[b] == 's' {
		return false
	}
	rest := strings.TrimLeft(s[b:], " ")
	for _, unit := range countNouns {
		if strings.HasPrefix(rest, unit) {
			return false
		}
	}
	return true
}

var countNouns = []string{"fighters", "people", "members", "militants", "troops", "soldiers", "men", "civilians", "km", "kilomet", "miles", "dollars", "euros"}

func isDigitOrLetter(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}
