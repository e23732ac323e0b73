package extract

import (
	"strings"
	"unicode"

	"dossier/internal/extract/scan"
	"dossier/internal/gazetteer"
)

// Person cues: titles and role nouns before a name, verbs after it.
var (
	personTitles = map[string]bool{"dr": true, "mr": true, "mrs": true, "ms": true, "prof": true,
		"professor": true, "president": true, "general": true, "gen": true, "commander": true,
		"sheikh": true, "shaikh": true, "mullah": true, "maulvi": true, "maulana": true, "emir": true,
		"caliph": true, "minister": true, "senator": true, "governor": true, "colonel": true, "col": true,
		"captain": true, "capt": true, "lt": true, "major": true, "secretary": true, "spokesman": true,
		"spokeswoman": true, "spokesperson": true, "chief": true, "leader": true, "founder": true,
		"analyst": true, "researcher": true, "expert": true, "journalist": true, "correspondent": true,
		"ambassador": true, "envoy": true, "judge": true, "imam": true, "hafiz": true, "qari": true,
		"king": true, "prince": true, "chancellor": true, "premier": true, "by": true, "named": true}
	personVerbs = map[string]bool{"said": true, "says": true, "told": true, "added": true, "wrote": true,
		"writes": true, "explained": true, "argued": true, "argues": true, "warned": true, "noted": true,
		"stated": true, "believes": true, "thinks": true, "who": true}
	nameParticles = map[string]bool{"al": true, "bin": true, "ibn": true, "von": true, "van": true,
		"de": true, "der": true, "den": true, "el": true, "ul": true, "abu": true, "da": true, "di": true,
		"le": true, "la": true}
)

// facilityHeads end names of places and buildings, never of people
// ("Suleiman Faqeeh Hospital").
var facilityHeads = map[string]bool{"hospital": true, "clinic": true, "mosque": true, "church": true,
	"temple": true, "school": true, "market": true, "airport": true, "hotel": true, "stadium": true,
	"station": true, "camp": true, "prison": true, "bridge": true, "street": true, "road": true,
	"square": true, "village": true, "town": true, "city": true, "district": true, "province": true,
	"shrine": true, "base": true, "center": true, "centre": true, "university": true, "college": true}

// notNames are nameStop and funcWords, and personTitleSet personTitles,
// as pre-tested sets for the per-word loop of addPeople.
var (
	notNames       = scan.NewWords(nameStop, funcWords)
	personTitleSet = scan.NewWords(personTitles)
)

// addPeople finds personal names by cue: a title or role noun before, a
// speech verb after, a name particle inside, or a byline.
func (w *work) addPeople() {
	w.addAuthors()
	for i := 0; i < len(w.words); i++ {
		t := w.words[i].Text
		if !capitalised(t) || notNames.Has(t) || personTitleSet.Has(w.lowerWord(i)) || w.commonAtStart(i) {
			continue
		}
		place := w.placeWord(i)
		if place == nil && w.overlaps(w.words[i].Start, w.words[i].End) {
			continue
		}
		j := w.nameEnd(i)
		rule := w.personCue(i, j)
		if rule == "" || place != nil && (j == i || rule == "person:particle") {
			continue
		}
		if place != nil {
			w.removeMentions(place.Start, place.End)
		}
		s, e := w.words[i].Start, w.words[j].End
		if t := w.words[j].Text; trimPossessive(t) != t {
			e -= len(t) - len(trimPossessive(t))
		}
		name := cleanForm(w.text[s:e])
		if facilityHeads[w.lowerPrefix(j, trimPossessive(w.words[j].Text))] {
			i = j
			continue
		}
		ent := w.ruleEntity(name, "person", rule)
		if ent.Type == "person" {
			if m := w.addMention(s, e, ent); m != nil {
				m.Rule = rule
			}
		}
		if rule == "person:pair" {
			k := j + 2
			e2 := w.nameEnd(k)
			ent2 := w.ruleEntity(cleanForm(w.text[w.words[k].Start:w.words[e2].End]), "person", rule)
			if m := w.addMention(w.words[k].Start, w.words[e2].End, ent2); m != nil {
				m.Rule = rule
			}
			j = e2
		}
		i = j
	}
}

// nameEnd returns the last word of the capitalised run from word i (at most
// four name words, particles allowed inside).
func (w *work) nameEnd(i int) int {
	end, n := i, 1
	for j := i + 1; j < len(w.words) && n < 4; j++ {
		if !spaceOnly(w.text, w.words[j-1].End, w.words[j].Start) && !w.initialBefore(j) {
			break
		}
		if trimPossessive(w.words[j-1].Text) != w.words[j-1].Text || w.overlaps(w.words[j].Start, w.words[j].End) {
			break
		}
		t := w.words[j].Text
		if nameParticles[w.lowerWord(j)] && j+1 < len(w.words) && capitalised(w.words[j+1].Text) {
			continue
		}
		if !capitalised(t) && !particleName(t) || nameStop[t] || funcWords[t] {
			break
		}
		end, n = j, n+1
	}
	return end
}

// personCue returns the rule by which words i..j are a person's name, or "".
func (w *work) personCue(i, j int) string {
	multi := j > i
	if multi && w.hasParticle(i, j) {
		return "person:particle"
	}
	if i > 0 && gapText(w.text, w.words[i-1].End, w.words[i].Start) != "," {
		prev := w.lowerPrefix(i-1, strings.TrimSuffix(w.words[i-1].Text, "."))
		if personTitles[prev] && (multi || prev != "by" && prev != "named") {
			return "person:title:" + prev
		}
	}
	if !multi {
		return ""
	}
	if j+1 < len(w.words) {
		next := w.lowerWord(j + 1)
		g := gapText(w.text, w.words[j].End, w.words[j+1].Start)
		if (g == "" || g == ",") && personVerbs[next] {
			return "person:verb:" + next
		}
		if g == "" && (next == "and") && j+2 < len(w.words) && w.personCueAfterAnd(j+2) {
			return "person:pair"
		}
	}
	if w.appositiveRole(j) {
		return "person:appositive"
	}
	return ""
}

// hasParticle reports a name particle inside words i..j ("bin", "al-").
func (w *work) hasParticle(i, j int) bool {
	for k := i; k <= j; k++ {
		t := w.lowerWord(k)
		if nameParticles[t] && k > i {
			return true
		}
		if p, _, ok := strings.Cut(t, "-"); ok && (p == "al" || p == "el" || p == "ul") {
			return true
		}
	}
	return false
}

// personCueAfterAnd reports "X and Y Z said/are" where Y Z is a name.
func (w *work) personCueAfterAnd(k int) bool {
	if k >= len(w.words) || !capitalised(w.words[k].Text) {
		return false
	}
	e := w.nameEnd(k)
	if e == k {
		return false
	}
	if e+1 < len(w.words) {
		n := w.lowerWord(e + 1)
		return personVerbs[n] || n == "are" || n == "have"
	}
	return false
}

// roleNouns after "X, a/an/the ..." mark a person.
var roleNouns = []string{"expert", "analyst", "researcher", "professor", "student", "editor", "journalist",
	"fellow", "director", "author", "scholar", "spokesman", "spokesperson", "commander", "leader",
	"officer", "official", "correspondent", "reporter", "lecturer", "specialist", "founder", "member"}

// appositiveRole reports "Name, a ... expert" or "Name is a ... student".
func (w *work) appositiveRole(j int) bool {
	end := w.words[j].End
	rest := w.text[end:min(len(w.text), end+90)]
	rest = strings.TrimLeft(rest, " \u00a0")
	var tail string
	switch {
	case strings.HasPrefix(rest, ", a ") || strings.HasPrefix(rest, ", an ") || strings.HasPrefix(rest, ", the "):
		tail = rest
	case strings.HasPrefix(rest, "is a ") || strings.HasPrefix(rest, "is an ") || strings.HasPrefix(rest, "is the "):
		tail = rest
	case strings.HasPrefix(rest, "– a ") || strings.HasPrefix(rest, "— a ") || strings.HasPrefix(rest, "- a ") ||
		strings.HasPrefix(rest, "– an ") || strings.HasPrefix(rest, "— an ") || strings.HasPrefix(rest, "- an "):
		tail = rest
	default:
		return false
	}
	if k := strings.IndexAny(tail[2:], ",.;"); k >= 0 {
		tail = tail[:k+2]
	}
	for _, r := range roleNouns {
		if strings.Contains(tail, r) {
			return true
		}
	}
	return false
}

// initialBefore reports "J. Smith": word j-1 is one capital letter and a
// period.
func (w *work) initialBefore(j int) bool {
	p := w.words[j-1]
	return len([]rune(p.Text)) == 1 && capitalised(p.Text) && spaceOnly(w.text, p.End+1, w.words[j].Start) &&
		p.End < len(w.text) && w.text[p.End] == '.'
}

// commonAtStart reports a sentence-initial capitalised word that the
// document also uses in lower case ("Later", "Officials").
func (w *work) commonAtStart(i int) bool {
	if !w.sentenceInitial(i) {
		return false
	}
	if w.lowerWords == nil {
		w.lowerWords = w.lowerAtStart()
	}
	return w.lowerWords[w.lowerWord(i)]
}

// sentenceInitial reports whether word i opens a sentence or a line.
func (w *work) sentenceInitial(i int) bool {
	before := strings.TrimRight(w.text[:w.words[i].Start], " \u00a0\t\"“‘'(")
	return before == "" || strings.HasSuffix(before, "\n") || strings.HasSuffix(before, ".") ||
		strings.HasSuffix(before, "!") || strings.HasSuffix(before, "?") || strings.HasSuffix(before, ":")
}

// lowerAtStart maps the lower case of every capitalised sentence-initial
// word to whether the document also writes it in lower case.
func (w *work) lowerAtStart() map[string]bool {
	out := map[string]bool{}
	var gate [256]uint64 // bit min(len, 63) of gate[first byte]
	for i, wd := range w.words {
		if capitalised(wd.Text) && w.sentenceInitial(i) {
			q := w.lowerWord(i)
			out[q] = false
			gate[q[0]] |= 1 << min(len(q), 63)
		}
	}
	for _, wd := range w.words {
		t := wd.Text
		if gate[t[0]]&(1<<min(len(t), 63)) == 0 || capitalised(t) {
			continue
		}
		if _, ok := out[t]; ok {
			out[t] = true
		}
	}
	return out
}

// placeWord returns the mention of a minor place that word i alone forms
// and that a following capitalised word may turn into a personal name
// ("Nadia Orlov"), or nil.
func (w *work) placeWord(i int) *mention {
	wd := w.words[i]
	m := w.soleLive(wd.Start, wd.End)
	if m == nil || m.Start != wd.Start || m.End != wd.End || m.Ent == nil || m.Ent.Gaz == nil {
		return nil
	}
	if k := m.Ent.Gaz.Kind; k == gazetteer.KindCountry || k == gazetteer.KindAdmin1 || k == gazetteer.KindRegion ||
		m.Ent.Type != "location" {
		return nil
	}
	if i+1 >= len(w.words) || !capitalised(w.words[i+1].Text) || w.overlaps(w.words[i+1].Start, w.words[i+1].End) {
		return nil
	}
	return m
}

// particleName reports a lower-case particle joined to a name part:
// "al-Zamani", "bin-Ali", "el-Masri".
func particleName(t string) bool {
	p, rest, ok := strings.Cut(t, "-")
	return ok && nameParticles[p] && capitalised(rest)
}

// addAuthors marks the document's author names (from its metadata, as
// ingest found them in the byline) wherever the text writes them, and
// name-only lines of byline blocks.
func (w *work) addAuthors() {
	for _, name := range authorNames(w.doc.Author) {
		ent := w.ruleEntity(name, "person", "person:byline")
		if ent.Type == "person" {
			w.addOccurrences(name, ent, "person:byline")
		}
	}
	for _, b := range w.doc.Blocks {
		if b.Kind != "byline" || b.End > len(w.text) {
			continue
		}
		for _, line := range lineSpans(w.text, b.Start, b.End) {
			w.addNameLine(line[0], line[1])
		}
	}
}

// authorNames splits an author field: "A and B", "A, B & C".
func authorNames(s string) []string {
	s = strings.NewReplacer(" and ", ",", "&", ",", ";", ",").Replace(s)
	var out []string
	for _, p := range strings.Split(s, ",") {
		p = cleanForm(strings.TrimPrefix(strings.TrimSpace(p), "By "))
		if f := strings.Fields(p); len(f) >= 2 && len(f) <= 4 && capitalised(p) {
			out = append(out, p)
		}
	}
	return out
}

// lineSpans returns the non-empty lines of text[start:end].
func lineSpans(text string, start, end int) [][2]int {
	var out [][2]int
	for s := start; s < end; {
		e := strings.IndexByte(text[s:end], '\n')
		if e < 0 {
			e = end - s
		}
		if ls, le := trimSpan(text, s, s+e); ls < le {
			out = append(out, [2]int{ls, le})
		}
		s += e + 1
	}
	return out
}

func trimSpan(text string, s, e int) (int, int) {
	for s < e && (text[s] == ' ' || text[s] == '\t' || text[s] == '\r') {
		s++
	}
	for e > s && (text[e-1] == ' ' || text[e-1] == '\t' || text[e-1] == '\r') {
		e--
	}
	return s, e
}

// addNameLine records a byline line made only of a two-to-four-word
// capitalised name ("Hannah Wallace", "By Hannah Wallace").
func (w *work) addNameLine(s, e int) {
	if strings.HasPrefix(w.text[s:e], "By ") {
		s += 3
	}
	f := strings.Fields(w.text[s:e])
	if len(f) < 2 || len(f) > 4 || w.overlaps(s, e) {
		return
	}
	for _, t := range f {
		if !capitalised(t) && !particleName(t) && !nameParticles[t] || nameStop[t] || !isNameWord(t) {
			return
		}
	}
	ent := w.ruleEntity(cleanForm(w.text[s:e]), "person", "person:byline")
	if ent.Type != "person" {
		return
	}
	if m := w.addMention(s, e, ent); m != nil {
		m.Rule = "person:byline"
	}
}

// isNameWord reports a word of letters, hyphens and apostrophes only.
func isNameWord(t string) bool {
	for _, r := range t {
		if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' && r != '.' {
			return false
		}
	}
	return true
}
