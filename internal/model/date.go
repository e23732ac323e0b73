package model

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Precision says how much of a Date is known.
type Precision int

// Precisions, coarsest first.
const (
	PrecNone Precision = iota
	PrecYear
	PrecMonth
	PrecDay
)

// Date is a calendar date known to a precision: 2021, 2021-08 or 2021-08-26.
// The zero value is "no date" and marshals to JSON null.
type Date struct {
	Year, Month, Day int
	Prec             Precision
}

// DayDate returns a day-precision Date.
func DayDate(y, m, d int) Date { return Date{y, m, d, PrecDay} }

// MonthDate returns a month-precision Date.
func MonthDate(y, m int) Date { return Date{Year: y, Month: m, Prec: PrecMonth} }

// YearDate returns a year-precision Date.
func YearDate(y int) Date { return Date{Year: y, Prec: PrecYear} }

// FromTime returns the day-precision Date of t.
func FromTime(t time.Time) Date { return DayDate(t.Year(), int(t.Month()), t.Day()) }

// IsZero reports whether no date is known.
func (d Date) IsZero() bool { return d.Prec == PrecNone }

// Time returns the first instant of d in UTC (zero time if unknown).
func (d Date) Time() time.Time {
	if d.IsZero() {
		return time.Time{}
	}
	m, day := d.Month, d.Day
	if m == 0 {
		m = 1
	}
	if day == 0 {
		day = 1
	}
	return time.Date(d.Year, time.Month(m), day, 0, 0, 0, 0, time.UTC)
}

// String returns ISO 8601 at d's precision, or "" when unknown.
func (d Date) String() string {
	switch d.Prec {
	case PrecYear:
		return fmt.Sprintf("%04d", d.Year)
	case PrecMonth:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	case PrecDay:
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
	}
	return ""
}

// Truncate returns d at precision p if p is coarser than d's.
func (d Date) Truncate(p Precision) Date {
	if p >= d.Prec {
		return d
	}
	switch p {
	case PrecYear:
		return YearDate(d.Year)
	case PrecMonth:
		return MonthDate(d.Year, d.Month)
	}
	return Date{}
}

// Compatible reports whether d and o can denote the same day: equal at the
// coarser of their two precisions. An unknown date is compatible with none.
func (d Date) Compatible(o Date) bool {
	if d.IsZero() || o.IsZero() {
		return false
	}
	p := d.Prec
	if o.Prec < p {
		p = o.Prec
	}
	return d.Truncate(p) == o.Truncate(p)
}

// ParseDate parses "2021", "2021-08" or "2021-08-26" (a longer RFC 3339
// timestamp is cut to its day).
func ParseDate(s string) (Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Date{}, nil
	}
	if len(s) > 10 && s[10] == 'T' {
		s = s[:10]
	}
	parts := strings.Split(s, "-")
	if len(parts) > 3 {
		return Date{}, Errorf(EINVALID, "date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
	}
	var n [3]int
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil {
			return Date{}, Errorf(EINVALID, "date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
		}
		n[i] = v
	}
	d := Date{Year: n[0], Month: n[1], Day: n[2], Prec: Precision(len(parts))}
	if d.Month < 0 || d.Month > 12 || d.Day < 0 || d.Day > 31 || (d.Prec >= PrecMonth && d.Month == 0) {
		return Date{}, Errorf(EINVALID, "date %q: month or day out of range", s)
	}
	return d, nil
}

// MarshalJSON writes the ISO string, or null when unknown.
func (d Date) MarshalJSON() ([]byte, error) {
	if d.IsZero() {
		return []byte("null"), nil
	}
	return json.Marshal(d.String())
}

// UnmarshalJSON reads what MarshalJSON writes.
func (d *Date) UnmarshalJSON(b []byte) error {
	var s *string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	if s == nil {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(*s)
	if err != nil {
		return err
	}
	*d = v
	return nil
}
