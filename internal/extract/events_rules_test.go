package extract

import (
	"testing"

	"dossier/internal/model"
)

// ruleCases cover the phrasing added after the held-out audit: number words
// joined by "and", active death verbs, victims counted beside the others,
// arson and sabotage cues, rammings, local government areas and a branch
// named beside its parent. Texts are our own.
var ruleCases = []struct {
	name, text        string
	kind, killed, loc string
	perp, attribution string
}{
	{
		name:   "hundred and N stays one number",
		text:   "Militants stormed a camp for displaced people in Dikwa, Borno state, Nigeria. Two hundred and four residents were killed in the assault.",
		kind:   model.KindArmedAssault,
		killed: "204-204", loc: "Dikwa",
	},
	{
		name:   "shot dead with an object",
		text:   "Gunmen shot dead three teachers at a school in Mandera town, Mandera county, Kenya.",
		kind:   model.KindShooting,
		killed: "3-3", loc: "Mandera",
	},
	{
		name:   "left N dead",
		text:   "A car bomb exploded outside a hotel in Mogadishu, Banaadir, Somalia, and left 12 people dead.",
		kind:   model.KindBombing,
		killed: "12-12", loc: "Mogadishu",
	},
	{
		name:   "attackers counted beside the victims",
		text:   "Assailants attacked a police station in Quetta, Balochistan, Pakistan. Five officers were killed, along with three of the attackers.",
		kind:   model.KindArmedAssault,
		killed: "8-8", loc: "Quetta",
	},
	{
		name: "set on fire is an event",
		text: "Arsonists set a primary school on fire in Mosul, Nineveh governorate, Iraq. No casualties were reported.",
		loc:  "Mosul",
	},
	{
		name:   "local government area locates the place",
		text:   "Gunmen raided a farming settlement in Logo local government area, Benue state, Nigeria, killing seven villagers.",
		killed: "7-7", loc: "Logo",
	},
	{
		name: "branch preferred over its parent",
		text: "A bomb exploded at a mosque in Kunduz city, Kunduz province, Afghanistan, killing 50 worshippers. The Afghan branch of the Islamic State, the Islamic State Khorasan Province, claimed responsibility for the attack.",
		kind: model.KindBombing, killed: "50-50", loc: "Kunduz",
		perp: "Islamic State Khorasan Province", attribution: model.AttrClaimed,
	},
}

func TestFrameEventsRules(t *testing.T) {
	for _, c := range ruleCases {
		t.Run(c.name, func(t *testing.T) {
			d := &model.Document{Name: "t", Text: c.text, Published: model.DayDate(2019, 3, 4)}
			x := Extract(d, Options{})
			if len(x.Events) == 0 {
				t.Fatalf("no event in %q", c.text)
			}
			e := x.Events[0]
			if c.kind != "" && e.Kind != c.kind {
				t.Errorf("kind = %q, want %q", e.Kind, c.kind)
			}
			if c.killed != "" {
				if got := rangeString(e.Killed); got != c.killed {
					t.Errorf("killed = %q, want %q", got, c.killed)
				}
			}
			if got := deref(e.Location); got != c.loc {
				t.Errorf("location = %q, want %q", got, c.loc)
			}
			if c.perp != "" && deref(e.Perpetrator) != c.perp {
				t.Errorf("perpetrator = %q, want %q", deref(e.Perpetrator), c.perp)
			}
			if c.attribution != "" && deref(e.Attribution) != c.attribution {
				t.Errorf("attribution = %q, want %q", deref(e.Attribution), c.attribution)
			}
		})
	}
}
