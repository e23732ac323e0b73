// Package webtest builds a small knowledge base written for the web tests:
// two fictional reports of one attack by a fictional group, disagreeing
// on the death toll. It imports kb, model and kbdata; only tests use it.
package webtest

import (
	"strings"

	"dossier/internal/kb"
	"dossier/internal/model"
	"dossier/internal/web/kbdata"
)

// Fixture texts: our own words about invented groups and places.
const (
	TextA = "Ridge Front Strikes Valetown\n" +
		"Ridge Front militants attacked an army checkpoint in Valetown on 8 March 2022, killing 12 soldiers. " +
		"The Ridge Front (RF), led by Omar Kessel, is based in Haran Province. " +
		"Analysts estimate that the group has about 2,000 fighters.\n"
	TextB = "Checkpoint assault leaves dozens dead\n" +
		"At least 20 people died when the Ridge Front stormed a checkpoint in Valetown on 8 March. " +
		"The RF is a rival of the Coastal Brigade, which denied any role.\n"
)

// Document IDs of the fixture.
const (
	DocA = "aaaa000000000000000000000000000000000000000000000000000000000001"
	DocB = "bbbb000000000000000000000000000000000000000000000000000000000002"
)

// Store returns a MemStore holding the fixture.
func Store() *kbdata.MemStore {
	m := kbdata.NewMemStore()
	a := &model.Document{ID: DocA, Name: "wire-a.txt", Source: "Northern Wire", Title: "Ridge Front Strikes Valetown",
		Published: model.DayDate(2022, 3, 10), Format: "txt", Text: TextA}
	b := &model.Document{ID: DocB, Name: "courier-b.txt", Source: "Daily Courier",
		Title: "Checkpoint assault leaves dozens dead", Published: model.DayDate(2022, 3, 11), Format: "txt", Text: TextB}
	m.Add(a, kb.Claims(DocA, extractionA(a), "test@1"))
	m.Add(b, kb.Claims(DocB, extractionB(b), "test@1"))
	return m
}

// ev returns the evidence of the sentence containing s.
func ev(text, s string) model.Evidence {
	i := strings.Index(text, s)
	if i < 0 {
		panic("webtest: fixture sentence not found: " + s)
	}
	start := strings.LastIndexAny(text[:i], ".\n") + 1
	for start < i && text[start] == ' ' {
		start++
	}
	end := i + strings.Index(text[i:], ".") + 1
	return model.Evidence{Text: text[start:end], Start: start, End: end}
}

func ptr[T any](v T) *T { return &v }

func ent(name, typ string, aliases ...string) model.ExtractedEntity {
	if aliases == nil {
		aliases = []string{}
	}
	return model.ExtractedEntity{Name: name, Type: typ, Aliases: aliases}
}

func extractionA(d *model.Document) *model.Extraction {
	t := d.Text
	valetown := ent("Valetown", model.TypeLocation)
	valetown.Country, valetown.Lat, valetown.Lon = "Freeland", ptr(34.4), ptr(70.4)
	haran := ent("Haran Province", model.TypeLocation)
	haran.Country, haran.Lat, haran.Lon = "Freeland", ptr(34.9), ptr(71.1)
	return &model.Extraction{Document: d.Name, Published: d.Published,
		Entities: []model.ExtractedEntity{ent("Ridge Front", model.TypeArmedGroup, "RF"),
			ent("Omar Kessel", model.TypePerson), valetown, haran},
		Events: []model.ExtractedEvent{{Date: model.DayDate(2022, 3, 8), Location: ptr("Valetown"),
			Country: ptr("Freeland"), Lat: ptr(34.4), Lon: ptr(70.4), Perpetrator: ptr("Ridge Front"),
			Kind: model.KindArmedAssault, Killed: model.Exact(12), DateText: "8 March 2022",
			Evidence: ev(t, "killing 12 soldiers")}},
		Relations: []model.ExtractedRelation{
			{Subject: "Omar Kessel", Predicate: model.RelLeaderOf, Object: "Ridge Front", Evidence: ev(t, "led by Omar Kessel")},
			{Subject: "Ridge Front", Predicate: model.RelBasedIn, Object: "Haran Province", Evidence: ev(t, "based in Haran")}},
		Estimates: []model.ExtractedEstimate{{Subject: "Ridge Front", Property: "fighters", Min: ptr(2000.0),
			Max: ptr(2000.0), Approx: true, AsOf: model.MonthDate(2022, 3), Evidence: ev(t, "2,000 fighters")}},
	}
}

func extractionB(d *model.Document) *model.Extraction {
	t := d.Text
	valetown := ent("Valetown", model.TypeLocation)
	valetown.Country, valetown.Lat, valetown.Lon = "Freeland", ptr(34.4), ptr(70.4)
	return &model.Extraction{Document: d.Name, Published: d.Published,
		Entities: []model.ExtractedEntity{ent("Ridge Front", model.TypeArmedGroup, "RF"),
			ent("Coastal Brigade", model.TypeArmedGroup), valetown},
		Events: []model.ExtractedEvent{{Date: model.DayDate(2022, 3, 8), Location: ptr("Valetown"),
			Country: ptr("Freeland"), Lat: ptr(34.4), Lon: ptr(70.4), Perpetrator: ptr("Ridge Front"),
			Kind: model.KindArmedAssault, Killed: &model.Range{Min: ptr(20.0)}, DateText: "8 March",
			Evidence: ev(t, "At least 20 people")}},
		Relations: []model.ExtractedRelation{{Subject: "Ridge Front", Predicate: model.RelRivalOf,
			Object: "Coastal Brigade", Evidence: ev(t, "rival of the Coastal")}},
	}
}
