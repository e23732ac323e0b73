package gazetteer

// This file validates the curated knowledge data in data/groups.json,
// data/organizations.json and data/people.json. It reads the files with
// encoding/json directly, independently of the package's loader, so a
// data mistake is reported as such and not as a loader bug.

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

type dataRef struct {
	ID       string `json:"id"`
	Relation string `json:"relation,omitempty"`
	Role     string `json:"role,omitempty"`
}

type dataGroup struct {
	ID        string    `json:"id"`
	Name      string    `json:"name"`
	Aliases   []string  `json:"aliases"`
	Subtype   string    `json:"subtype"`
	Parents   []dataRef `json:"parents"`
	Countries []string  `json:"countries"`
	Active    string    `json:"active"`
}

type dataOrg struct {
	ID      string   `json:"id"`
	Name    string   `json:"name"`
	Aliases []string `json:"aliases"`
	Subtype string   `json:"subtype"`
	Country string   `json:"country"`
}

type dataPerson struct {
	ID      string    `json:"id"`
	Name    string    `json:"name"`
	Aliases []string  `json:"aliases"`
	Groups  []dataRef `json:"groups"`
	Country string    `json:"country"`
}

// dataEntry is the part every curated record shares.
type dataEntry struct {
	file, id, name string
	aliases        []string
}

var (
	groupSubtypes = set("jihadist", "ethnic_separatist", "nationalist", "leftist", "anarchist",
		"far_right", "militia", "paramilitary", "insurgent", "sectarian", "religious", "criminal",
		"mercenary", "single_issue")
	groupRelations = set("affiliate_of", "splinter_of", "allied_with")
	orgSubtypes    = set("un", "ngo", "igo", "government", "military", "police", "intelligence",
		"think_tank", "media", "company", "university", "political_party")
	personRoles = set("leader", "founder", "spokesman", "member", "commander", "ideologue")
	idPattern   = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	ccPattern   = regexp.MustCompile(`^[A-Z]{2}$`)
	// active is "YYYY-" (still active) or "YYYY-YYYY".
	activePattern = regexp.MustCompile(`^(1[89]|20)[0-9]{2}-((1[89]|20)[0-9]{2})?$`)
)

// sharedAliases lists normalised surface forms that genuinely denote more
// than one curated entry. The matcher must resolve them by context; every
// other form must point to exactly one entry.
var sharedAliases = map[string]string{
	"iss": "Islamic State Somalia Province (ISS) and the Institute for Security Studies (ISS Africa)",
	"mit": "East Indonesia Mujahideen (Mujahidin Indonesia Timur) and Turkey's intelligence service (MIT)",
	"ji":  "Jemaah Islamiyah (Southeast Asia) and the Jamaat-e-Islami parties of Pakistan and Bangladesh",
	// The party of that name exists in Pakistan and Bangladesh alike.
	"jamaat e islami":    "Jamaat-e-Islami (Pakistan) and Jamaat-e-Islami (Bangladesh)",
	"jamaat e islami ji": "Jamaat-e-Islami (Pakistan) and Jamaat-e-Islami (Bangladesh)",
	"akp":                "Ansar Khalifa Philippines and Turkey's Justice and Development Party",
	// Reporting names India's and Nepal's Maoist insurgencies alike; the
	// document's country decides.
	"maoists":           "Communist Party of India (Maoist) and Communist Party of Nepal (Maoist)",
	"maoist rebels":     "Communist Party of India (Maoist) and Communist Party of Nepal (Maoist)",
	"maoist insurgents": "Communist Party of India (Maoist) and Communist Party of Nepal (Maoist)",
}

func set(xs ...string) map[string]bool {
	m := make(map[string]bool, len(xs))
	for _, x := range xs {
		m[x] = true
	}
	return m
}

// foldKey normalises a surface form the way a matcher would: case,
// diacritics, apostrophes, punctuation and dashes, and a leading "the".
func foldKey(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case strings.ContainsRune("'’‘`ʿʾ", r):
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		default:
			b.WriteRune(' ')
		}
	}
	k := strings.Join(strings.Fields(b.String()), " ")
	return strings.TrimPrefix(k, "the ")
}

func dataPath(name string) string { return filepath.Join("data", name) }

// loadData decodes a curated file strictly and checks it is written in the
// canonical pretty-printed layout, one field per line, so diffs stay small.
func loadData[T any](t *testing.T, name string) []T {
	t.Helper()
	raw, err := os.ReadFile(dataPath(name))
	if err != nil {
		t.Fatalf("read %s: %v", name, err)
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	var out []T
	if err := dec.Decode(&out); err != nil {
		t.Fatalf("%s: invalid JSON: %v", name, err)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		t.Fatalf("%s: re-encode: %v", name, err)
	}
	if !bytes.Equal(buf.Bytes(), raw) {
		t.Errorf("%s: not in canonical layout (2-space indent, one field per line, trailing newline)", name)
	}
	return out
}

type curated struct {
	groups []dataGroup
	orgs   []dataOrg
	people []dataPerson
}

func loadCurated(t *testing.T) curated {
	t.Helper()
	return curated{
		groups: loadData[dataGroup](t, "groups.json"),
		orgs:   loadData[dataOrg](t, "organizations.json"),
		people: loadData[dataPerson](t, "people.json"),
	}
}

func (c curated) entries() []dataEntry {
	var es []dataEntry
	for _, g := range c.groups {
		es = append(es, dataEntry{"groups.json", g.ID, g.Name, g.Aliases})
	}
	for _, o := range c.orgs {
		es = append(es, dataEntry{"organizations.json", o.ID, o.Name, o.Aliases})
	}
	for _, p := range c.people {
		es = append(es, dataEntry{"people.json", p.ID, p.Name, p.Aliases})
	}
	return es
}

func TestCuratedDataCounts(t *testing.T) {
	c := loadCurated(t)
	for _, n := range []struct {
		file      string
		got, want int
	}{
		{"groups.json", len(c.groups), 300},
		{"organizations.json", len(c.orgs), 150},
		{"people.json", len(c.people), 150},
	} {
		if n.got < n.want {
			t.Errorf("%s: %d entries, want at least %d", n.file, n.got, n.want)
		}
	}
}

func TestCuratedDataEntries(t *testing.T) {
	c := loadCurated(t)
	seen := map[string]string{}
	for _, e := range c.entries() {
		where := fmt.Sprintf("%s %q", e.file, e.id)
		if !idPattern.MatchString(e.id) {
			t.Errorf("%s: id must be lower-case words joined by '-'", where)
		}
		if prev, ok := seen[e.file+"\x00"+e.id]; ok {
			t.Errorf("%s: duplicate id (also %s)", where, prev)
		}
		seen[e.file+"\x00"+e.id] = where
		checkNames(t, where, e.name, e.aliases)
	}
}

// checkNames rejects empty or padded names and aliases that repeat the name
// or each other within one entry.
func checkNames(t *testing.T, where, name string, aliases []string) {
	t.Helper()
	if strings.TrimSpace(name) == "" || name != strings.TrimSpace(name) {
		t.Errorf("%s: empty or padded name %q", where, name)
	}
	own := map[string]bool{strings.ToLower(name): true}
	for _, a := range aliases {
		if strings.TrimSpace(a) == "" || a != strings.TrimSpace(a) || strings.Contains(a, "  ") {
			t.Errorf("%s: empty or badly spaced alias %q", where, a)
		}
		k := strings.ToLower(a)
		if own[k] {
			t.Errorf("%s: alias %q repeats the name or another alias", where, a)
		}
		own[k] = true
		if foldKey(a) == "" {
			t.Errorf("%s: alias %q has no letters or digits", where, a)
		}
	}
}

func TestCuratedGroupFields(t *testing.T) {
	c := loadCurated(t)
	ids := map[string]bool{}
	for _, g := range c.groups {
		ids[g.ID] = true
	}
	for _, g := range c.groups {
		where := fmt.Sprintf("groups.json %q", g.ID)
		if !groupSubtypes[g.Subtype] {
			t.Errorf("%s: unknown subtype %q", where, g.Subtype)
		}
		if !activePattern.MatchString(g.Active) {
			t.Errorf("%s: active %q is not YYYY- or YYYY-YYYY", where, g.Active)
		}
		checkCountries(t, where, g.Countries)
		for _, p := range g.Parents {
			switch {
			case p.ID == g.ID:
				t.Errorf("%s: is its own parent", where)
			case !ids[p.ID]:
				t.Errorf("%s: parent %q is not a group id", where, p.ID)
			case !groupRelations[p.Relation]:
				t.Errorf("%s: parent %q has unknown relation %q", where, p.ID, p.Relation)
			}
		}
	}
}

func checkCountries(t *testing.T, where string, ccs []string) {
	t.Helper()
	if len(ccs) == 0 {
		t.Errorf("%s: no home country", where)
	}
	for _, cc := range ccs {
		if !ccPattern.MatchString(cc) {
			t.Errorf("%s: country %q is not an ISO 3166-1 alpha-2 code", where, cc)
		}
	}
}

func TestCuratedOrgAndPersonFields(t *testing.T) {
	c := loadCurated(t)
	groups := map[string]bool{}
	for _, g := range c.groups {
		groups[g.ID] = true
	}
	for _, o := range c.orgs {
		where := fmt.Sprintf("organizations.json %q", o.ID)
		if !orgSubtypes[o.Subtype] {
			t.Errorf("%s: unknown subtype %q", where, o.Subtype)
		}
		if o.Country != "" && !ccPattern.MatchString(o.Country) {
			t.Errorf("%s: country %q is not an ISO code or empty", where, o.Country)
		}
	}
	for _, p := range c.people {
		where := fmt.Sprintf("people.json %q", p.ID)
		// State leaders and officials belong to no armed group; they
		// must at least say which state they serve.
		if len(p.Groups) == 0 && p.Country == "" {
			t.Errorf("%s: neither a group nor a country", where)
		}
		for _, g := range p.Groups {
			if !groups[g.ID] {
				t.Errorf("%s: group %q is not a group id", where, g.ID)
			}
			if !personRoles[g.Role] {
				t.Errorf("%s: unknown role %q", where, g.Role)
			}
		}
		if p.Country != "" && !ccPattern.MatchString(p.Country) {
			t.Errorf("%s: country %q is not an ISO code or empty", where, p.Country)
		}
	}
}

// TestCuratedAliasesUnambiguous checks that a normalised surface form names
// one entry across all three files, apart from the documented shared forms.
func TestCuratedAliasesUnambiguous(t *testing.T) {
	c := loadCurated(t)
	owners := map[string]map[string]bool{}
	for _, e := range c.entries() {
		for _, s := range append([]string{e.name}, e.aliases...) {
			k := foldKey(s)
			if owners[k] == nil {
				owners[k] = map[string]bool{}
			}
			owners[k][e.file+":"+e.id] = true
		}
	}
	used := map[string]bool{}
	for k, ids := range owners {
		if len(ids) < 2 {
			continue
		}
		if _, ok := sharedAliases[k]; ok {
			used[k] = true
			continue
		}
		t.Errorf("surface form %q names %s; make it unique or add it to sharedAliases with a reason", k, sorted(ids))
	}
	for k := range sharedAliases {
		if !used[k] {
			t.Errorf("sharedAliases lists %q, which is not shared: remove it", k)
		}
	}
}

func sorted(m map[string]bool) string {
	var xs []string
	for x := range m {
		xs = append(xs, x)
	}
	sort.Strings(xs)
	return strings.Join(xs, ", ")
}

func TestFoldKey(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Islamic State – Khorasan Province", "islamic state khorasan province"},
		{"Kurdistan Workers' Party (PKK)", "kurdistan workers party pkk"},
		{"the Taliban", "taliban"},
		{"Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "jamaatu ahlis sunna liddaawati wal jihad"},
		{"État islamique", "etat islamique"},
	} {
		if got := foldKey(c.in); got != c.want {
			t.Errorf("foldKey(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestCuratedCoreForms checks that the names the extraction contract and
// issue 3 call out resolve to the intended entry, so an edit cannot lose
// them silently.
func TestCuratedCoreForms(t *testing.T) {
	c := loadCurated(t)
	owner := map[string][]string{}
	for _, e := range c.entries() {
		id := e.file + ":" + e.id
		for _, s := range append([]string{e.name}, e.aliases...) {
			k := foldKey(s)
			if n := len(owner[k]); n == 0 || owner[k][n-1] != id {
				owner[k] = append(owner[k], id)
			}
		}
	}
	for _, w := range []struct{ form, want string }{
		{"ISIS-K", "groups.json:iskp"},
		{"Wilayat Khorasan", "groups.json:iskp"},
		{"Islamic State of Iraq and the Levant – Khorasan Province", "groups.json:iskp"},
		{"Khorasan Chapter of the Islamic State", "groups.json:iskp"},
		{"Daesh", "groups.json:islamic-state"},
		{"Islamic State of Iraq and the Levant (ISIL)", "groups.json:islamic-state"},
		{"ISWAP", "groups.json:iswap"},
		{"Wilayat Sinai", "groups.json:is-sinai"},
		{"Tehreek-e-Taliban", "groups.json:ttp"},
		{"Pakistani Taliban", "groups.json:ttp"},
		{"al-Qa'ida", "groups.json:al-qaeda"},
		{"Al-Qaida in the Arabian Peninsula (AQAP)", "groups.json:aqap"},
		{"Harakat al-Shabaab al-Mujahideen", "groups.json:al-shabaab"},
		{"Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "groups.json:boko-haram"},
		{"Ansar Allah", "groups.json:houthis"},
		{"Kurdistan Workers' Party (PKK)", "groups.json:pkk"},
		{"New People's Army (NPA)", "groups.json:npa"},
		{"Haqqani network", "groups.json:haqqani-network"},
		{"Sanaullah Ghafari", "people.json:shahab-al-muhajir"},
		{"Hibatullah Akhundzada", "people.json:hibatullah-akhundzada"},
		{"US military", "organizations.json:us-armed-forces"},
		{"Afghan security forces", "organizations.json:andsf"},
		{"Armed Conflict Location & Event Data Project", "organizations.json:acled"},
		{"UNAMA", "organizations.json:unama"},
	} {
		got := owner[foldKey(w.form)]
		if len(got) != 1 || got[0] != w.want {
			t.Errorf("%q names %v, want only %s", w.form, got, w.want)
		}
	}
	for _, g := range c.groups {
		if g.ID == "iskp" && len(g.Aliases) < 15 {
			t.Errorf("iskp has %d aliases, want at least 15", len(g.Aliases))
		}
	}
}

// TestCuratedCountriesKnown checks every country code against the
// gazetteer's own country table, so a group's home country resolves.
func TestCuratedCountriesKnown(t *testing.T) {
	raw, err := os.ReadFile(dataPath("countries.tsv"))
	if err != nil {
		t.Skipf("no country table: %v", err)
	}
	known := map[string]bool{}
	for _, line := range strings.Split(string(raw), "\n") {
		if f := strings.SplitN(line, "\t", 2); len(f) == 2 && !strings.HasPrefix(line, "#") {
			known[f[0]] = true
		}
	}
	c := loadCurated(t)
	check := func(where, cc string) {
		if cc != "" && !known[cc] {
			t.Errorf("%s: country %q is not in countries.tsv", where, cc)
		}
	}
	for _, g := range c.groups {
		for _, cc := range g.Countries {
			check("groups.json "+g.ID, cc)
		}
	}
	for _, o := range c.orgs {
		check("organizations.json "+o.ID, o.Country)
	}
	for _, p := range c.people {
		check("people.json "+p.ID, p.Country)
	}
}
