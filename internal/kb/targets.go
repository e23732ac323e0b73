package kb

import (
	"regexp"
	"sort"
	"strings"

	"dossier/internal/model"
)

// targetWeight lists words naming what an attack hit, weighted by how
// much they single out one incident (a maternity ward more than a school).
var targetWeight = map[string]float64{
	"school": 2, "girls": 1, "university": 2, "college": 2, "academy": 2, "classroom": 2,
	"mosque": 2, "church": 2, "temple": 2, "shrine": 3, "gurdwara": 3, "synagogue": 3, "cathedral": 3,
	"hospital": 2, "clinic": 2, "maternity": 3, "ward": 1,
	"airport": 2, "market": 2, "bazaar": 2, "mall": 2, "hotel": 2, "restaurant": 2, "cafe": 2,
	"embassy": 3, "consulate": 3, "prison": 2, "jail": 2, "checkpoint": 1, "bus": 2, "train": 2,
	"station": 1, "wedding": 3, "funeral": 3, "rally": 2, "concert": 3, "stadium": 3, "parliament": 3,
	"ministry": 2, "court": 2, "bank": 2, "convoy": 2, "pipeline": 2, "bridge": 2, "base": 1,
	"barracks": 2, "camp": 1, "village": 1, "procession": 3, "festival": 3, "polling": 3,
	"election": 2, "tanker": 2, "ship": 2, "aircraft": 2, "helicopter": 2, "motorcade": 3,
	"cricket": 3, "football": 3, "worshippers": 1, "worshipers": 1, "pilgrims": 2,
	"car": 1, "truck": 1, "suicide": 1, "rocket": 1, "rockets": 1, "gunmen": 1, "hostages": 2,
}

// clauseSep splits a sentence into the clauses a list of incidents uses.
var clauseSep = regexp.MustCompile(`[,;:]\s+|\s+(?:and|alongside|including|as well as|while|whereas)\s+`)

// sentence is the event claims of a document sharing one evidence
// sentence, with the target words computed from it (once per sentence).
type sentence struct {
	siblings []*Claim
	split    bool                 // clauses computed
	clauses  []map[string]float64 // target words of each clause naming a target
	whole    map[string]float64   // target words of the sentence
}

// targetWords returns the weighted target words of an event report: from
// its Target when the extractor gave one; else from its evidence, or, when
// several reports of the document share that sentence, from the clause
// that belongs to it (the k-th clause naming a target for the k-th report
// of the sentence, when the counts agree). The maps returned are shared
// by the reports of the sentence: read them only.
func (g *sentence) targetWords(ev *model.ExtractedEvent, c *Claim) map[string]float64 {
	if ev.Target != "" {
		return weigh(ev.Target)
	}
	if len(g.siblings) > 1 {
		if !g.split {
			g.split = true
			for _, cl := range clauseSep.Split(ev.Evidence.Text, -1) {
				if w := weigh(cl); len(w) > 0 {
					g.clauses = append(g.clauses, w)
				}
			}
			if len(g.clauses) == len(g.siblings) {
				sort.Slice(g.siblings, func(i, j int) bool { return g.siblings[i].Seq < g.siblings[j].Seq })
			}
		}
		if len(g.clauses) == len(g.siblings) {
			for i, s := range g.siblings {
				if s.ID == c.ID {
					return g.clauses[i]
				}
			}
		}
	}
	if g.whole == nil {
		g.whole = weigh(ev.Evidence.Text)
	}
	return g.whole
}

// weigh returns the target words of s with their weights; plurals fold.
func weigh(s string) map[string]float64 {
	out := map[string]float64{}
	for _, w := range words(s) {
		w = strings.TrimSuffix(w, "'")
		if v, ok := targetWeight[w]; ok {
			out[w] = v
			continue
		}
		if sing := strings.TrimSuffix(w, "s"); sing != w {
			if v, ok := targetWeight[sing]; ok {
				out[sing] = v
			}
		}
	}
	return out
}

// similarity is the weighted Jaccard overlap of two word sets.
func similarity(a, c map[string]float64) float64 {
	var inter, union float64
	for w, v := range a {
		union += v
		if _, ok := c[w]; ok {
			inter += v
		}
	}
	for w, v := range c {
		if _, ok := a[w]; !ok {
			union += v
		}
	}
	if union == 0 {
		return 0
	}
	return inter / union
}

// distinctTargets reports whether both sides name what was hit with
// distinctive words (weight 2 or more) and share none of them: a school
// and an airport are two incidents even in the same city and month.
func distinctTargets(a, c map[string]float64) bool {
	strongA, strongC := false, false
	for w, v := range a {
		if v < 2 {
			continue
		}
		strongA = true
		if c[w] >= 2 {
			return false
		}
	}
	for _, v := range c {
		strongC = strongC || v >= 2
	}
	return strongA && strongC
}

// sameStory reports whether a second report from the same document tells
// of the same incident: both name what was hit and share a distinctive
// word for it (the airport attack told in the lead and in a caption).
func sameStory(inc, p map[string]float64) bool {
	for w, v := range p {
		if v >= 2 && inc[w] >= 2 {
			return true
		}
	}
	return false
}
