// Package timex finds date expressions in text and resolves them to
// model.Date values: absolute ("26 August", "August 26, 2021"), partial
// ("in 2017", "the spring of 2015", "late 2014"), relative ("last March",
// "earlier this year", "on Thursday", "two weeks ago") against a reference
// date, and anaphoric ("a month later") against the event being narrated.
// Pure; it may use go-dateparser on spans it has detected, never to search
// free text.
package timex

import "dossier/internal/model"

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
	// narrated event ("a month later") and Date was resolved against ref.
	Relative, Anaphoric bool
	// Offset, for anaphoric expressions, is what to add to the anchor:
	// years, months and days.
	Offset [3]int
}

// Find returns the date expressions in text, in order, resolving relative
// ones against ref (the publication date; may be zero, in which case
// relative expressions without an explicit year get a zero Date).
// TODO(timex owner): implement.
func Find(text string, ref model.Date) []Expr { return nil }

// Anchor re-resolves an anaphoric expression against the date of the event
// narrated before it.
// TODO(timex owner): implement.
func Anchor(e Expr, anchor model.Date) model.Date { return e.Date }
