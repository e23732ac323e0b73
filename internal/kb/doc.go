// Package kb owns Dossier's knowledge base: the merge of per-document
// extraction results into sourced entities, incidents, relations, estimate
// series and conflicts, the credibility rule, analyst curation and the
// read models (KB, Profile) that the CLI and the web UI render. It is pure:
// it imports model (and the standard library and x/text) only, never store,
// config or extract. The store persists claims and curation actions; Build
// recomputes everything else from them.
//
// # Claims are the truth
//
// Claims turns one document's extraction into claims: one per entity, alias,
// event report, relation and estimate, each with a stable content-derived ID
// (document ID + kind + what it says), so re-extracting an unchanged
// sentence keeps its claim ID and any curation attached to it. Build takes
// the accepted claims of all documents plus the curation log and returns the
// KB. It sorts its input first, so the KB does not depend on the order in
// which documents were ingested.
//
// # Entity resolution
//
// Each document's entity is a node; nodes are joined (union-find) by:
//   - the same gazetteer Ref (any type);
//   - for armed groups and organisations: the same normalised name or alias
//     (so an acronym defined in one document links bare mentions in
//     another), unless that surface form is used for two entities with
//     different Refs or different names in the same document (ambiguous);
//   - for persons: the same full name (two or more words, titles such as
//     "Dr" dropped) among names and aliases; a lone surname never merges;
//   - for locations without a Ref: the same normalised name and country.
//
// Two clusters carrying different Refs never merge automatically. The
// canonical name is the gazetteer name when known, else the name most
// documents use (longest, then alphabetical, on ties). Every alias lists
// the documents that used it.
//
// # Incidents
//
// Event reports are clustered into incidents, most precise dates first.
// A report joins an incident when, for every distinct report in it: the
// dates are compatible at the coarser precision, the places are the same
// or one contains the other (same entity, a country and a place in it, a
// gazetteer containment, or a site named after its city such as "Kabul
// airport"), the perpetrators are the same entity, one is unknown, or one
// is a branch of the other (gazetteer affiliate_of, or the branch's name is
// the parent's followed by more words: "Islamic State" and "Islamic State
// Khorasan Province"; splinters and allies are separate actors), and
// the kinds are compatible ("other" fits all; bombing/suicide_bombing;
// shooting/armed_assault/assassination/ambush/clash). Further rules:
//   - target words ("school", "airport", "maternity", weighted by how much
//     they single out an incident) are read from the event's Target, else
//     from its evidence (the k-th clause naming a target for the k-th of
//     several reports sharing one sentence); two reports that both name
//     distinctive targets and share none are different incidents, unless
//     both give the same day;
//   - a document reports an incident once; a second report of the same
//     document joins only when it retells it (a shared distinctive target
//     word and the same perpetrator);
//   - a report without a date joins only an incident of a compatible stated
//     perpetrator with at least one shared target word, best-scoring pair
//     first;
//   - when a document has no publication date and the date text names no
//     year, the year came from a lower bound: such a date matches on month
//     and day, against any later year, and never sets the incident's year
//     (it may add its month and day to a stated date it agrees with).
//
// Among candidates, the best-scoring incident wins (equal day, place
// specificity, agreeing perpetrator, shared target words). Positions in
// lists are never used. The incident takes the most precise date, the most
// specific place, the most specific kind, the most specific perpetrator (a
// branch counts its parent's reports too) and "claimed" over "blamed"; each
// report keeps what its document said.
//
// # Conflicts
//
// Per incident field: killed/injured figures whose ranges do not overlap
// (an approximate figure widened by 10%) are a contradiction; different
// but overlapping figures a difference in detail. Different specific kinds
// outside one family, unrelated perpetrators and incompatible dates are
// contradictions (a parent organisation and its branch differ in detail); claimed versus blamed is a partial disagreement. Estimates
// of the same (entity, property) for compatible as-of dates whose ranges do
// not overlap are contradictions. The kb-json export lists every field on
// which reports differ, with each conflict's type in conflict_details.
//
// # Sources and credibility
//
// A document's source is its publisher (Document.Source), else its URL's
// host, else its name. Each source has an Admiralty reliability grade A–F
// (default F, "cannot be judged") set by the analyst. A claim's credibility
// (1 confirmed … 6 cannot be judged) counts independent sources (distinct
// source names) agreeing with it (n) and disagreeing (m):
//   - m = 0: n ≥ 3 → 1; n = 2 → 1 if any supporting source is graded A or B,
//     else 2; n = 1 → by the grade: A/B → 2, C → 3, D → 4, E → 5, F → 6;
//   - m > 0: n > m → 3; n = m → 4; n < m → 5.
//
// An analyst's "claim accept" sets the claim to 1 unless contradicted (3).
//
// # Curation
//
// Curation actions (entity merge/split, alias add/remove, claim
// accept/reject, source grade) are replayed in order over the automatic
// result; an undone action is skipped. A rejected claim contributes nothing
// but is kept in KB.Rejected so it stays visible.
package kb
