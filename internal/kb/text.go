package kb

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"dossier/internal/model"
)

// Norm folds a surface form for comparison: diacritics, case, punctuation,
// dashes and a leading "the" do not matter ("The Islamic State–Khorasan" ==
// "islamic state khorasan" == "IslamicStateKhorasan").
func Norm(s string) string {
	if isASCII(s) {
		return normASCII(s)
	}
	return normUnicode(s)
}

// normUnicode is Norm of any string.
func normUnicode(s string) string {
	s = strings.ToLower(strings.TrimSpace(norm.NFKD.String(s)))
	s = strings.TrimPrefix(s, "the ")
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) && r < unicode.MaxASCII || unicode.IsDigit(r) && r < unicode.MaxASCII {
			b.WriteRune(r)
		}
	}
	if b.Len() == 0 {
		return strings.Join(words(s), "")
	}
	return b.String()
}

// normASCII is Norm of an ASCII string (which NFKD leaves unchanged):
// "the " dropped after trimming, then only letters, lower-cased, and
// digits kept.
func normASCII(s string) string {
	s = strings.TrimSpace(s)
	if len(s) >= 4 && strings.EqualFold(s[:4], "the ") {
		s = s[4:]
	}
	keep := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'a' <= c && c <= 'z' || '0' <= c && c <= '9' {
			keep++
		}
	}
	if keep == len(s) {
		return s // already folded
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if 'a' <= c && c <= 'z' || '0' <= c && c <= '9' {
			b = append(b, c)
		}
	}
	return string(b)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// words returns the lower-case words of s, diacritics folded.
func words(s string) []string {
	s = strings.ToLower(norm.NFKD.String(s))
	return strings.FieldsFunc(s, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r)) && !unicode.Is(unicode.Mn, r)
	})
}

// titles are honorifics dropped before comparing person names.
var titles = map[string]bool{"dr": true, "mr": true, "mrs": true, "ms": true, "prof": true,
	"sir": true, "gen": true, "general": true, "col": true, "president": true, "sheikh": true,
	"mullah": true, "maulana": true, "maulvi": true, "commander": true, "emir": true}

// personKey returns the comparison key of a full person name, or "" when
// the name has fewer than two words after dropping titles.
func personKey(name string) string {
	var ws []string
	for _, w := range words(name) {
		w = stripMarks(w)
		if !titles[w] && w != "" {
			ws = append(ws, w)
		}
	}
	if len(ws) < 2 {
		return ""
	}
	return strings.Join(ws, " ")
}

func stripMarks(s string) string {
	var b strings.Builder
	for _, r := range s {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// rangeOf builds a Range from bounds; nil when both are open.
func rangeOf(lo, hi *float64, approx bool) *model.Range {
	if lo == nil && hi == nil {
		return nil
	}
	return &model.Range{Min: lo, Max: hi, Approx: approx}
}

// bounds returns r as [lo, hi]; an open bound is 0 or +Inf. An approximate
// figure is widened by 10%.
func bounds(r *model.Range) (float64, float64) {
	lo, hi := 0.0, math.Inf(1)
	if r.Min != nil {
		lo = *r.Min
	}
	if r.Max != nil {
		hi = *r.Max
	}
	if r.Approx {
		lo, hi = lo*0.9, hi*1.1
	}
	return lo, hi
}

// overlaps reports whether two figures can describe the same quantity.
func overlaps(a, b *model.Range) bool {
	alo, ahi := bounds(a)
	blo, bhi := bounds(b)
	return math.Max(alo, blo) <= math.Min(ahi, bhi)
}

// sameRange reports whether two figures state the same bounds.
func sameRange(a, b *model.Range) bool {
	return formatRange(a) == formatRange(b)
}

// formatRange writes a figure for people: "190+", "500–1,500", "~140",
// "at most 20", "" when nil.
func formatRange(r *model.Range) string {
	if r == nil {
		return ""
	}
	switch {
	case r.Min != nil && r.Max != nil && *r.Min == *r.Max:
		s := formatNum(*r.Min)
		if r.Approx {
			s = "~" + s
		}
		return s
	case r.Min != nil && r.Max != nil:
		return formatNum(*r.Min) + "–" + formatNum(*r.Max)
	case r.Min != nil:
		return formatNum(*r.Min) + "+"
	case r.Max != nil:
		return "at most " + formatNum(*r.Max)
	}
	return ""
}

// formatNum writes 1500 as "1,500" and 2.5 as "2.5".
func formatNum(v float64) string {
	if v != math.Trunc(v) || math.Abs(v) >= 1e15 {
		return strconv.FormatFloat(v, 'f', -1, 64)
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

// slug makes an ID fragment from a name.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, w := range words(s) {
		w = stripMarks(w)
		if w == "" {
			continue
		}
		if dash {
			b.WriteByte('-')
		}
		b.WriteString(w)
		dash = true
	}
	if b.Len() == 0 {
		return fmt.Sprintf("x%x", Norm(s))
	}
	return b.String()
}
