package kb

import (
	"sort"
	"strings"
	"sync"

	"dossier/internal/model"
)

// incident is an event under construction.
type incident struct {
	reports []*Report
	words   map[string]float64 // target words of its reports
	docs    map[string]bool
	// sigs are its reports with distinct (date, place, perpetrator, kind):
	// compatibility with one report implies it with all of the same sig.
	sigs  []*Report
	seen  map[string]bool
	year  int        // year of its dates (0 when undated)
	date  model.Date // its most precise date
	perps []*Report  // a report per distinct perpetrator stated
	order int
}

// pending is a report with what matching needs.
type pending struct {
	r     *Report
	loc   *Entity
	perp  *Entity
	words map[string]float64
	key   string
}

// events turns event claims into reports and clusters them into incidents.
func (b *builder) events() {
	ps := b.pendingReports()
	sort.SliceStable(ps, func(i, j int) bool {
		if ps[i].r.Date.Prec != ps[j].r.Date.Prec {
			return ps[i].r.Date.Prec > ps[j].r.Date.Prec
		}
		return ps[i].key < ps[j].key
	})
	var incs []*incident
	var undated []*pending
	byYear := map[int][]*incident{}
	var guessed []*incident // opened by a report whose year was guessed
	for _, p := range ps {
		if p.r.Date.IsZero() {
			undated = append(undated, p)
			continue
		}
		// a guessed year is only a lower bound: such reports try every
		// incident, and incidents opened by one stay open to every year
		cands := byYear[p.r.Date.Year]
		if len(guessed) > 0 {
			cands = append(cands[:len(cands):len(cands)], guessed...)
		}
		if p.r.YearGuessed {
			cands = incs
		}
		if inc := b.bestIncident(cands, p); inc != nil {
			inc.add(p)
			continue
		}
		inc := newIncident(p, len(incs))
		incs = append(incs, inc)
		if p.r.YearGuessed {
			guessed = append(guessed, inc)
		} else {
			byYear[p.r.Date.Year] = append(byYear[p.r.Date.Year], inc)
		}
	}
	incs = b.joinUndated(incs, undated)
	for _, inc := range incs {
		b.kb.Events = append(b.kb.Events, b.eventOf(inc))
	}
	sort.Slice(b.kb.Events, func(i, j int) bool { return eventLess(b.kb.Events[i], b.kb.Events[j]) })
	for i, e := range b.kb.Events {
		e.ID = eventID(e, i)
	}
}

// pendingReports builds one report per accepted event claim, those of the
// second half of the documents on another goroutine (a report reads the
// entities and its own document's claims).
func (b *builder) pendingReports() []*pending {
	claims := b.in.Claims
	mid := docBoundary(claims, len(claims)/2)
	if mid < 4096 {
		return b.pendingOfClaims(claims)
	}
	var rest []*pending
	var wg sync.WaitGroup
	wg.Go(func() { rest = b.pendingOfClaims(claims[mid:]) })
	out := b.pendingOfClaims(claims[:mid])
	wg.Wait()
	return append(out, rest...)
}

// docBoundary returns the first index at or after i where a document
// starts (len(claims) when none does).
func docBoundary(claims []Claim, i int) int {
	for i > 0 && i < len(claims) && claims[i].Doc == claims[i-1].Doc {
		i++
	}
	return i
}

// pendingOfClaims builds the reports of the event claims of whole
// documents.
func (b *builder) pendingOfClaims(claims []Claim) []*pending {
	var out []*pending
	shared := map[string]*sentence{} // the document's event claims by evidence text
	for start := 0; start < len(claims); {
		end := start + 1 // claims come by document
		for end < len(claims) && claims[end].Doc == claims[start].Doc {
			end++
		}
		clear(shared)
		for i := start; i < end; i++ {
			if c := &claims[i]; c.Event != nil {
				g := shared[c.Event.Evidence.Text]
				if g == nil {
					g = &sentence{}
					shared[c.Event.Evidence.Text] = g
				}
				g.siblings = append(g.siblings, c)
			}
		}
		for i := start; i < end; i++ {
			if c := &claims[i]; c.Event != nil {
				out = append(out, b.pendingOf(c, shared[c.Event.Evidence.Text]))
			}
		}
		start = end
	}
	return out
}

// pendingOf builds the report of claim c; g holds the claims of the same
// document sharing its evidence.
func (b *builder) pendingOf(c *Claim, g *sentence) *pending {
	ev := c.Event
	r := &Report{Claim: c.ID, Doc: c.Doc, Document: b.docName(c.Doc), Source: b.source(c.Doc),
		Date: ev.Date, DateText: ev.DateText, Location: deref(ev.Location), Country: deref(ev.Country),
		Perpetrator: deref(ev.Perpetrator), Attribution: deref(ev.Attribution), Kind: ev.Kind,
		Killed: ev.Killed, Injured: ev.Injured, Target: ev.Target, Evidence: ev.Evidence,
		Status: b.claimStatus(c.ID)}
	r.YearGuessed = !r.Date.IsZero() && b.docs[c.Doc].Published.IsZero() && !hasYear(r.DateText)
	p := &pending{r: r, key: c.Doc + "|" + c.ID}
	if p.loc = b.lookup(c.Doc, r.Location); p.loc != nil && p.loc.Type != model.TypeLocation {
		p.loc, r.Location = nil, "" // a group or person named as the place: not a place
	}
	if p.loc != nil {
		r.LocationID, r.Location = p.loc.ID, p.loc.Name
		if r.Country == "" {
			r.Country = p.loc.Country
		}
	}
	if p.perp = b.lookup(c.Doc, r.Perpetrator); p.perp != nil {
		r.PerpetratorID, r.Perpetrator = p.perp.ID, p.perp.Name
	}
	p.words = g.targetWords(ev, c)
	return p
}

func newIncident(p *pending, order int) *incident {
	inc := &incident{words: map[string]float64{}, docs: map[string]bool{}, seen: map[string]bool{}, order: order}
	inc.add(p)
	return inc
}

func (inc *incident) add(p *pending) {
	r := p.r
	inc.reports = append(inc.reports, r)
	inc.docs[r.Doc] = true
	for w, v := range p.words {
		inc.words[w] = v
	}
	sig := r.Date.String() + "|" + r.LocationID + "|" + r.Location + "|" + r.Country + "|" + perpKey(r) + "|" + r.Kind
	if !inc.seen[sig] {
		inc.seen[sig] = true
		inc.sigs = append(inc.sigs, r)
	}
	if inc.year == 0 && !r.Date.IsZero() && !r.YearGuessed {
		inc.year = r.Date.Year
	}
	if r.Date.Prec > inc.date.Prec && !r.YearGuessed {
		inc.date = r.Date
	}
	if k := perpKey(r); k != "" && !inc.seen["perp|"+k] {
		inc.seen["perp|"+k] = true
		inc.perps = append(inc.perps, r)
	}
}

// perpKey identifies a report's perpetrator ("" when not stated).
func perpKey(r *Report) string {
	switch {
	case r.PerpetratorID != "":
		return r.PerpetratorID
	case r.Perpetrator != "":
		return "n:" + Norm(r.Perpetrator)
	}
	return ""
}

// bestIncident returns the best incident a dated report may join, or nil.
func (b *builder) bestIncident(incs []*incident, p *pending) *incident {
	var best *incident
	bestScore := -1.0
	for _, inc := range incs {
		s, ok := b.fit(inc, p)
		if ok && s > bestScore {
			best, bestScore = inc, s
		}
	}
	return best
}

// fit reports whether p may join inc and how well it fits.
func (b *builder) fit(inc *incident, p *pending) (float64, bool) {
	if p.r.Date.IsZero() && !b.perpFits(inc, p.r, true) {
		return 0, false // an undated report needs the incident's perpetrator
	}
	if inc.docs[p.r.Doc] && (!sameStory(inc.words, p.words) || !b.perpFits(inc, p.r, true)) {
		return 0, false // one document reports one incident once, unless it retells it
	}
	score := 0.0
	for _, q := range inc.sigs {
		s, ok := b.compatible(q, p.r)
		if !ok {
			return 0, false
		}
		score += s
	}
	score /= float64(len(inc.sigs))
	sim := similarity(inc.words, p.words)
	sameDay := p.r.Date.Prec == model.PrecDay && p.r.Date == inc.date
	if p.r.Date.IsZero() && sim == 0 || !sameDay && distinctTargets(inc.words, p.words) {
		return 0, false
	}
	return score + 2*sim, true
}

// compatible reports whether two reports can describe one incident.
func (b *builder) compatible(a, c *Report) (float64, bool) {
	score := 0.0
	if !a.Date.IsZero() && !c.Date.IsZero() {
		if !datesCompatible(a, c) {
			return 0, false
		}
		if a.Date == c.Date {
			score++
		}
	}
	ps, ok := b.samePlace(a, c)
	if !ok {
		return 0, false
	}
	score += ps
	if a.Perpetrator != "" && c.Perpetrator != "" {
		if !b.perpsCompatible(a, c) {
			return 0, false
		}
		score++
	}
	if !kindsCompatible(a.Kind, c.Kind) {
		return 0, false
	}
	return score, true
}

func samePerp(a, c *Report) bool {
	if a.PerpetratorID != "" && c.PerpetratorID != "" {
		return a.PerpetratorID == c.PerpetratorID
	}
	return Norm(a.Perpetrator) == Norm(c.Perpetrator)
}

// kindFamily groups kinds that can describe one incident.
var kindFamily = map[string]string{
	model.KindBombing: "blast", model.KindSuicideBombing: "blast",
	model.KindShooting: "assault", model.KindArmedAssault: "assault", model.KindAssassination: "assault",
	model.KindAmbush: "assault", model.KindClash: "assault",
	model.KindRocketAttack: "rocket", model.KindKidnapping: "kidnap",
}

func kindsCompatible(a, c string) bool {
	if a == c || a == "" || c == "" || a == model.KindOther || c == model.KindOther {
		return true
	}
	return kindFamily[a] != "" && kindFamily[a] == kindFamily[c]
}

// joinUndated attaches undated reports to incidents of the same
// perpetrator, best-scoring pair first; the rest open incidents of their
// own, which later undated reports may join.
func (b *builder) joinUndated(incs []*incident, undated []*pending) []*incident {
	type pair struct {
		p     *pending
		inc   *incident
		score float64
		i     int
	}
	var pairs []pair
	for i, p := range undated {
		for _, inc := range incs {
			if s, ok := b.fit(inc, p); ok { // fit requires a compatible perpetrator
				pairs = append(pairs, pair{p, inc, s, i})
			}
		}
	}
	sort.SliceStable(pairs, func(i, j int) bool {
		if pairs[i].score != pairs[j].score {
			return pairs[i].score > pairs[j].score
		}
		if pairs[i].i != pairs[j].i {
			return pairs[i].i < pairs[j].i
		}
		return pairs[i].inc.order < pairs[j].inc.order
	})
	done := map[*pending]bool{}
	for _, x := range pairs {
		if done[x.p] {
			continue
		}
		if _, ok := b.fit(x.inc, x.p); ok {
			x.inc.add(x.p)
			done[x.p] = true
		}
	}
	var fresh []*incident
	for _, p := range undated {
		if done[p] {
			continue
		}
		if inc := b.bestIncident(fresh, p); inc != nil && b.perpFits(inc, p.r, true) {
			inc.add(p)
			continue
		}
		inc := newIncident(p, len(incs)+len(fresh))
		fresh = append(fresh, inc)
	}
	return append(incs, fresh...)
}

// eventLess orders events by date, place and first report.
func eventLess(a, c *Event) bool {
	if a.Date.String() != c.Date.String() {
		return a.Date.String() < c.Date.String()
	}
	if a.Location != c.Location {
		return a.Location < c.Location
	}
	return a.Reports[0].Claim < c.Reports[0].Claim
}

// eventID derives a readable, stable ID from the event's first report.
func eventID(e *Event, _ int) string {
	return "ev:" + strings.TrimPrefix(e.Reports[0].Claim, "c")
}

// datesCompatible compares two dated reports at the coarser precision; a
// guessed year is a lower bound, so only the month and day must agree and
// the other year must not be earlier.
func datesCompatible(a, c *Report) bool {
	if !a.YearGuessed && !c.YearGuessed {
		return a.Date.Compatible(c.Date)
	}
	if c.YearGuessed && !a.YearGuessed {
		a, c = c, a
	}
	// a has a guessed year
	if !c.YearGuessed && c.Date.Year < a.Date.Year {
		return false
	}
	p := minPrec(a.Date, c.Date)
	if p >= model.PrecMonth && a.Date.Month != c.Date.Month {
		return false
	}
	return p < model.PrecDay || a.Date.Day == c.Date.Day
}

// hasYear reports whether a date expression names a year ("August 2021",
// "2017", "'19").
func hasYear(s string) bool {
	digits := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			digits++
			if digits == 4 {
				return true
			}
			continue
		}
		digits = 0
	}
	return false
}
