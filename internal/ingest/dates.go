package ingest

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"dossier/internal/model"
)

var (
	reISO   = regexp.MustCompile(`^(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?(?:[T ].*)?$`)
	reNumSl = regexp.MustCompile(`^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})(?:[T ,].*)?$`)
)

var monthNum = map[string]int{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "oct": 10, "nov": 11, "dec": 12,
}

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
// 26, 2021", "26 August 2021", "Aug. 26th, 2021", "August 2021"), in text
// order. Each four-digit year is read backwards word by word, so long
// texts cost little.
func findDates(s string) []foundDate {
	var out []foundDate
	for i := 0; i+4 <= len(s); i++ {
		if !isYearAt(s, i) {
			continue
		}
		if f, ok := dateEndingAt(s, i); ok && (len(out) == 0 || f.start >= out[len(out)-1].end) {
			out = append(out, f)
		}
		i += 3
	}
	return out
}

// dateEndingAt reads the words before the year at i: "Month YYYY",
// "D Month YYYY", "D of Month YYYY" or "Month D YYYY" (with optional
// commas, periods after abbreviations and ordinal suffixes).
func dateEndingAt(s string, i int) (foundDate, bool) {
	year := atoi(s[i : i+4])
	w1, a1 := wordBefore(s, i)
	if m := monthWord(w1); m > 0 {
		w0, a0 := wordBefore(s, a1)
		if w0 == "of" {
			w0, a0 = wordBefore(s, a0)
		}
		if d := dayWord(w0); d > 0 {
			if dt, ok := checkDate(year, m, d, model.PrecDay); ok {
				return foundDate{dt, a0, i + 4}, true
			}
		}
		if dt, ok := checkDate(year, m, 1, model.PrecMonth); ok {
			return foundDate{dt, a1, i + 4}, true
		}
		return foundDate{}, false
	}
	if d := dayWord(w1); d > 0 {
		w0, a0 := wordBefore(s, a1)
		if m := monthWord(w0); m > 0 {
			if dt, ok := checkDate(year, m, d, model.PrecDay); ok {
				return foundDate{dt, a0, i + 4}, true
			}
		}
	}
	return foundDate{}, false
}

// wordBefore returns the word ending before position i, skipping spaces,
// commas and periods, and the word's start.
func wordBefore(s string, i int) (string, int) {
	j := i
	for n := 0; n < 3; n++ {
		k := sepBefore(s, j)
		if k == 0 {
			break
		}
		j -= k
	}
	k := j
	for k > 0 && j-k < 12 && isLetterOrDigit(s[k-1]) {
		k--
	}
	if k > 0 && isLetterOrDigit(s[k-1]) {
		return "", k // too long to be a month or a day
	}
	return s[k:j], k
}

// sepBefore returns the length of the separator ending at j: a space,
// comma or period (1 byte) or a no-break space (2 bytes), else 0.
func sepBefore(s string, j int) int {
	switch {
	case j > 0 && (s[j-1] == ' ' || s[j-1] == ',' || s[j-1] == '.'):
		return 1
	case j > 1 && s[j-2] == 0xc2 && s[j-1] == 0xa0:
		return 2
	}
	return 0
}

// monthWord returns the month a capitalised month name or abbreviation
// stands for ("August", "Aug", "Sept"), or 0.
func monthWord(w string) int {
	if len(w) < 3 || w[0] < 'A' || w[0] > 'Z' {
		return 0
	}
	m := monthNum[strings.ToLower(w[:3])]
	if m == 0 || len(w) == 3 {
		return m
	}
	full := strings.ToLower(time.Month(m).String())
	lw := strings.ToLower(w)
	if lw == full || (m == 9 && lw == "sept") {
		return m
	}
	return 0
}

// dayWord returns the day number of "26", "26th", "1st", or 0.
func dayWord(w string) int {
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		w = strings.TrimSuffix(w, suf)
	}
	if len(w) == 0 || len(w) > 2 || !isDigit(w[0]) || !isDigit(w[len(w)-1]) {
		return 0
	}
	return atoi(w)
}

// isYearAt reports whether s[i:i+4] is a stand-alone four-digit number
// from 1800 to 2199.
func isYearAt(s string, i int) bool {
	if !(s[i] == '1' && (s[i+1] == '8' || s[i+1] == '9') || s[i] == '2' && (s[i+1] == '0' || s[i+1] == '1')) {
		return false
	}
	if !isDigit(s[i+2]) || !isDigit(s[i+3]) {
		return false
	}
	return (i == 0 || !isDigit(s[i-1])) && (i+4 == len(s) || !isDigit(s[i+4]))
}

func isLetterOrDigit(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || isDigit(c)
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

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
	for i := 0; i+4 <= len(text); i++ {
		if isYearAt(text, i) {
			if plausibleYear(text, i, i+4) {
				consider(model.YearDate(atoi(text[i : i+4])))
			}
			i += 3
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
