// Package examples holds Dossier's bundled example corpus: short articles
// written by the project in its own words, stating public facts about
// armed groups (.txt page captures with their chrome, .html pages, a
// .jsonl file of incident records). "dossier demo" ingests them.
package examples

import "embed"

// FS holds the example articles.
//
//go:embed *.txt *.html *.jsonl
var FS embed.FS
