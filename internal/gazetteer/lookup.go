package gazetteer

import (
	"sort"
	"strings"

	"dossier/internal/gazetteer/norm"
)

// Lookup returns every entry a name may denote, best first: exact names and
// aliases, then the name without an administrative word ("Mudiyah
// district" → Mudiyah) or an Arabic article, then places whose
// transliteration skeleton agrees ("Garowe" → Garoowe).
func (g *Gazetteer) Lookup(name string) []*Entry {
	return g.lookup(name, "")
}

// LookupIn is Lookup restricted to entries in one country (ISO alpha-2);
// with a country given, looser transliteration matches are allowed.
func (g *Gazetteer) LookupIn(name, country string) []*Entry {
	return g.lookup(name, country)
}

func (g *Gazetteer) lookup(name, country string) []*Entry {
	cs := g.Explain(name, country)
	if len(cs) == 0 {
		return nil
	}
	out := make([]*Entry, len(cs))
	for i, c := range cs {
		out[i] = c.Entry
	}
	return out
}

// Candidate is one reading of a looked-up name and how the name reached it.
type Candidate struct {
	Entry *Entry
	How   string // "name", "alias", "demonym", "without administrative word", ...
}

// Explain is Lookup (country "") or LookupIn with the reason for each
// candidate: which stage of the lookup found it and through which form.
func (g *Gazetteer) Explain(name, country string) []Candidate {
	k := normKey(name)
	if k == "" {
		return nil
	}
	type stage struct{ key, how string }
	stages := []stage{{k, ""}}
	if s := norm.StripAdminWords(name); s != "" {
		stages = append(stages, stage{s, "without administrative word"})
	}
	for _, a := range arabicArticles {
		if strings.HasPrefix(k, a) && len(k)-len(a) >= 3 {
			stages = append(stages, stage{k[len(a):], "without article"})
			break
		}
	}
	for _, st := range stages {
		var out []Candidate
		for _, p := range g.postings(st.key) {
			e := g.entry(p.entry)
			if country != "" && !e.InCountry(country) {
				continue
			}
			how := st.how
			if how == "" {
				how = postingHow(p)
			}
			out = append(out, Candidate{Entry: e, How: how})
		}
		if len(out) > 0 {
			return out
		}
	}
	keys := make([]string, len(stages))
	for i, st := range stages {
		keys[i] = st.key
	}
	return g.fuzzyLookup(keys, country)
}

// postingHow names the kind of form a posting was indexed under.
func postingHow(p posting) string {
	switch {
	case p.flag&flagDemonym != 0:
		return "demonym"
	case p.flag&flagWeak != 0:
		return "misspelling alias (needs the country in context)"
	case p.flag&flagDerived != 0:
		return "derived form (administrative word or article dropped)"
	case p.flag&flagAlias != 0:
		return "alias"
	}
	return "name"
}

// entriesFor turns postings into entries, keeping those in country.
func (g *Gazetteer) entriesFor(ps []posting, country string) []*Entry {
	var out []*Entry
	for _, p := range ps {
		e := g.entry(p.entry)
		if country == "" || e.InCountry(country) {
			out = append(out, e)
		}
	}
	return out
}

// InCountry reports whether the entry lies in (or, for a group or region,
// is based in) the country.
func (e *Entry) InCountry(code string) bool {
	if e.Country == code {
		return true
	}
	for _, c := range e.Countries {
		if c == code {
			return true
		}
	}
	return false
}

// skeleton reduces a key to a transliteration-insensitive form: spaces and
// doubled letters dropped, digraphs and vowels merged (Dhusamareb and
// Dhuusamarreeb, Pul-e Alam and Puli Alam, Hadithah and Haditha agree).
func skeleton(key string) string {
	var b0 strings.Builder
	for _, w := range strings.Fields(key) {
		if linkWord[w] {
			continue // ezafe and articles: Dahanah-ye Ghori, Jurf al Sakhar
		}
		if n := len(w); n > 2 && w[n-1] == 'h' && strings.IndexByte("aeiou", w[n-2]) >= 0 {
			w = w[:n-1] // Qarah → Qara, Qal'ah → Qala
		}
		b0.WriteString(w)
	}
	s := b0.String()
	s = skeletonReplacer.Replace(s)
	var b strings.Builder
	var last byte
	for i := 0; i < len(s); i++ {
		if c := s[i]; c != last {
			b.WriteByte(c)
			last = c
		}
	}
	out := b.String()
	if len(out) > 3 && out[len(out)-1] == 'h' {
		out = out[:len(out)-1]
	}
	return out
}

// linkWord lists the ezafe and article words transliterations add or drop.
var linkWord = map[string]bool{"e": true, "i": true, "ye": true, "y": true, "al": true, "el": true,
	"ul": true, "ud": true, "ad": true, "ar": true, "as": true, "at": true, "ash": true, "an": true, "az": true}

var skeletonReplacer = strings.NewReplacer(
	"kh", "k", "gh", "g", "dh", "d", "th", "t", "sh", "s", "ph", "f", "ck", "k",
	"q", "k", "c", "k", "ou", "u", "oo", "u", "ee", "i", "ow", "u", "aw", "u",
	"w", "u", "y", "i", "e", "i", "o", "u", "z", "z", "j", "j",
)

// consonants drops the vowels after the first letter of a skeleton
// (Merca and Marka → mrk); used only within one country.
func consonants(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if i > 0 && strings.IndexByte("aiu", c) >= 0 {
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

// fuzzyLookup finds places, divisions and sites by skeleton; without a
// country only the vowel-keeping skeleton is used.
func (g *Gazetteer) fuzzyLookup(keys []string, country string) []Candidate {
	for _, k := range keys {
		sk := skeleton(k)
		if len(sk) < 4 {
			continue
		}
		if out := g.entriesFor(g.fuzzyPostings("s:"+sk), country); len(out) > 0 {
			return candidates(out, "transliteration skeleton "+sk)
		}
		if country == "" {
			continue
		}
		if c := consonants(sk); len(c) >= 3 {
			if out := g.entriesFor(g.fuzzyPostings("c:"+c), country); len(out) > 0 {
				return candidates(out, "consonant skeleton "+c+" within "+country)
			}
		}
	}
	return nil
}

func candidates(es []*Entry, how string) []Candidate {
	out := make([]Candidate, len(es))
	for i, e := range es {
		out[i] = Candidate{Entry: e, How: how}
	}
	return out
}

// fuzzyPostings returns the entries of a skeleton key ("s:..." or
// "c:..."), best first, from the snapshot's sorted skeleton records.
func (g *Gazetteer) fuzzyPostings(key string) []posting {
	at := func(j int) int { return g.fuzzyAt + fuzzySize*j }
	i := sort.Search(g.fuzzyN, func(j int) bool { return g.str(le32(g.data, at(j))) >= key })
	if i == g.fuzzyN || g.str(le32(g.data, at(i))) != key {
		return nil
	}
	n, off := uvarint(g.data, int(le32(g.data, at(i)+4)))
	ps := make([]posting, n)
	for j := range ps {
		var id uint64
		id, off = uvarint(g.data, off)
		ps[j] = posting{entry: int32(id), flag: flagDerived}
	}
	return ps
}
