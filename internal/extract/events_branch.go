package extract

import "dossier/internal/model"

// branchOf reports whether entity a is a branch (affiliate) of entity b in
// the gazetteer: "Islamic State Khorasan Province" of "Islamic State".
// When a sentence ties both to an attack ("the Afghan offshoot of Islamic
// State, known as IS-K, claimed ..."), the branch is the actor.
func isBranchOf(a, b *entity) bool {
	if a == nil || b == nil || a.Gaz == nil || b.Gaz == nil || a.Type != model.TypeArmedGroup {
		return false
	}
	for _, r := range a.Gaz.Relations {
		if r.Target == b.Gaz.ID && r.Kind == "affiliate_of" {
			return true
		}
	}
	return false
}
