package extract

import (
	"sort"
	"strings"

	"dossier/internal/gazetteer"
	"dossier/internal/model"
)

// recognize fills w.ents and w.mentions and w.out.Entities: gazetteer
// matches, acronym definitions, people, organisations by their heads, then
// within-document clustering and generic references.
func (w *work) recognize() {
	w.words = scanWords(w.text, w.scratch.words[:0])
	w.scratch.words = w.words
	w.byKey = map[string]*entity{}
	w.byForm = map[string]*entity{}
	w.addGazetteerMatches()
	w.addSiteCities()
	w.addAcronymDefinitions()
	w.addOrganisations()
	w.addPeople()
	w.addRepeatedForms()
	w.clusterShortForms()
	w.addGenerics()
	w.finishMentions()
	w.buildEntities()
}

// entityFor returns the entity registered under key, creating it.
func (w *work) entityFor(key, name, typ, rule string, gaz *gazetteer.Entry) *entity {
	if e := w.byKey[key]; e != nil {
		return e
	}
	e := &entity{Name: name, Type: typ, Gaz: gaz, Rule: rule}
	w.byKey[key] = e
	w.ents = append(w.ents, e)
	return e
}

// gazEntity is entityFor("gaz:"+x.ID, …), building the key only for a new
// entity.
func (w *work) gazEntity(x *gazetteer.Entry, rule string) *entity {
	var buf [64]byte
	k := append(append(buf[:0], "gaz:"...), x.ID...)
	if e := w.byKey[string(k)]; e != nil {
		return e
	}
	return w.entityFor("gaz:"+x.ID, x.Name, x.Type, rule, x)
}

// ruleEntity returns the entity a rule found under surface form name,
// reusing whatever entity the form already denotes.
func (w *work) ruleEntity(name, typ, rule string) *entity {
	k := normForm(name)
	if e := w.byForm[k]; e != nil {
		return e
	}
	if x := w.exactLookup(name); x != nil {
		return w.entityFor("gaz:"+x.ID, x.Name, x.Type, "gazetteer", x)
	}
	e := w.entityFor("rule:"+k, name, typ, rule, nil)
	w.byForm[k] = e
	return e
}

// newMention returns a copy of m allocated from the document's mention
// slab (one allocation per 64 mentions).
func (w *work) newMention(m mention) *mention {
	if len(w.slab) == 0 {
		w.slab = make([]mention, 64)
	}
	p := &w.slab[0]
	w.slab = w.slab[1:]
	*p = m
	return p
}

// addMention records that [start, end) names e, unless the span overlaps
// a mention already recorded.
func (w *work) addMention(start, end int, e *entity) *mention {
	if start < 0 || end > len(w.text) || start >= end || w.overlaps(start, end) {
		return nil
	}
	m := w.newMention(mention{Start: start, End: end, Text: w.text[start:end], Ent: e})
	w.push(m)
	if e != nil {
		e.Mentions = append(e.Mentions, m)
		var buf [64]byte
		if k := appendNormForm(buf[:0], m.Text); w.byForm[string(k)] != e {
			w.byForm[string(k)] = e // a new key is copied only here
		}
	}
	return m
}

// push appends m to w.mentions and claims its bytes.
func (w *work) push(m *mention) {
	w.mentions = append(w.mentions, m)
	w.take(m.Start, m.End, int32(len(w.mentions)))
}

// overlaps reports whether any byte of [start, end) is already claimed by
// a mention.
func (w *work) overlaps(start, end int) bool {
	if w.owner == nil {
		return false
	}
	for i := start; i < end; i++ {
		if w.owner[i] != 0 {
			return true
		}
	}
	return false
}

// take marks [start, end) as owned by mention number id (index+1; 0 frees).
func (w *work) take(start, end int, id int32) {
	if w.owner == nil {
		w.owner = w.ownerBuf()
	}
	for i := start; i < end; i++ {
		w.owner[i] = id
	}
}

// ownerBuf returns a zeroed per-byte owner buffer from the scratch space.
func (w *work) ownerBuf() []int32 {
	buf := w.scratch.owner
	if cap(buf) < len(w.text) {
		buf = make([]int32, len(w.text))
	} else {
		buf = buf[:len(w.text)]
		clear(buf)
	}
	w.scratch.owner = buf
	return buf
}

// live returns the mentions overlapping [s, e), in text order.
func (w *work) live(s, e int) []*mention {
	if w.owner == nil {
		return nil
	}
	var out []*mention
	last := int32(0)
	for i := max(s, 0); i < e && i < len(w.owner); i++ {
		if id := w.owner[i]; id != 0 && id != last {
			out = append(out, w.mentions[id-1])
			last = id
		}
	}
	return out
}

// soleLive returns the mention overlapping [s, e) when live(s, e) would
// list exactly one, else nil.
func (w *work) soleLive(s, e int) *mention {
	if w.owner == nil {
		return nil
	}
	var id int32
	for i := max(s, 0); i < e && i < len(w.owner); i++ {
		if o := w.owner[i]; o != 0 {
			if id != 0 && o != id {
				return nil
			}
			id = o
		}
	}
	if id == 0 {
		return nil
	}
	return w.mentions[id-1]
}

// finishMentions drops removed mentions and sorts the rest by offset.
func (w *work) finishMentions() {
	keep := w.mentions[:0]
	for _, m := range w.mentions {
		if !m.dead {
			keep = append(keep, m)
		}
	}
	w.mentions = keep
	sort.SliceStable(w.mentions, func(i, j int) bool { return w.mentions[i].Start < w.mentions[j].Start })
	w.owner = nil
}

// addGazetteerMatches turns gazetteer matches into mentions; demonyms
// become Demonym mentions with no entity, except "Pakistani government"
// and the like, which name the state.
func (w *work) addGazetteerMatches() {
	for _, m := range w.matches {
		if m.Entry == nil {
			continue
		}
		if m.Demonym {
			w.addDemonym(m)
			continue
		}
		x := m.Entry
		e := w.gazEntity(x, "gazetteer")
		w.addMention(m.Start, m.End, e)
	}
}

// stateNouns follow a demonym to name the state itself.
var stateNouns = map[string]bool{"government": true, "authorities": true, "state": true, "regime": true}

func (w *work) addDemonym(m gazetteer.Match) {
	next := w.wordAt(m.End)
	if next != nil && stateNouns[strings.ToLower(next.Text)] && gapText(w.text, m.End, next.Start) == "" &&
		m.Entry.Kind == gazetteer.KindCountry {
		x := m.Entry
		e := w.entityFor("gaz:"+x.ID, x.Name, x.Type, "gazetteer", x)
		mm := w.addMention(m.Start, next.End, e)
		if mm != nil {
			mm.Descriptive = true
		}
		return
	}
	if w.overlaps(m.Start, m.End) {
		return
	}
	w.push(w.newMention(mention{Start: m.Start, End: m.End, Text: m.Text, Demonym: true}))
}

// wordAt returns the first word starting at or after off.
func (w *work) wordAt(off int) *word {
	i := sort.Search(len(w.words), func(i int) bool { return w.words[i].Start >= off })
	if i < len(w.words) {
		return &w.words[i]
	}
	return nil
}

// wordIndex returns the index of the first word starting at or after off.
func (w *work) wordIndex(off int) int {
	return sort.Search(len(w.words), func(i int) bool { return w.words[i].Start >= off })
}

// buildEntities writes w.out.Entities from w.ents.
func (w *work) buildEntities() {
	var named []*mention // reused: exportEntity copies what it keeps
	for _, e := range w.ents {
		if len(e.Mentions) == 0 {
			continue
		}
		named = named[:0]
		for _, m := range e.Mentions {
			if !m.Generic {
				named = append(named, m)
			}
		}
		if len(named) == 0 {
			continue
		}
		if w.out.Entities == nil {
			w.out.Entities = make([]model.ExtractedEntity, 0, len(w.ents))
		}
		w.out.Entities = append(w.out.Entities, w.exportEntity(e, named))
	}
}

func (w *work) exportEntity(e *entity, named []*mention) model.ExtractedEntity {
	if e.Gaz == nil {
		e.Name = fullestForm(e.Name, named)
	}
	if e.Gaz != nil {
		e.Name = displayName(e.Gaz.Name)
	}
	x := model.ExtractedEntity{Name: e.Name, Type: e.Type, Aliases: []string{}, Rule: e.Rule}
	seen := map[string]bool{strings.ToLower(e.Name): true}
	x.Mentions = make([]model.Mention, 0, len(named))
	for _, m := range named {
		x.Mentions = append(x.Mentions, model.Mention{Text: m.Text, Start: m.Start, End: m.End})
		if m.Descriptive {
			continue
		}
		form := cleanForm(m.Text)
		var buf [64]byte
		if k := appendLower(buf[:0], form); form != "" && !seen[string(k)] {
			seen[string(k)] = true
			x.Aliases = append(x.Aliases, form)
		}
	}
	for _, f := range e.Forms {
		if k := strings.ToLower(cleanForm(f)); !seen[k] {
			seen[k] = true
			x.Aliases = append(x.Aliases, cleanForm(f))
		}
	}
	e.Aliases = x.Aliases
	if g := e.Gaz; g != nil {
		x.Ref, x.Country = g.ID, g.Country
		if g.HasCoord {
			lat, lon := g.Lat, g.Lon
			x.Lat, x.Lon = &lat, &lon
		}
	}
	return x
}

// fullestForm returns the longest multi-word surface form, or name.
func fullestForm(name string, ms []*mention) string {
	best := name
	for _, m := range ms {
		f := cleanForm(m.Text)
		if m.Descriptive || countFields(f) <= countFields(best) {
			continue
		}
		best = f
	}
	return best
}

// cleanForm collapses whitespace in a surface form.
func cleanForm(s string) string { return collapseSpaces(s) }

// exactLookup returns the gazetteer entry whose name or an alias is name
// (ignoring case and punctuation), or nil; fuzzy readings are refused.
func (w *work) exactLookup(name string) *gazetteer.Entry {
	k := normForm(name)
	for _, x := range w.gaz.Lookup(name) {
		if normForm(x.Name) == k {
			return x
		}
		for _, a := range x.Aliases {
			if normForm(a) == k {
				return x
			}
		}
	}
	return nil
}

// displayName drops a trailing disambiguator from a gazetteer name:
// "National Defence University (Pakistan)" is called "National Defence
// University" in the document's result (Ref keeps the identity).
func displayName(name string) string {
	if i := strings.LastIndex(name, " ("); i > 0 && strings.HasSuffix(name, ")") {
		return name[:i]
	}
	return name
}

// addSiteCities names the city a site is called after ("Kabul airport" →
// Kabul) as an entity of its own. The city's mention nests inside the
// site's, so it is kept on the entity only, not among w.mentions.
func (w *work) addSiteCities() {
	for _, m := range w.mentions {
		if m.Ent == nil || m.Ent.Gaz == nil || m.Ent.Gaz.Kind != gazetteer.KindSite {
			continue
		}
		for i := w.wordIndex(m.Start); i < len(w.words) && w.words[i].End <= m.End; i++ {
			t := trimPossessive(w.words[i].Text)
			x := w.exactLookup(t)
			if x == nil || !capitalised(t) || x.Country != m.Ent.Gaz.Country ||
				(x.Kind != gazetteer.KindPlace && x.Kind != gazetteer.KindAdmin1) {
				continue
			}
			e := w.entityFor("gaz:"+x.ID, x.Name, x.Type, "gazetteer:site", x)
			s := w.words[i].Start
			e.Mentions = append(e.Mentions, &mention{Start: s, End: s + len(t), Text: t, Ent: e, Rule: "site_city"})
			if w.byForm[normForm(t)] == nil {
				w.byForm[normForm(t)] = e
			}
			break
		}
	}
}
