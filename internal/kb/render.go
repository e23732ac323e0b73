package kb

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// WriteProfile renders a profile as "text" or "markdown".
func WriteProfile(w io.Writer, p *Profile, format string) error {
	bw := bufio.NewWriter(w)
	r := &renderer{w: bw, md: format == "markdown"}
	r.profile(p)
	return bw.Flush()
}

type renderer struct {
	w  *bufio.Writer
	md bool
}

func (r *renderer) printf(format string, args ...any) { fmt.Fprintf(r.w, format, args...) }

func (r *renderer) heading(s string) {
	if r.md {
		r.printf("\n## %s\n\n", s)
		return
	}
	r.printf("\n%s\n%s\n", strings.ToUpper(s), strings.Repeat("-", len(s)))
}

// refs writes "[1][3]".
func refs(ns []int) string {
	var b strings.Builder
	for _, n := range ns {
		b.WriteString("[" + strconv.Itoa(n) + "]")
	}
	return b.String()
}

func (r *renderer) profile(p *Profile) {
	e := p.Entity
	if r.md {
		r.printf("# %s\n\n*%s* · id `%s`", e.Name, Label(e.Type), e.ID)
	} else {
		r.printf("%s (%s) id %s", strings.ToUpper(e.Name), Label(e.Type), e.ID)
	}
	if e.Country != "" {
		r.printf(" · country %s", e.Country)
	}
	if r.md {
		r.printf("  ")
	}
	r.printf("\nReported in %d document(s); %d source(s) cited below.\n", len(e.Documents), len(p.Sources))
	r.aliases(p)
	r.links("Parent organisation", p.Parents)
	r.links("Affiliates and splinters", p.Affiliates)
	r.links("Leaders", p.Leaders)
	r.links("Members", p.Members)
	r.links("Leads or belongs to", p.Leads)
	r.links("Rivals and enemies", p.Rivals)
	r.links("Allies and links", p.Allies)
	r.links("Base", p.Bases)
	r.links("Areas of operation", p.Areas)
	r.strength(p)
	r.events(p)
	r.rejected(p)
	r.sources(p)
}

func (r *renderer) aliases(p *Profile) {
	var xs []string
	for _, a := range p.Aliases {
		s := a.Text + " " + refs(a.Refs)
		if a.Curated {
			s += " (added by analyst)"
		}
		if a.Removed {
			s = "~~" + s + "~~ (removed by analyst)"
		}
		xs = append(xs, s)
	}
	if len(xs) == 0 {
		return
	}
	r.heading("Also known as")
	r.printf("%s\n", strings.Join(xs, "; "))
}

func (r *renderer) links(title string, ls []Link) {
	if len(ls) == 0 {
		return
	}
	r.heading(title)
	for _, l := range ls {
		r.printf("- %s", l.Name)
		if l.Predicate == "splinter_of" {
			r.printf(" (splinter)")
		}
		if !l.Since.IsZero() {
			r.printf(" (reported %s)", l.Since)
		}
		r.printf(" %s credibility %d", refs(l.Refs), l.Credibility)
		if l.Disputed != "" {
			r.printf(" [CONFLICT: other sources list it under %s]", l.Disputed)
		}
		r.printf("\n")
	}
}

func (r *renderer) strength(p *Profile) {
	if len(p.Strength) == 0 {
		return
	}
	r.heading("Strength and other estimates")
	for _, s := range p.Strength {
		r.printf("%s:\n", Label(s.Property))
		for _, pt := range s.Points {
			asOf := "as of " + pt.AsOf.String()
			if pt.AsOf.IsZero() {
				asOf = "undated"
			}
			mark := ""
			if pt.Disputed {
				mark = " [CONFLICT]"
			}
			r.printf("  - %s %s %s credibility %d%s — %q\n", pt.Value, asOf, refs([]int{pt.Ref}),
				pt.Credibility, mark, clip(pt.Evidence.Text, 160))
		}
		for _, c := range s.Conflicts {
			r.printf("  ! %s %s: %s\n", c.Type, c.Field, valuesOf(c, p))
		}
	}
}

// valuesOf lists a conflict's values with references.
func valuesOf(c Conflict, p *Profile) string {
	var xs []string
	for _, v := range c.Values {
		var ns []int
		for _, d := range v.Documents {
			for _, s := range p.Sources {
				if s.Document == d {
					ns = appendInt(ns, s.N)
				}
			}
		}
		xs = append(xs, v.Value+" "+refs(ns))
	}
	return strings.Join(xs, " vs ")
}

func (r *renderer) events(p *Profile) {
	if len(p.Events) == 0 {
		return
	}
	r.heading("Events")
	if r.md {
		r.printf("| Date | Place | Kind | Killed | Injured | Responsibility | Sources |\n|---|---|---|---|---|---|---|\n")
	}
	for _, e := range p.Events {
		cells := []string{dateOr(e.Date.String()), place(e), Label(e.Kind), figure(e.KilledText, e.KilledRefs),
			figure(e.InjuredText, e.InjuredRefs), responsibility(e), refs(e.Refs)}
		if r.md {
			r.printf("| %s |\n", strings.Join(cells, " | "))
		} else {
			r.printf("- %s\n", strings.Join(cells, " · "))
		}
		for _, c := range e.Conflicts {
			var vs []string
			for _, v := range c.Values {
				vs = append(vs, v.Value+" "+refs(v.Refs))
			}
			line := fmt.Sprintf("%s on %s: %s", strings.ReplaceAll(c.Type, "_", " "), c.Field, strings.Join(vs, " vs "))
			if r.md {
				r.printf("|  | ⚠ %s |  |  |  |  |  |\n", line)
			} else {
				r.printf("    ! %s\n", line)
			}
		}
	}
}

func dateOr(s string) string {
	if s == "" {
		return "undated"
	}
	return s
}

func place(e EventRow) string {
	s := e.Place
	if s == "" {
		s = "unknown place"
	}
	if e.Country != "" {
		s += " (" + e.Country + ")"
	}
	return s
}

// figure writes a figure across sources with its references, "—" when no
// source gives one.
func figure(text string, ns []int) string {
	if text == "" {
		return "—"
	}
	return text + " " + refs(ns)
}

func responsibility(e EventRow) string {
	if e.Perpetrator == "" {
		return "unknown"
	}
	var how []string
	if len(e.ClaimedRefs) > 0 {
		how = append(how, "claimed "+refs(e.ClaimedRefs))
	}
	if len(e.BlamedRefs) > 0 {
		how = append(how, "blamed "+refs(e.BlamedRefs))
	}
	if len(how) == 0 {
		return e.Perpetrator
	}
	return e.Perpetrator + " (" + strings.Join(how, "; ") + ")"
}

func (r *renderer) rejected(p *Profile) {
	if len(p.Rejected) == 0 {
		return
	}
	r.heading("Rejected by analysts (not counted)")
	for _, x := range p.Rejected {
		r.printf("- %s: %s %s\n", x.Claim, x.Summary, refs([]int{x.Ref}))
	}
}

func (r *renderer) sources(p *Profile) {
	r.heading("Sources")
	for _, s := range p.Sources {
		pub := s.Published.String()
		if pub == "" {
			pub = "undated"
		}
		title := s.Title
		if title == "" {
			title = s.Document
		}
		r.printf("[%d] %s — %s, %s, reliability %s (%s)", s.N, title, s.Source, pub, s.Grade, s.Document)
		if s.URL != "" {
			r.printf(" %s", s.URL)
		}
		r.printf("\n")
	}
	r.printf("\nCredibility: 1 confirmed by independent sources … 6 cannot be judged. Reliability: A–F (F cannot be judged).\n")
}

func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) <= n {
		return s
	}
	cut := strings.LastIndex(s[:n], " ")
	if cut < n/2 {
		cut = n
	}
	return s[:cut] + "…"
}
