package kb

import (
	"sort"
	"strings"

	"dossier/internal/model"
)

// Profile is the sourced brief on one entity: every statement carries the
// numbers of the references (Sources) it rests on. The CLI renders it as
// text, Markdown or JSON; the web UI renders the same struct.
type Profile struct {
	Entity     *Entity        `json:"entity"`
	Aliases    []AliasView    `json:"aliases"`
	Parents    []Link         `json:"parents"`    // affiliate_of / splinter_of this → them
	Affiliates []Link         `json:"affiliates"` // their affiliate_of / splinter_of → this
	Rivals     []Link         `json:"rivals"`
	Allies     []Link         `json:"allies"`
	Leaders    []Link         `json:"leaders"`
	Members    []Link         `json:"members"`
	Leads      []Link         `json:"leads"` // for persons: groups they lead or belong to
	Bases      []Link         `json:"bases"`
	Areas      []Link         `json:"areas"`
	Strength   []SeriesView   `json:"strength"`
	Events     []EventRow     `json:"events"`
	Sources    []Reference    `json:"sources"`
	Rejected   []RejectedView `json:"rejected,omitempty"`
	refs       map[string]int
	kb         *KB
}

// Reference is one numbered source of a profile: a document and its
// publisher's grade.
type Reference struct {
	N         int        `json:"n"`
	Doc       string     `json:"doc"`
	Document  string     `json:"document"`
	Title     string     `json:"title,omitempty"`
	URL       string     `json:"url,omitempty"`
	Source    string     `json:"source"`
	Grade     string     `json:"grade"`
	Published model.Date `json:"published"`
}

// AliasView is an alias with its references.
type AliasView struct {
	Text        string `json:"text"`
	Refs        []int  `json:"refs"`
	Curated     bool   `json:"curated,omitempty"`
	Removed     bool   `json:"removed,omitempty"`
	Credibility int    `json:"credibility"`
}

// Link is a related entity with the references stating the relation.
type Link struct {
	ID          string           `json:"id"`
	Name        string           `json:"name"`
	Type        string           `json:"type"`
	Predicate   string           `json:"predicate"`
	Refs        []int            `json:"refs"`
	Since       model.Date       `json:"since"` // earliest publication stating it
	Credibility int              `json:"credibility"`
	Evidence    []model.Evidence `json:"evidence"`
	// Disputed names the opposite section where other sources put the
	// same entity ("allies" for a rival also reported as an ally).
	Disputed string `json:"disputed,omitempty"`
}

// SeriesView is an estimate series with references.
type SeriesView struct {
	Property  string      `json:"property"`
	Points    []PointView `json:"points"`
	Conflicts []Conflict  `json:"conflicts"`
}

// PointView is one estimate with its reference.
type PointView struct {
	Value       string         `json:"value"`
	Range       model.Range    `json:"range"`
	AsOf        model.Date     `json:"as_of"`
	Ref         int            `json:"ref"`
	Credibility int            `json:"credibility"`
	Evidence    model.Evidence `json:"evidence"`
	Disputed    bool           `json:"disputed"`
}

// EventRow is one incident in a profile's events table.
type EventRow struct {
	ID          string         `json:"id"`
	Date        model.Date     `json:"date"`
	Place       string         `json:"place"`
	Country     string         `json:"country"`
	Kind        string         `json:"kind"`
	Perpetrator string         `json:"perpetrator"`
	Killed      *model.Range   `json:"killed"`
	Injured     *model.Range   `json:"injured"`
	Attribution string         `json:"attribution"`
	KilledText  string         `json:"killed_text"` // "190+", "68–85": the values sources give
	InjuredText string         `json:"injured_text"`
	Refs        []int          `json:"refs"`
	KilledRefs  []int          `json:"killed_refs"`
	ClaimedRefs []int          `json:"claimed_refs"` // sources saying the group claimed it
	BlamedRefs  []int          `json:"blamed_refs"`  // sources saying others blamed it
	InjuredRefs []int          `json:"injured_refs"`
	Conflicts   []ConflictView `json:"conflicts"`
	Reports     []ReportView   `json:"reports"`
}

// ConflictView is a conflict with references per value.
type ConflictView struct {
	Field  string      `json:"field"`
	Type   string      `json:"type"`
	Values []ValueView `json:"values"`
}

// ValueView is one conflicting value and its references.
type ValueView struct {
	Value string `json:"value"`
	Refs  []int  `json:"refs"`
}

// ReportView is one document's report in a profile.
type ReportView struct {
	Ref         int            `json:"ref"`
	Claim       string         `json:"claim"`
	Date        model.Date     `json:"date"`
	Kind        string         `json:"kind"`
	Killed      *model.Range   `json:"killed"`
	Injured     *model.Range   `json:"injured"`
	Attribution string         `json:"attribution"`
	Evidence    model.Evidence `json:"evidence"`
	Credibility int            `json:"credibility"`
}

// RejectedView is a rejected claim about the entity, still shown.
type RejectedView struct {
	Claim   string `json:"claim"`
	Summary string `json:"summary"`
	Ref     int    `json:"ref"`
}

// Find returns the entity a user means by s: an ID, a name or an alias.
// Exact IDs first, then the entity whose name matches, then aliases (the
// entity with most documents on ties).
func (k *KB) Find(s string) (*Entity, error) {
	if e := k.byID[s]; e != nil {
		return e, nil
	}
	key := Norm(s)
	var byName, byAlias *Entity
	for _, e := range k.Entities {
		if Norm(e.Name) == key && (byName == nil || len(e.Documents) > len(byName.Documents)) {
			byName = e
		}
		for _, a := range e.Aliases {
			if !a.Removed && Norm(a.Text) == key && (byAlias == nil || len(e.Documents) > len(byAlias.Documents)) {
				byAlias = e
			}
		}
	}
	if byName != nil {
		return byName, nil
	}
	if byAlias != nil {
		return byAlias, nil
	}
	return nil, model.Errorf(model.ENOTFOUND, "no entity named %q in the knowledge base", s)
}

// Profile builds the sourced brief on the entity with the given ID.
func (k *KB) Profile(id string) (*Profile, error) {
	e := k.byID[id]
	if e == nil {
		return nil, model.Errorf(model.ENOTFOUND, "no entity with id %q", id)
	}
	p := &Profile{Entity: e, refs: map[string]int{}, kb: k}
	for _, a := range e.Aliases {
		p.Aliases = append(p.Aliases, AliasView{Text: a.Text, Refs: p.refsOf(a.Documents), Curated: a.Curated,
			Removed: a.Removed, Credibility: a.Credibility})
	}
	p.links()
	markOpposed(p.Rivals, p.Allies, "allies", "rivals")
	for _, ls := range [][]Link{p.Parents, p.Affiliates, p.Rivals, p.Allies, p.Leaders, p.Members, p.Leads, p.Bases, p.Areas} {
		sortLinks(ls)
	}
	p.strength()
	p.events()
	p.rejected()
	p.renumber()
	return p, nil
}

// ref returns the reference number of a document, numbering on first use.
func (p *Profile) ref(doc string) int {
	if n, ok := p.refs[doc]; ok {
		return n
	}
	n := len(p.Sources) + 1
	p.refs[doc] = n
	r := Reference{N: n, Doc: doc, Document: doc}
	if d := p.kb.docs[doc]; d != nil {
		r = Reference{N: n, Doc: doc, Document: d.Name, Title: d.Title, URL: d.URL, Source: d.Source,
			Grade: p.kb.Grade(d.Source), Published: d.Published}
	}
	p.Sources = append(p.Sources, r)
	return n
}

func (p *Profile) refsOf(docs []string) []int {
	var out []int
	for _, d := range docs {
		out = appendInt(out, p.ref(d))
	}
	sort.Ints(out)
	return out
}

func appendInt(xs []int, x int) []int {
	for _, y := range xs {
		if y == x {
			return xs
		}
	}
	return append(xs, x)
}

// links sorts the entity's relations into the profile's sections.
func (p *Profile) links() {
	id := p.Entity.ID
	for _, r := range p.kb.Relations {
		var other string
		switch id {
		case r.Subject:
			other = r.Object
		case r.Object:
			other = r.Subject
		default:
			continue
		}
		l := p.link(r, other)
		out := r.Subject == id
		switch {
		case r.Predicate == model.RelRivalOf:
			p.Rivals = append(p.Rivals, l)
		case r.Predicate == model.RelAlliedWith:
			p.Allies = append(p.Allies, l)
		case (r.Predicate == model.RelAffiliateOf || r.Predicate == model.RelSplinterOf) && out:
			p.Parents = append(p.Parents, l)
		case r.Predicate == model.RelAffiliateOf || r.Predicate == model.RelSplinterOf:
			p.Affiliates = append(p.Affiliates, l)
		case r.Predicate == model.RelLeaderOf && !out:
			p.Leaders = append(p.Leaders, l)
		case r.Predicate == model.RelMemberOf && !out:
			p.Members = append(p.Members, l)
		case (r.Predicate == model.RelLeaderOf || r.Predicate == model.RelMemberOf) && out:
			p.Leads = append(p.Leads, l)
		case r.Predicate == model.RelBasedIn && out:
			p.Bases = append(p.Bases, l)
		case r.Predicate == model.RelActiveIn && out:
			p.Areas = append(p.Areas, l)
		}
	}
}

func (p *Profile) link(r *Relation, other string) Link {
	l := Link{ID: other, Name: p.kb.name(other), Predicate: r.Predicate, Since: r.FirstDate, Credibility: r.Credibility}
	if e := p.kb.byID[other]; e != nil {
		l.Type = e.Type
	}
	for _, s := range r.Support {
		l.Refs = appendInt(l.Refs, p.ref(s.Doc))
		l.Evidence = append(l.Evidence, s.Evidence)
	}
	sort.Ints(l.Refs)
	return l
}

// strength lists the entity's estimate series.
func (p *Profile) strength() {
	for _, s := range p.kb.Series {
		if s.Entity != p.Entity.ID {
			continue
		}
		v := SeriesView{Property: s.Property, Conflicts: s.Conflicts}
		for _, pt := range s.Points {
			disputed := false
			for _, c := range s.Conflicts {
				for _, val := range c.Values {
					if val.Value == formatRange(&pt.Range) && contains(val.Documents, pt.Document) {
						disputed = true
					}
				}
			}
			v.Points = append(v.Points, PointView{Value: formatRange(&pt.Range), Range: pt.Range, AsOf: pt.AsOf,
				Ref: p.ref(pt.Doc), Credibility: pt.Credibility, Evidence: pt.Evidence, Disputed: disputed})
		}
		p.Strength = append(p.Strength, v)
	}
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// events lists the incidents the entity perpetrated or that happened at it.
func (p *Profile) events() {
	id := p.Entity.ID
	for _, e := range p.kb.Events {
		if e.PerpetratorID != id && e.LocationID != id {
			continue
		}
		p.Events = append(p.Events, p.eventRow(e))
	}
}

func (p *Profile) eventRow(e *Event) EventRow {
	row := EventRow{ID: e.ID, Date: e.Date, Place: e.Location, Country: e.Country, Kind: e.Kind,
		Perpetrator: e.Perpetrator, Killed: e.Killed, Injured: e.Injured, Attribution: e.Attribution}
	byDocName := map[string]int{}
	for _, r := range e.Reports {
		n := p.ref(r.Doc)
		byDocName[r.Document] = n
		row.Refs = appendInt(row.Refs, n)
		if r.Killed != nil {
			row.KilledRefs = appendInt(row.KilledRefs, n)
		}
		if r.Injured != nil {
			row.InjuredRefs = appendInt(row.InjuredRefs, n)
		}
		switch r.Attribution {
		case model.AttrClaimed:
			row.ClaimedRefs = appendInt(row.ClaimedRefs, n)
		case model.AttrBlamed:
			row.BlamedRefs = appendInt(row.BlamedRefs, n)
		}
		row.Reports = append(row.Reports, ReportView{Ref: n, Claim: r.Claim, Date: r.Date, Kind: r.Kind,
			Killed: r.Killed, Injured: r.Injured, Attribution: r.Attribution, Evidence: r.Evidence,
			Credibility: r.Credibility})
	}
	row.KilledText = spread(e.Reports, func(r *Report) *model.Range { return r.Killed })
	row.InjuredText = spread(e.Reports, func(r *Report) *model.Range { return r.Injured })
	for _, c := range e.Conflicts {
		cv := ConflictView{Field: c.Field, Type: c.Type}
		for _, v := range c.Values {
			vv := ValueView{Value: v.Value}
			for _, d := range v.Documents {
				vv.Refs = appendInt(vv.Refs, byDocName[d])
			}
			sort.Ints(vv.Refs)
			cv.Values = append(cv.Values, vv)
		}
		row.Conflicts = append(row.Conflicts, cv)
	}
	sort.Ints(row.Refs)
	sort.Ints(row.KilledRefs)
	sort.Ints(row.InjuredRefs)
	sort.Ints(row.ClaimedRefs)
	sort.Ints(row.BlamedRefs)
	return row
}

// rejected lists rejected claims naming the entity.
func (p *Profile) rejected() {
	forms := map[string]bool{Norm(p.Entity.Name): true}
	for _, a := range p.Entity.Aliases {
		forms[Norm(a.Text)] = true
	}
	for _, c := range p.kb.Rejected {
		if mentionsAny(&c, forms) {
			p.Rejected = append(p.Rejected, RejectedView{Claim: c.ID, Summary: c.Summary(), Ref: p.ref(c.Doc)})
		}
	}
}

func mentionsAny(c *Claim, forms map[string]bool) bool {
	var ns []string
	switch {
	case c.Entity != nil:
		ns = []string{c.Entity.Name}
	case c.Alias != nil:
		ns = []string{c.Alias.Entity, c.Alias.Alias}
	case c.Event != nil:
		ns = []string{deref(c.Event.Perpetrator), deref(c.Event.Location)}
	case c.Relation != nil:
		ns = []string{c.Relation.Subject, c.Relation.Object}
	case c.Estimate != nil:
		ns = []string{c.Estimate.Subject}
	}
	for _, n := range ns {
		if n != "" && forms[Norm(n)] {
			return true
		}
	}
	return false
}

// Label returns a display form of a type: "armed group".
func Label(s string) string { return strings.ReplaceAll(s, "_", " ") }

// spread writes the figures of several reports as one span: the single
// figure when all agree, else lowest to highest ("40–203+").
func spread(rs []Report, get func(*Report) *model.Range) string {
	var lo, hi float64
	open, n, first := false, 0, ""
	same := true
	for i := range rs {
		f := get(&rs[i])
		if f == nil {
			continue
		}
		l, h := 0.0, 0.0
		if f.Min != nil {
			l = *f.Min
		}
		h, o := l, true
		if f.Max != nil {
			h, o = *f.Max, false
		}
		if n == 0 {
			lo, hi, open, first = l, h, o, formatRange(f)
		} else {
			same = same && formatRange(f) == first
			if l < lo {
				lo = l
			}
			if h > hi || h == hi && o {
				hi, open = h, o
			}
		}
		n++
	}
	switch {
	case n == 0:
		return ""
	case same:
		return first
	}
	s := formatNum(lo) + "–" + formatNum(hi)
	if open {
		s += "+"
	}
	return s
}

// sortLinks puts the best-sourced statements first.
func sortLinks(ls []Link) {
	sort.SliceStable(ls, func(i, j int) bool {
		if len(ls[i].Refs) != len(ls[j].Refs) {
			return len(ls[i].Refs) > len(ls[j].Refs)
		}
		return ls[i].Name < ls[j].Name
	})
}

// markOpposed flags entities that some sources call rivals and others
// allies: a disagreement shown, not resolved.
func markOpposed(rivals, allies []Link, alliesName, rivalsName string) {
	for i := range rivals {
		for j := range allies {
			if rivals[i].ID == allies[j].ID {
				rivals[i].Disputed, allies[j].Disputed = alliesName, rivalsName
			}
		}
	}
}
