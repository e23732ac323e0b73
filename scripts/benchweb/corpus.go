package main

import (
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"time"
)

// Vocabulary of the synthetic corpus: real group and place names so the
// extractor recognises them; every sentence is generated, none is copied.
var (
	groups = []struct{ name, region string }{
		{"ISKP", "af"}, {"Islamic State Khorasan Province", "af"}, {"Tehrik-i-Taliban Pakistan", "pk"},
		{"al-Shabaab", "so"}, {"Boko Haram", "ng"}, {"ISWAP", "ng"}, {"JNIM", "ml"},
		{"Islamic State Sahel Province", "ml"}, {"Lashkar-e-Jhangvi", "pk"}, {"Baloch Liberation Army", "pk"},
	}
	places = map[string][]string{
		"af": {"Kabul", "Jalalabad", "Kunduz", "Kandahar", "Mazar-i-Sharif", "Herat"},
		"pk": {"Peshawar", "Quetta", "Karachi", "Bajaur", "Dera Ismail Khan"},
		"so": {"Mogadishu", "Kismayo", "Baidoa", "Beledweyne"},
		"ng": {"Maiduguri", "Damboa", "Monguno", "Gwoza"},
		"ml": {"Gao", "Mopti", "Timbuktu", "Menaka"},
	}
	sites = []string{"market", "checkpoint", "mosque", "school", "police station", "army base",
		"hotel", "bus station", "wedding party", "government office"}
	sources = []string{"Frontier Dispatch", "Sahel Monitor", "Horn Daily", "Regional Wire", "Policy Review",
		"Conflict Watch", "Evening Courier", "Security Brief"}
	fillers = []string{
		"Residents described hours of gunfire before security forces regained control of the area.",
		"Local officials said the wounded were taken to the main hospital, which appealed for blood donors.",
		"The government condemned the violence and promised a full investigation.",
		"Aid groups warned that repeated attacks had forced thousands of families to leave their homes.",
		"Observers noted that the pace of attacks had increased over the previous months.",
		"A spokesman for the provincial governor declined to give further details.",
	}
)

// article is one JSONL record the ingester reads.
type article struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Text      string `json:"text"`
	Published string `json:"published"`
	Source    string `json:"source"`
	URL       string `json:"url"`
}

// writeCorpus writes n synthetic articles as JSON Lines.
func writeCorpus(w io.Writer, n int, seed uint64) error {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	enc := json.NewEncoder(w)
	base := time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range n {
		g := groups[r.IntN(len(groups))]
		place := places[g.region][r.IntN(len(places[g.region]))]
		day := base.AddDate(0, 0, r.IntN(6*365))
		pub := day.AddDate(0, 0, 1+r.IntN(3))
		a := article{ID: fmt.Sprintf("synthetic-%05d", i), Source: sources[r.IntN(len(sources))],
			Published: pub.Format("2006-01-02"), URL: fmt.Sprintf("https://news.invalid/%d", i)}
		a.Title, a.Text = story(r, g.name, place, day)
		if err := enc.Encode(a); err != nil {
			return err
		}
	}
	return nil
}

// story writes one short news report about an attack.
func story(r *rand.Rand, group, place string, day time.Time) (string, string) {
	target := sites[r.IntN(len(sites))]
	killed, injured := 2+r.IntN(60), r.IntN(120)
	date := day.Format("2 January 2006")
	var b strings.Builder
	switch r.IntN(3) {
	case 0:
		fmt.Fprintf(&b, "Gunmen from %s attacked a %s in %s on %s, killing %d people and wounding %d others, officials said.",
			group, target, place, date, killed, injured)
	case 1:
		fmt.Fprintf(&b, "A suicide bomber struck a %s in %s on %s, killing at least %d people. Police blamed %s for the attack.",
			target, place, date, killed, group)
	default:
		fmt.Fprintf(&b, "At least %d people were killed when a bomb exploded near a %s in %s on %s. %s claimed responsibility.",
			killed, target, place, date, group)
	}
	b.WriteString("\n\n")
	for k := 0; k < 3+r.IntN(4); k++ {
		b.WriteString(fillers[r.IntN(len(fillers))] + " ")
	}
	if r.IntN(4) == 0 {
		lo := 500 * (1 + r.IntN(8))
		fmt.Fprintf(&b, "\n\nAnalysts estimate that %s has between %d and %d fighters.", group, lo, lo*2)
	}
	title := fmt.Sprintf("%s attack in %s kills %d", strings.ToUpper(target[:1])+target[1:], place, killed)
	return title, b.String()
}
