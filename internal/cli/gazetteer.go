package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"dossier/internal/gazetteer"
)

const gazetteerUsage = `Usage:
  dossier gazetteer lookup [--country CC] [--gazetteer FILE] NAME...
  dossier gazetteer match [--gazetteer FILE] [FILE|-]

lookup prints what each name may denote, best first, and why: kind, ID,
country, admin-1, coordinates, population and the form that matched.
match prints the names the matcher finds in a text file (or stdin) with the
reading it chose and how it resolved ambiguities.

--gazetteer FILE adds groups, organisations or people (a JSON array or JSON
Lines in the schema of internal/gazetteer/data/groups.json) to the built-in
data. Place data: GeoNames (https://www.geonames.org), CC-BY 4.0.
`

func runGazetteer(ctx context.Context, env *Env, args []string) int {
	if len(args) == 0 {
		fmt.Fprint(env.Stderr, gazetteerUsage)
		return 2
	}
	switch args[0] {
	case "lookup":
		return runGazetteerLookup(env, args[1:])
	case "match":
		return runGazetteerMatch(env, args[1:])
	case "-h", "-help", "--help", "help":
		fmt.Fprint(env.Stdout, gazetteerUsage)
		return 0
	}
	fmt.Fprintf(env.Stderr, "dossier gazetteer: unknown subcommand %q\n\n%s", args[0], gazetteerUsage)
	return 2
}

// gazetteerFlagSet returns a flag set with the shared --gazetteer flag.
func gazetteerFlagSet(env *Env, name string, extra *string) *flag.FlagSet {
	fs := newFlagSet(env, "gazetteer "+name, gazetteerUsage)
	fs.StringVar(extra, "gazetteer", "", "extra groups, organisations or people (JSON array or JSON Lines)")
	return fs
}

// parseGazetteerFlags parses fs; it returns an exit code when the command
// should stop (help or a usage error).
func parseGazetteerFlags(fs *flag.FlagSet, args []string) (int, bool) {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0, true
		}
		return 2, true
	}
	return 0, false
}

// openGazetteer returns the built-in gazetteer, or one extended with the
// entries of path.
func openGazetteer(path string) (*gazetteer.Gazetteer, error) {
	if path == "" {
		return gazetteer.Default(), nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("--gazetteer: %w", err)
	}
	defer f.Close()
	g, err := gazetteer.Load(f)
	if err != nil {
		return nil, fmt.Errorf("--gazetteer %s: %w", path, err)
	}
	return g, nil
}

func runGazetteerLookup(env *Env, args []string) int {
	var extra, country string
	fs := gazetteerFlagSet(env, "lookup", &extra)
	fs.StringVar(&country, "country", "", "only entries in this country (ISO 3166-1 alpha-2), with looser spelling matches")
	if code, stop := parseGazetteerFlags(fs, args); stop {
		return code
	}
	if fs.NArg() == 0 {
		fmt.Fprint(env.Stderr, "dossier gazetteer lookup: no name given\n\n"+gazetteerUsage)
		return 2
	}
	country = strings.ToUpper(strings.TrimSpace(country))
	g, err := openGazetteer(extra)
	if err != nil {
		fmt.Fprintf(env.Stderr, "dossier gazetteer lookup: %v\n", err)
		return 1
	}
	if country != "" && g.Country(country) == nil {
		fmt.Fprintf(env.Stderr, "dossier gazetteer lookup: --country %q is not an ISO 3166-1 alpha-2 code the gazetteer knows\n", country)
		return 2
	}
	status := 0
	for _, name := range fs.Args() {
		cs := g.Explain(name, country)
		if len(cs) == 0 {
			fmt.Fprintf(env.Stdout, "%s: not found\n", name)
			status = 1
			continue
		}
		fmt.Fprintf(env.Stdout, "%s: %d candidate(s), best first\n", name, len(cs))
		for i, c := range cs {
			if i == 20 {
				fmt.Fprintf(env.Stdout, "  ... %d more\n", len(cs)-i)
				break
			}
			printCandidate(env.Stdout, g, i+1, c.Entry, c.How)
		}
	}
	return status
}

// printCandidate writes one reading on two lines.
func printCandidate(w io.Writer, g *gazetteer.Gazetteer, n int, e *gazetteer.Entry, how string) {
	fmt.Fprintf(w, "  %d. %s  %s  %q", n, e.ID, e.Kind, e.Name)
	if e.Subtype != "" {
		fmt.Fprintf(w, " (%s)", e.Subtype)
	}
	fmt.Fprintln(w)
	var facts []string
	if e.Country != "" {
		facts = append(facts, "country "+e.Country)
	} else if len(e.Countries) > 0 {
		facts = append(facts, "countries "+strings.Join(e.Countries, ","))
	}
	if a := g.Get(e.Admin1); a != nil {
		facts = append(facts, fmt.Sprintf("admin1 %s %s", a.ID, a.Name))
	}
	if e.HasCoord {
		facts = append(facts, fmt.Sprintf("%.4f, %.4f", e.Lat, e.Lon))
		if e.Feature != "" {
			facts = append(facts, "point: "+e.Feature)
		}
	} else if lat, lon, ok := g.Coord(e); ok && e.IsPlace() {
		facts = append(facts, fmt.Sprintf("%.4f, %.4f (from its container)", lat, lon))
	}
	if e.Population > 0 {
		facts = append(facts, fmt.Sprintf("population %d", e.Population))
	}
	facts = append(facts, "matched by "+how)
	fmt.Fprintf(w, "     %s\n", strings.Join(facts, "; "))
}

func runGazetteerMatch(env *Env, args []string) int {
	var extra string
	fs := gazetteerFlagSet(env, "match", &extra)
	if code, stop := parseGazetteerFlags(fs, args); stop {
		return code
	}
	if fs.NArg() > 1 {
		fmt.Fprint(env.Stderr, "dossier gazetteer match: give one file, or none to read stdin\n\n"+gazetteerUsage)
		return 2
	}
	text, err := readInput(env, fs.Arg(0))
	if err != nil {
		fmt.Fprintf(env.Stderr, "dossier gazetteer match: %v\n", err)
		return 1
	}
	g, err := openGazetteer(extra)
	if err != nil {
		fmt.Fprintf(env.Stderr, "dossier gazetteer match: %v\n", err)
		return 1
	}
	for _, m := range g.Match(text) {
		kind := m.Entry.Kind
		if m.Demonym {
			kind += ", demonym"
		}
		fmt.Fprintf(env.Stdout, "%d-%d\t%s\t%s\t%s (%s)\t%s", m.Start, m.End, m.Text, m.Entry.ID, m.Entry.Name, kind, m.Why)
		if len(m.Candidates) > 1 {
			fmt.Fprintf(env.Stdout, "\t(%d readings)", len(m.Candidates))
		}
		fmt.Fprintln(env.Stdout)
	}
	return 0
}

// readInput reads a file, or stdin for "" or "-".
func readInput(env *Env, path string) (string, error) {
	var r io.Reader = env.Stdin
	if path != "" && path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return "", err
		}
		defer f.Close()
		r = f
	}
	if r == nil {
		return "", errors.New("no input: give a file or pipe text on stdin")
	}
	b, err := io.ReadAll(r)
	if err != nil {
		return "", fmt.Errorf("read %s: %w", path, err)
	}
	return string(b), nil
}
