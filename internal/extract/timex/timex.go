// Package timex finds date expressions in text and resolves them to
// model.Date values: absolute ("26 August", "August 26, 2021"), partial
// ("in 2017", "the spring of 2015", "late 2014"), relative ("last March",
// "earlier this year", "on Thursday", "two weeks ago") against a reference
// date, and anaphoric ("a month later") against the event being narrated.
// Pure: stdlib and model only; detection and parsing are our own scanner
// (go-dateparser was slower per call than this whole package per article,
// and failed on several of the forms below).
//
// Resolution rules:
//   - a month or day without a year takes the reference year, or the year
//     before when that would put it more than a week (day precision) or a
//     month (month precision) after the reference date;
//   - "last March" is the most recent March strictly before the reference
//     month; "this March" is March of the reference year; "next March" the
//     first March after the reference month;
//   - a weekday ("on Thursday") is the most recent such day on or before the
//     reference date (a Thursday reference counts); "last Thursday" is
//     strictly before it, "next Thursday" strictly after;
//   - "two weeks ago", "last week", "this week" keep month precision; "N days
//     ago" and "yesterday" day precision; "N years ago" year precision;
//   - seasons and "early/mid/late" keep the precision of what they modify
//     and are reported in Mod;
//   - ambiguous numeric dates ("03/04/2021") are month first unless
//     Options.DayFirst, but an order that would be after the reference date
//     loses to one that is not.
//
// With a zero reference, expressions that need it get a zero Date (absolute
// ones keep their own year). Anaphoric expressions ("a month later", "the
// next day") are resolved against the previous dated expression in the
// same text; callers that know the narrated event use Anchor.
package timex

import (
	"dossier/internal/extract/scan"
	"time"

	"dossier/internal/model"
)

// Expr is one date expression [Start, End) of the text.
type Expr struct {
	Start, End int
	Text       string
	// Date is the resolved date at the precision the text supports; Until
	// is the end of an interval when the text gives one ("between 2019 and
	// 2021", "from January 2022 to April 2024").
	Date, Until model.Date
	// Relative is set when Date depends on the reference date ("last
	// March", "on Thursday"); Anaphoric when it depends on the previously
	// narrated event ("a month later"): Date is then resolved against the
	// previous dated expression of the text (zero if none).
	Relative, Anaphoric bool
	// Offset, for anaphoric expressions, is what to add to the anchor:
	// years, months and days.
	Offset [3]int
	// OffsetPrec is the finest precision an anaphoric offset supports ("two
	// days later": day; "weeks later": month).
	OffsetPrec model.Precision
	// Mod is a part-of-period modifier: "early", "mid", "late", "earlier",
	// "later", a season ("spring"), or "decade" for "the 1990s".
	Mod string
}

// Options tunes Find.
type Options struct {
	// DayFirst reads ambiguous numeric dates as day/month/year.
	DayFirst bool
}

// Find returns the date expressions in text, in order, resolving relative
// ones against ref (the publication date; may be zero, in which case
// relative expressions without an explicit year get a zero Date).
func Find(text string, ref model.Date) []Expr { return FindWith(text, ref, Options{}) }

// FindWith is Find with options.
func FindWith(text string, ref model.Date, opt Options) []Expr {
	sc := &scanner{text: text, ref: ref, opt: opt}
	var out []Expr
	var last model.Date
	buf := getToks()
	toks := *buf
	for from := 0; from < len(text); {
		toks, from = lex(text, from, scan.ChunkEnd(text, from), toks[:0])
		sc.t = toks
		out = sc.scan(out, &last)
	}
	putToks(buf, toks)
	return out
}

// scan appends the expressions of the current tokens to out; last is the
// most recent resolved date, the anchor of anaphoric expressions.
func (sc *scanner) scan(out []Expr, last *model.Date) []Expr {
	for i := 0; i < len(sc.t); {
		if !sc.starter(i) {
			i++
			continue
		}
		x, ok := sc.at(i)
		if !ok {
			i++
			continue
		}
		e := sc.expr(x)
		if e.Anaphoric {
			e.Date = Anchor(e, *last)
		}
		if !e.Date.IsZero() {
			*last = e.Date
		}
		out = append(out, e)
		i = x.e
	}
	return out
}

// Anchor re-resolves an anaphoric expression against the date of the event
// narrated before it. The result is no finer than the anchor or the
// offset's unit. Non-anaphoric expressions return their own Date.
func Anchor(e Expr, anchor model.Date) model.Date {
	if !e.Anaphoric {
		return e.Date
	}
	if anchor.IsZero() {
		return model.Date{}
	}
	prec := e.OffsetPrec
	if prec == model.PrecNone {
		prec = model.PrecDay
	}
	if anchor.Prec < prec {
		prec = anchor.Prec
	}
	t := midpoint(anchor).AddDate(e.Offset[0], e.Offset[1], e.Offset[2])
	return model.FromTime(t).Truncate(prec)
}

// midpoint is the middle of a month- or year-precision date (the 15th, or
// 1 July), so that a small offset from a coarse anchor stays inside it.
func midpoint(d model.Date) time.Time {
	t := d.Time()
	switch d.Prec {
	case model.PrecMonth:
		return t.AddDate(0, 0, 14)
	case model.PrecYear:
		return t.AddDate(0, 6, 0)
	}
	return t
}

// cand is a matched expression before it becomes an Expr.
type cand struct {
	s, e        int // token span
	date, until model.Date
	rel, ana    bool
	off         [3]int
	offPrec     model.Precision
	mod         string
}

// expr turns a candidate into an Expr with byte offsets.
func (sc *scanner) expr(x cand) Expr {
	st, en := sc.t[x.s].s, sc.t[x.e-1].e
	return Expr{
		Start: st, End: en, Text: sc.text[st:en],
		Date: x.date, Until: x.until, Relative: x.rel, Anaphoric: x.ana,
		Offset: x.off, OffsetPrec: x.offPrec, Mod: x.mod,
	}
}
