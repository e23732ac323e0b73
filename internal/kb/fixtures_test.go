package kb

import (
	"dossier/internal/model"
)

// Fixtures written for these tests: three invented outlets reporting on an
// invented group, the Northern Liberation Front, and its attacks.

func str(s string) *string   { return &s }
func num(v float64) *float64 { return &v }

func ev(text string) model.Evidence { return model.Evidence{Text: text, Start: 0, End: len(text)} }

type fixture struct {
	doc Doc
	x   *model.Extraction
}

func fixtures() []fixture {
	nlf := model.ExtractedEntity{Name: "Northern Liberation Front", Type: model.TypeArmedGroup, Aliases: []string{"NLF"}}
	town := model.ExtractedEntity{Name: "Riverton", Type: model.TypeLocation, Ref: "geo:1", Country: "XA"}
	country := model.ExtractedEntity{Name: "Arcadia", Type: model.TypeLocation, Ref: "XA", Country: "XA"}
	bridge := model.ExtractedEntity{Name: "Riverton Bridge", Type: model.TypeLocation, Country: "XA",
		Aliases: []string{"Riverton's bridge"}}
	chief := model.ExtractedEntity{Name: "Omar Example", Type: model.TypePerson, Aliases: []string{"Example"}}
	a := fixture{Doc{ID: "d1", Name: "a.txt", Source: "Daily Ledger", Published: model.DayDate(2022, 3, 10)},
		&model.Extraction{Document: "a.txt",
			Entities: []model.ExtractedEntity{nlf, town, country, bridge, chief},
			Events: []model.ExtractedEvent{
				{Date: model.DayDate(2022, 3, 9), Location: str("Riverton Bridge"), Country: str("XA"),
					Perpetrator: str("NLF"), Attribution: str("claimed"), Kind: "bombing",
					Killed: &model.Range{Min: num(40)}, Evidence: ev("A bomb on the Riverton bridge killed at least 40.")},
				{Date: model.MonthDate(2022, 1), Location: str("Arcadia"), Country: str("XA"),
					Perpetrator: str("NLF"), Kind: "shooting", Evidence: ev("In January gunmen fired on a market in Arcadia.")},
			},
			Relations: []model.ExtractedRelation{{Subject: "NLF", Predicate: "active_in", Object: "Riverton",
				Evidence: ev("The NLF operates around Riverton.")}, {Subject: "Omar Example", Predicate: "leader_of",
				Object: "Northern Liberation Front", Evidence: ev("Omar Example leads the NLF.")}},
			Estimates: []model.ExtractedEstimate{{Subject: "NLF", Property: "fighters", Min: num(2000), Max: num(2000),
				Approx: true, AsOf: model.YearDate(2022), Evidence: ev("The NLF has about 2,000 fighters.")}},
		}}
	b := fixture{Doc{ID: "d2", Name: "b.html", Source: "Wire Service", Published: model.MonthDate(2022, 4)},
		&model.Extraction{Document: "b.html",
			Entities: []model.ExtractedEntity{{Name: "NLF", Type: model.TypeArmedGroup}, town,
				{Name: "Example", Type: model.TypePerson}},
			Events: []model.ExtractedEvent{
				{Date: model.MonthDate(2022, 3), Location: str("Riverton"), Country: str("XA"),
					Perpetrator: str("NLF"), Kind: "suicide_bombing", Killed: model.Exact(25),
					Evidence: ev("In March an NLF suicide bomber killed 25 in Riverton.")},
			},
			Estimates: []model.ExtractedEstimate{{Subject: "NLF", Property: "fighters", Min: num(500), Max: num(800),
				AsOf: model.YearDate(2022), Evidence: ev("Officials put its strength at 500 to 800.")}},
		}}
	c := fixture{Doc{ID: "d3", Name: "c.txt", Source: "Monitor", Published: model.YearDate(2023)},
		&model.Extraction{Document: "c.txt",
			Entities: []model.ExtractedEntity{{Name: "Northern Liberation Front", Type: model.TypeArmedGroup,
				Aliases: []string{"N.L.F."}}, country, {Name: "Omar Example", Type: model.TypePerson}},
			Events: []model.ExtractedEvent{
				{Location: str("Arcadia"), Country: str("XA"), Perpetrator: str("Northern Liberation Front"),
					Attribution: str("blamed"), Kind: "other",
					Evidence: ev("The group was blamed for an attack on a market and for a bridge bombing.")},
				{Location: str("Arcadia"), Country: str("XA"), Perpetrator: str("Northern Liberation Front"),
					Attribution: str("blamed"), Kind: "other",
					Evidence: ev("The group was blamed for an attack on a market and for a bridge bombing.")},
			},
		}}
	return []fixture{a, b, c}
}

// input builds the Build input of the fixtures.
func input(fs []fixture, acts ...Action) Input {
	in := Input{Actions: acts}
	for _, f := range fs {
		in.Docs = append(in.Docs, f.doc)
		in.Claims = append(in.Claims, Claims(f.doc.ID, f.x, "test")...)
	}
	return in
}
