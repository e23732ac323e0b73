package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// connectors may sit inside a proper name between capitalised words.
var connectors = map[string]bool{"of": true, "for": true, "and": true, "the": true, "in": true,
	"on": true, "e": true, "i": true, "al": true, "de": true, "&": true, "ul": true}

// addAcronymDefinitions reads "Full Name (ACR)", "ACR - Full Name -" and
// "known as A, B and C" and makes the forms one entity.
func (w *work) addAcronymDefinitions() {
	for i := range w.words {
		wd := w.words[i]
		if !acronymLike(wd.Text) {
			continue
		}
		if w.before(wd.Start, "(") && w.after(wd.End, ")") {
			if s, e, ok := w.nameChainBefore(w.openBefore(wd.Start), wd.Text); ok {
				w.define(s, e, wd.Start, wd.End, "acronym:paren")
			}
			continue
		}
		if g := w.gapAfter(wd.End); g == "-" || g == "–" || g == "—" {
			if s, e, ok := w.nameChainAfter(i + 1); ok && w.dashAfter(e) {
				w.define(s, e, wd.Start, wd.End, "acronym:dash")
			}
		}
	}
	w.addKnownAs()
}

// define makes [fs, fe) (a full name) and [as, ae) (its acronym) one entity.
func (w *work) define(fs, fe, as, ae int, rule string) {
	full := cleanForm(w.text[fs:fe])
	e := w.mentionEntity(as, ae)
	if e == nil {
		e = w.coveringEntity(fs, fe)
	}
	if e == nil {
		e = w.ruleEntity(full, typeByHead(full), rule)
		if e.Gaz == nil {
			e.Name = full
		}
	}
	w.replaceWithin(fs, fe, e, rule)
	w.replaceWithin(as, ae, e, rule)
	if fe < as && ae < len(w.text) && w.text[ae] == ')' && strings.TrimSpace(w.text[fe:as]) == "(" {
		e.Forms = append(e.Forms, w.text[fs:ae+1])
	}
}

// mentionEntity returns the entity of the mention exactly at [s, e).
func (w *work) mentionEntity(s, e int) *entity {
	for _, m := range w.live(s, e) {
		if m.Start == s && m.End == e && m.Ent != nil {
			return m.Ent
		}
	}
	return nil
}

// coveringEntity returns the entity of a group or organisation mention
// that covers most of [s, e), if any.
func (w *work) coveringEntity(s, e int) *entity {
	for _, m := range w.live(s, e) {
		if m.Ent != nil && m.End == e && w.wordIndex(m.Start) <= w.wordIndex(s)+1 && !w.leadWordNamed(s, m.Start) &&
			(m.Ent.Type == "armed_group" || m.Ent.Type == "organization") {
			return m.Ent
		}
	}
	return nil
}

// replaceWithin drops mentions inside [s, e) and records [s, e) as one
// mention of ent.
func (w *work) replaceWithin(s, e int, ent *entity, rule string) {
	w.removeMentions(s, e)
	if m := w.addMention(s, e, ent); m != nil {
		m.Rule = rule
	}
}

// removeMentions drops every mention overlapping [s, e).
func (w *work) removeMentions(s, e int) {
	for _, m := range w.live(s, e) {
		m.dead = true
		w.take(m.Start, m.End, 0)
		if m.Ent != nil {
			m.Ent.Mentions = dropMention(m.Ent.Mentions, m)
		}
	}
}

func dropMention(ms []*mention, x *mention) []*mention {
	out := ms[:0]
	for _, m := range ms {
		if m != x {
			out = append(out, m)
		}
	}
	return out
}

// before reports whether the text just before off (spaces skipped) ends
// with s.
func (w *work) before(off int, s string) bool {
	return strings.HasSuffix(strings.TrimRight(w.text[:off], " \u00a0"), s)
}

// after reports whether the text just after off (spaces skipped) starts
// with s.
func (w *work) after(off int, s string) bool {
	return strings.HasPrefix(strings.TrimLeft(w.text[off:], " \u00a0"), s)
}

// openBefore returns the offset of the "(" before off.
func (w *work) openBefore(off int) int { return strings.LastIndexByte(w.text[:off], '(') }

// gapAfter returns the punctuation between off and the next word.
func (w *work) gapAfter(off int) string {
	i := w.wordIndex(off)
	end := len(w.text)
	if i < len(w.words) {
		end = w.words[i].Start
	}
	return gapText(w.text, off, end)
}

// dashAfter reports whether a dash or comma follows off.
func (w *work) dashAfter(off int) bool {
	g := w.gapAfter(off)
	return strings.HasPrefix(g, "-") || strings.HasPrefix(g, "–") || strings.HasPrefix(g, "—") || g == ","
}

// nameChainBefore returns the proper-name chain ending at off whose
// initials best fit acronym acr.
func (w *work) nameChainBefore(off int, acr string) (int, int, bool) {
	j := w.wordIndex(off) - 1
	var chain []word
	for ; j >= 0 && len(chain) < 10; j-- {
		wd := w.words[j]
		end := off
		if len(chain) > 0 {
			end = chain[0].Start
		}
		if g := gapText(w.text, wd.End, end); g != "" && g != "-" && g != "–" && g != "—" && g != "'" && g != "’" && g != "&" {
			break
		}
		if !capitalised(wd.Text) && !(connectors[w.lowerWord(j)] && len(chain) > 0) {
			break
		}
		chain = append([]word{wd}, chain...)
	}
	for len(chain) > 0 && !capitalised(chain[0].Text) {
		chain = chain[1:]
	}
	if len(chain) == 0 {
		return 0, 0, false
	}
	best, bestScore := -1, 0
	for k := range chain {
		if !capitalised(chain[k].Text) || funcWords[chain[k].Text] {
			continue
		}
		sc := 2 * initialsOverlap(acr, chain[k:])
		if firstLetter(chain[k].Text) == firstLetter(acr) {
			sc++ // "Fighters of the Mountain Lions Brigade (MLB)" starts at Mountain
		}
		if sc > bestScore {
			best, bestScore = k, sc
		}
	}
	if best < 0 || bestScore < 4 && len([]rune(acr)) > 1 && firstLetter(chain[best].Text) != firstLetter(acr) {
		return 0, 0, false
	}
	return chain[best].Start, chain[len(chain)-1].End, true
}

// nameChainAfter returns the proper-name chain starting at word i.
func (w *work) nameChainAfter(i int) (int, int, bool) {
	if i >= len(w.words) || !capitalised(w.words[i].Text) {
		return 0, 0, false
	}
	end := i
	for j := i + 1; j < len(w.words) && j < i+10; j++ {
		if gapText(w.text, w.words[j-1].End, w.words[j].Start) != "" {
			break
		}
		if !capitalised(w.words[j].Text) && !connectors[w.lowerWord(j)] {
			break
		}
		if capitalised(w.words[j].Text) {
			end = j
		}
	}
	if end == i {
		return 0, 0, false
	}
	return w.words[i].Start, w.words[end].End, true
}

func firstLetter(s string) rune {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return unicode.ToUpper(r)
		}
	}
	return 0
}

// addKnownAs reads "known as A, B and C" / "also called A or B": the
// listed names are one entity.
func (w *work) addKnownAs() {
	for _, cue := range []string{"known as ", "also called ", "referred to as "} {
		for off := 0; ; {
			k := strings.Index(w.text[off:], cue)
			if k < 0 {
				break
			}
			off += k + len(cue)
			w.clusterList(off)
		}
	}
}

// clusterList joins the names listed from off ("A, B, and C").
func (w *work) clusterList(off int) {
	var spans [][2]int
	i := w.wordIndex(off)
	for len(spans) < 6 && i < len(w.words) {
		s, e, ok := w.nameChainAfter(i)
		if !ok {
			if i < len(w.words) && (capitalised(w.words[i].Text) || acronymLike(w.words[i].Text)) {
				s, e, ok = w.words[i].Start, w.words[i].End, true
			}
		}
		if !ok {
			break
		}
		spans = append(spans, [2]int{s, e})
		i = w.wordIndex(e)
		g := gapText(w.text, e, w.wordStart(i))
		if g != "," && g != "" {
			break
		}
		if i < len(w.words) && (w.words[i].Text == "and" || w.words[i].Text == "or") {
			i++
		} else if g == "" {
			break
		}
	}
	if len(spans) < 2 {
		return
	}
	var ent *entity
	for _, sp := range spans {
		if e := w.mentionEntity(sp[0], sp[1]); e != nil && ent == nil {
			ent = e
		}
	}
	if ent == nil {
		for _, sp := range spans {
			if name := cleanForm(w.text[sp[0]:sp[1]]); hasHead(name) {
				ent = w.ruleEntity(name, typeByHead(name), "known_as")
				ent.Name = name
				break
			}
		}
	}
	if ent == nil {
		return // "also known as Abu X": not enough to type a new entity
	}
	for _, sp := range spans {
		w.replaceWithin(sp[0], sp[1], ent, "known_as")
	}
}

func (w *work) wordStart(i int) int {
	if i < len(w.words) {
		return w.words[i].Start
	}
	return len(w.text)
}

// isUpperRune reports whether the first rune of s is upper case.
func isUpperRune(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// leadWordNamed reports whether a capitalised word other than an article
// lies in [s, ms): "Zagros" before a matched "Resistance Front".
func (w *work) leadWordNamed(s, ms int) bool {
	for i := w.wordIndex(s); i < len(w.words) && w.words[i].Start < ms; i++ {
		if !funcWords[w.words[i].Text] {
			return true
		}
	}
	return false
}

// initialsOverlap counts the acronym's letters found among the initials of
// the capitalised words (and of their hyphenated parts): "FARC" against
// "Revolutionary Armed Forces of Colombia" is 4, against "Forces of
// Colombia" 2.
func initialsOverlap(acr string, ws []word) int {
	have := map[rune]int{}
	for _, wd := range ws {
		for _, part := range strings.FieldsFunc(wd.Text, func(r rune) bool { return r == '-' }) {
			if capitalised(part) {
				have[firstLetter(part)]++
			}
		}
	}
	n := 0
	for _, r := range acr {
		if unicode.IsLetter(r) && have[unicode.ToUpper(r)] > 0 {
			have[unicode.ToUpper(r)]--
			n++
		}
	}
	return n
}

// hasHead reports whether name ends in an organisation or group head word.
func hasHead(name string) bool {
	for _, f := range strings.Fields(strings.ToLower(name)) {
		if groupHeads[f] || orgHeads[f] {
			return true
		}
	}
	return false
}
