package extract

import (
	"strings"
	"testing"

	"dossier/internal/model"
)

// entityByName finds the extracted entity with the given name or alias.
func entityByName(x *model.Extraction, name string) *model.ExtractedEntity {
	for i, e := range x.Entities {
		if strings.EqualFold(e.Name, name) {
			return &x.Entities[i]
		}
		for _, a := range e.Aliases {
			if strings.EqualFold(a, name) {
				return &x.Entities[i]
			}
		}
	}
	return nil
}

func extractText(text string) *model.Extraction {
	return Extract(&model.Document{Name: "t.txt", Text: text, Published: model.DayDate(2022, 3, 4)}, Options{})
}

func TestRecognizeAcronymDefinitions(t *testing.T) {
	tests := []struct {
		text, name, alias, typ string
	}{
		{"Fighters of the Mountain Lions Brigade (MLB) raided a village. Later MLB withdrew.", "Mountain Lions Brigade", "MLB", "armed_group"},
		{"The report came from the Centre for Quiet Studies (CQS) in Oslo.", "Centre for Quiet Studies", "CQS", "organization"},
		{"ZRF - Zagros Resistance Front - said it would fight on.", "Zagros Resistance Front", "ZRF", "armed_group"},
		{"The outfit, widely known as Black Banner, BB or Al-Raya Brigade, spread quickly.", "Al-Raya Brigade", "BB", "armed_group"},
	}
	for _, tt := range tests {
		x := extractText(tt.text)
		e := entityByName(x, tt.alias)
		if e == nil {
			t.Errorf("%q: no entity with alias %q; got %d entities", tt.text, tt.alias, len(x.Entities))
			continue
		}
		if e.Name != tt.name || e.Type != tt.typ {
			t.Errorf("%q: got %q (%s), want %q (%s)", tt.text, e.Name, e.Type, tt.name, tt.typ)
		}
	}
}

func TestRecognizePeople(t *testing.T) {
	text := "By Rosa Quintero Lamb\n\nDr. Tomas Elvenhart, a security analyst, says the talks failed. " +
		"Commander Idris bin Hamdan led the raid. Nadia Orlov and Piet Vance are researchers at the " +
		"Harbour Institute. Later Elvenhart said more. Hamdan escaped."
	x := extractText(text)
	for _, want := range []string{"Rosa Quintero Lamb", "Tomas Elvenhart", "Idris bin Hamdan", "Nadia Orlov", "Piet Vance"} {
		e := entityByName(x, want)
		if e == nil || e.Type != "person" || e.Name != want {
			t.Errorf("person %q: got %+v", want, e)
		}
	}
	if e := entityByName(x, "Elvenhart"); e == nil || e.Name != "Tomas Elvenhart" {
		t.Errorf("short form Elvenhart not clustered: %+v", e)
	}
	if e := entityByName(x, "Harbour Institute"); e == nil || e.Type != "organization" {
		t.Errorf("Harbour Institute: got %+v", e)
	}
}

func TestRecognizeOrganisationsByHead(t *testing.T) {
	text := "Analysts at the University of Lisbon link the attack to the Dorran network. " +
		"The Ministry of Water denied it; the Red Crescent Society helped."
	x := extractText(text)
	for _, c := range []struct{ name, typ string }{
		{"University of Lisbon", "organization"}, {"Dorran network", "armed_group"},
		{"Ministry of Water", "organization"}, {"Red Crescent Society", "organization"},
	} {
		e := entityByName(x, c.name)
		if e == nil || e.Type != c.typ {
			t.Errorf("%s: got %+v", c.name, e)
		}
	}
}

func TestGenericReferencesAreNotAliases(t *testing.T) {
	text := "The Zagros Resistance Front (ZRF) attacked a depot. The group said the militia would return."
	x := extractText(text)
	e := entityByName(x, "ZRF")
	if e == nil {
		t.Fatalf("no ZRF entity: %+v", x.Entities)
	}
	for _, a := range e.Aliases {
		if strings.HasPrefix(strings.ToLower(a), "the ") {
			t.Errorf("generic reference %q listed as alias", a)
		}
	}
}

func TestBadInputNeverCrashes(t *testing.T) {
	inputs := map[string]string{
		"empty":      "",
		"spaces":     "   \n\n\t ",
		"long line":  strings.Repeat("Word Another (ABC) said the group in Kabul ", 250000),
		"quotes":     "\"The group (ABC said “it will ‘never stop",
		"non-latin":  "Это не английский текст. هذا نص عربي. 这是中文。",
		"binaryish":  "\x00\x01\xff\xfe (X) - - ( )",
		"only punct": "((((- - - ))))....,,,,",
	}
	for name, text := range inputs {
		x := Extract(&model.Document{Name: name, Text: text}, Options{})
		if x == nil || x.Entities == nil || x.Events == nil || x.Relations == nil || x.Estimates == nil {
			t.Errorf("%s: result has a nil section", name)
		}
	}
}
