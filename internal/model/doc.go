// Package model holds Dossier's domain types: documents, dates, ranges, and
// the extraction result whose JSON shape is the evaluation contract
// (../shared/eval/FORMAT.md). It imports the standard library only.
package model
