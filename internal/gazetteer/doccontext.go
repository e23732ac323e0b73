package gazetteer

import "strings"

// docCtx is what the whole document says about where it is.
type docCtx struct {
	countries map[string]int // ISO code → mentions
	admin1    map[string]int // admin-1 ID → mentions
	admin2    map[string]int // admin-2 ID → mentions
	// provinces counts, per country, the admin-1 divisions named.
	provinces map[string]int
	// named counts the entries named by a form that is not a short
	// acronym ("Islamic State", "ISIS"), which vouches for "IS".
	named map[int32]int
}

// docContext collects the countries and provinces a document names: every
// country reading, demonym, and the top reading of unambiguous divisions and
// large places.
func (g *Gazetteer) docContext(ts *tokens, spans []span) docCtx {
	ctx := ts.ctx
	if ctx.countries == nil {
		ctx = docCtx{countries: map[string]int{}, admin1: map[string]int{}, admin2: map[string]int{},
			provinces: map[string]int{}, named: map[int32]int{}}
		ts.ctx = ctx
	}
	clear(ctx.named)
	clear(ctx.countries)
	clear(ctx.admin1)
	clear(ctx.admin2)
	clear(ctx.provinces)
	for k := range spans {
		s := &spans[k]
		top := s.readings[0].entry
		switch kind := g.eKind(top); {
		case kind == kCountry:
			ctx.countries[g.eID(top)]++
			s.supports = g.eID(top)
		case kind == kAdmin1 && len(s.readings) == 1,
			kind == kPlace && g.ePop(top) >= 100000 && len(s.readings) == 1,
			kind == kSite:
			country := g.eCountry(top)
			ctx.countries[country]++
			s.supports = country
			if admin1 := g.eAdmin1(top); admin1 != "" {
				ctx.admin1[admin1]++
			}
			if kind == kAdmin1 {
				if ctx.admin1[g.eID(top)] == 0 {
					ctx.provinces[country]++
				}
				ctx.admin1[g.eID(top)]++
			}
		case kind == kAdmin2 && len(s.readings) == 1 && hasPlaceCue(ts, s.i, s.n):
			ctx.admin2[g.eID(top)]++
		}
		for _, p := range s.readings {
			if g.eKind(p.entry) == kAdmin2 && hasPlaceCue(ts, s.i, s.n) {
				ctx.admin2[g.eID(p.entry)]++
			}
			if p.flag&flagAcronym == 0 || s.n > 1 || len(ts.key(s.i)) > 2 {
				ctx.named[p.entry]++
			}
		}
	}
	return ctx
}

// reason records why a reading won, as flags; explain spells it out for
// the winning reading only.
type reason uint8

const (
	whyCountry reason = 1 << iota
	whyProvince
	whyDistrict
	whyCue
	whyProminent
)

func (g *Gazetteer) explain(r reason, ts *tokens, s span, e *Entry) string {
	if r == whyCountry {
		if w, ok := g.countryWhy[e.Country]; ok {
			return w
		}
	}
	if r == whyProminent {
		if w, ok := prominentWhy[e.Kind]; ok {
			return w
		}
	}
	var parts []string
	if r&whyCountry != 0 {
		parts = append(parts, "country "+e.Country+" named in document")
	}
	if r&whyProvince != 0 {
		parts = append(parts, "its province named in document")
	}
	if r&whyDistrict != 0 {
		parts = append(parts, "its district named in document")
	}
	if r&whyCue != 0 {
		parts = append(parts, "cue word \""+string(ts.keyAt(s.i+s.n))+"\"")
	}
	if r&whyProminent != 0 {
		parts = append(parts, "most prominent reading ("+e.Kind+")")
	}
	return strings.Join(parts, "; ")
}

// otherProvince reports a small place in a province the document does not
// name while it names provinces of that country: "Garra village, West
// Bengal" is not the Garra of another state.
func (g *Gazetteer) otherProvince(e int32, ctx docCtx) bool {
	kind, admin1 := g.eKind(e), g.eAdmin1(e)
	if kind != kPlace && kind != kAdmin2 || g.ePop(e) >= 50000 || admin1 == "" {
		return false
	}
	return ctx.provinces[g.eCountry(e)] > 0 && ctx.admin1[admin1] == 0
}

// genericSpan reports a name made only of direction and place words:
// "Central region", "North", "South East".
func genericSpan(ts *tokens, s span) bool {
	for j := s.i; j < s.i+s.n; j++ {
		if !ts.in(direction, j) && !ts.in(placeCue, j) {
			return false
		}
	}
	return true
}

// prominentWhy holds a common explanation, built once.
var prominentWhy = map[string]string{}

func init() {
	for _, k := range []string{KindCountry, KindAdmin1, KindAdmin2, KindPlace, KindSite, KindRegion, KindGroup, KindOrg, KindPerson} {
		prominentWhy[k] = "most prominent reading (" + k + ")"
	}
}

// vouched reports whether the document supports reading a short acronym
// that is also an English word ("IS") as its group or organisation: a cue
// word next to it ("IS fighters", "claimed by IS"), another name of the
// same entry in the document ("Islamic State", "ISIS"), or a definition
// "(IS)".
func vouched(ts *tokens, s span, p posting, ctx docCtx) bool {
	if cueKinds[string(ts.keyAt(s.i+1))] == KindGroup || cueKinds[string(ts.keyAt(s.i-1))] == KindGroup {
		return true
	}
	switch string(ts.keyAt(s.i - 1)) {
	case "by", "against", "of", "from", "with", "the", "and", "to", "for", "versus":
		return true
	}
	if ctx.named[p.entry] > 0 {
		return true
	}
	t := ts.t[s.i]
	return t.start > 0 && t.end < len(ts.text) && ts.text[t.start-1] == '(' && ts.text[t.end] == ')'
}
