package kb

import (
	"testing"

	"dossier/internal/model"
)

// affiliations is a test gazetteer: ref "grp:coast" is a branch of
// "grp:front"; containment is never known.
type affiliations struct{}

func (affiliations) Contains(container, place string) bool { return false }
func (affiliations) AffiliateOf(group, parent string) bool {
	return group == "grp:coast" && parent == "grp:front"
}

// branchFixtures: one outlet blames the parent organisation, another its
// regional wing, a third an unrelated militia, all for a blast at the same
// harbour on the same day.
func branchFixtures(parent, wing model.ExtractedEntity) []fixture {
	harbour := model.ExtractedEntity{Name: "Port Selden", Type: model.TypeLocation, Ref: "geo:7", Country: "XA"}
	day := model.DayDate(2023, 5, 2)
	mk := func(id, name, src string, g model.ExtractedEntity, kind string) fixture {
		return fixture{Doc{ID: id, Name: name, Source: src, Published: model.DayDate(2023, 5, 3)},
			&model.Extraction{Document: name, Entities: []model.ExtractedEntity{g, harbour},
				Events: []model.ExtractedEvent{{Date: day, Location: str("Port Selden"), Country: str("XA"),
					Perpetrator: str(g.Name), Attribution: str("claimed"), Kind: kind, Killed: model.Exact(12),
					Evidence: ev("A blast at the harbour of Port Selden killed 12; " + g.Name + " claimed it.")}}}}
	}
	militia := model.ExtractedEntity{Name: "Hill Militia", Type: model.TypeArmedGroup, Ref: "grp:hill"}
	return []fixture{
		mk("p1", "p1.txt", "Harbour Times", parent, "bombing"),
		mk("p2", "p2.txt", "Coast Radio", wing, "suicide_bombing"),
		mk("p3", "p3.txt", "Hill Gazette", militia, "bombing"),
	}
}

func TestBranchAndParentPerpetratorsMerge(t *testing.T) {
	for _, tc := range []struct {
		name         string
		parent, wing model.ExtractedEntity
		places       Places
	}{
		{"by name", model.ExtractedEntity{Name: "Western Front", Type: model.TypeArmedGroup},
			model.ExtractedEntity{Name: "Western Front Coastal Wing", Type: model.TypeArmedGroup}, nil},
		{"by gazetteer", model.ExtractedEntity{Name: "Western Front", Type: model.TypeArmedGroup, Ref: "grp:front"},
			model.ExtractedEntity{Name: "Sea Lions", Type: model.TypeArmedGroup, Ref: "grp:coast"}, affiliations{}},
	} {
		in := input(branchFixtures(tc.parent, tc.wing))
		in.Places = tc.places
		k := Build(in)
		if len(k.Events) != 2 {
			t.Errorf("%s: got %d events, want 2 (front and wing together, militia apart)", tc.name, len(k.Events))
			continue
		}
		for _, e := range k.Events {
			if len(e.Reports) == 2 {
				if e.Perpetrator != tc.wing.Name {
					t.Errorf("%s: perpetrator %q, want the more specific %q", tc.name, e.Perpetrator, tc.wing.Name)
				}
				if !hasConflict(e, "perpetrator", ConflictDetail) {
					t.Errorf("%s: parent vs branch should be a conflict in detail: %+v", tc.name, e.Conflicts)
				}
			}
		}
	}
}

func TestGuessedYearRefinesStatedDate(t *testing.T) {
	fs := fixtures()
	fs[0].x.Events[0].Date = model.MonthDate(2022, 3) // a.txt: "in March 2022"
	fs[0].x.Events[0].DateText = "in March 2022"
	fs[1].doc.Published = model.Date{}
	fs[1].x.Events[0].Date = model.DayDate(2021, 3, 9) // b.html: "on 9 March", year a lower bound
	fs[1].x.Events[0].DateText = "on 9 March"
	k := Build(input(fs))
	for _, e := range k.Events {
		if e.Kind == "suicide_bombing" {
			if e.Date.String() != "2022-03-09" {
				t.Errorf("event date %s, want 2022-03-09 (stated year, guessed report's day); %d reports", e.Date, len(e.Reports))
			}
			return
		}
	}
	t.Errorf("bridge bombing not found in %d events", len(k.Events))
}
