package kb

import (
	"bytes"
	"math/rand"
	"testing"

	"dossier/internal/model"
)

func findEntity(t *testing.T, k *KB, name string) *Entity {
	t.Helper()
	var found *Entity
	for _, e := range k.Entities {
		if e.Name == name {
			if found != nil {
				t.Fatalf("two entities named %q", name)
			}
			found = e
		}
	}
	if found == nil {
		t.Fatalf("no entity %q in %v", name, names(k))
	}
	return found
}

func names(k *KB) []string {
	var out []string
	for _, e := range k.Entities {
		out = append(out, e.Name)
	}
	return out
}

func hasAlias(e *Entity, text string, docs int) bool {
	for _, a := range e.Aliases {
		if a.Text == text && len(a.Documents) == docs && !a.Removed {
			return true
		}
	}
	return false
}

func TestEntityResolution(t *testing.T) {
	k := Build(input(fixtures()))
	nlf := findEntity(t, k, "Northern Liberation Front")
	if len(nlf.Documents) != 3 {
		t.Errorf("NLF documents = %v, want 3", nlf.Documents)
	}
	if !hasAlias(nlf, "NLF", 2) || !hasAlias(nlf, "N.L.F.", 1) {
		t.Errorf("NLF aliases = %+v", nlf.Aliases)
	}
	// the full name merges across documents; the bare surname stays apart
	omar := findEntity(t, k, "Omar Example")
	if len(omar.Documents) != 2 {
		t.Errorf("Omar Example documents = %v, want d1 and d3", omar.Documents)
	}
	lone := findEntity(t, k, "Example")
	if lone == omar {
		t.Error("a lone surname merged with a full name")
	}
	if got := findEntity(t, k, "Riverton"); got.ID != "geo:1" || len(got.Documents) != 2 {
		t.Errorf("Riverton = %+v", got)
	}
}

func TestDifferentRefsNeverMerge(t *testing.T) {
	fs := fixtures()
	fs[1].x.Entities[0].Ref = "grp:other"
	fs[0].x.Entities[0].Ref = "grp:nlf"
	k := Build(input(fs))
	n := 0
	for _, e := range k.Entities {
		if e.Type == "armed_group" {
			n++
		}
	}
	if n != 2 {
		t.Errorf("got %d armed groups, want 2 (refs differ): %v", n, names(k))
	}
}

func TestIncidents(t *testing.T) {
	k := Build(input(fixtures()))
	var bridge *Event
	for _, e := range k.Events {
		for _, r := range e.Reports {
			if r.Document == "a.txt" && r.Kind == "bombing" {
				bridge = e
			}
		}
	}
	if bridge == nil {
		t.Fatal("bridge bombing not found")
	}
	docs := map[string]bool{}
	for _, r := range bridge.Reports {
		docs[r.Document] = true
	}
	if !docs["a.txt"] || !docs["b.html"] || !docs["c.txt"] || len(bridge.Reports) != 3 {
		t.Errorf("bridge reports from %v, want a, b and c", docs)
	}
	if bridge.Date.String() != "2022-03-09" || bridge.Kind != "suicide_bombing" || bridge.Location != "Riverton Bridge" {
		t.Errorf("bridge event = %s %s %s", bridge.Date, bridge.Kind, bridge.Location)
	}
	if !hasConflict(bridge, "killed", ConflictContradiction) {
		t.Errorf("killed 40+ vs 25 not a contradiction: %+v", bridge.Conflicts)
	}
	if hasConflict(bridge, "date", "") {
		t.Errorf("compatible dates flagged: %+v", bridge.Conflicts)
	}
	if len(k.Events) != 2 {
		t.Errorf("got %d events, want 2 (bridge, market)", len(k.Events))
	}
}

func hasConflict(e *Event, field, typ string) bool {
	for _, c := range e.Conflicts {
		if c.Field == field && (typ == "" || c.Type == typ) {
			return true
		}
	}
	return false
}

func TestUndatedReportNeedsPerpetrator(t *testing.T) {
	fs := fixtures()
	fs[2].x.Events[0].Perpetrator = nil
	fs[2].x.Events[1].Perpetrator = nil
	k := Build(input(fs))
	if len(k.Events) != 4 {
		t.Errorf("got %d events, want 4: undated reports without perpetrator must stay apart", len(k.Events))
	}
}

func TestSeriesAndConflicts(t *testing.T) {
	k := Build(input(fixtures()))
	if len(k.Series) != 1 || len(k.Series[0].Points) != 2 {
		t.Fatalf("series = %+v", k.Series)
	}
	if len(k.Series[0].Conflicts) != 1 {
		t.Errorf("~2,000 vs 500–800 in 2022 not flagged: %+v", k.Series[0].Conflicts)
	}
}

func TestRelations(t *testing.T) {
	k := Build(input(fixtures()))
	if len(k.Relations) != 2 {
		t.Fatalf("relations = %+v", k.Relations)
	}
	nlf := findEntity(t, k, "Northern Liberation Front")
	for _, r := range k.Relations {
		if r.Predicate == "leader_of" && r.Object != nlf.ID {
			t.Errorf("leader_of object %s, want %s", r.Object, nlf.ID)
		}
	}
}

func TestOrderIndependence(t *testing.T) {
	want := exportOf(t, Build(input(fixtures())))
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 30; i++ {
		in := input(fixtures())
		rng.Shuffle(len(in.Docs), func(a, b int) { in.Docs[a], in.Docs[b] = in.Docs[b], in.Docs[a] })
		rng.Shuffle(len(in.Claims), func(a, b int) { in.Claims[a], in.Claims[b] = in.Claims[b], in.Claims[a] })
		if got := exportOf(t, Build(in)); got != want {
			t.Fatalf("permutation %d changed the KB:\n%s\nwant:\n%s", i, got, want)
		}
	}
}

func exportOf(t *testing.T, k *KB) string {
	t.Helper()
	var buf bytes.Buffer
	if err := k.WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestCredibility(t *testing.T) {
	for _, c := range []struct {
		n, m   int
		grades []string
		want   int
	}{
		{3, 0, nil, 1}, {2, 0, []string{"B", "F"}, 1}, {2, 0, []string{"F", "F"}, 2},
		{1, 0, []string{"A"}, 2}, {1, 0, []string{"C"}, 3}, {1, 0, []string{"F"}, 6},
		{2, 1, nil, 3}, {1, 1, nil, 4}, {1, 2, nil, 5},
	} {
		if got := Credibility(c.n, c.m, c.grades); got != c.want {
			t.Errorf("Credibility(%d, %d, %v) = %d, want %d", c.n, c.m, c.grades, got, c.want)
		}
	}
}

func TestDistinctTargetsStayApart(t *testing.T) {
	fs := fixtures()[:2]
	fs[1].x.Events[0].Evidence = ev("In March an NLF suicide bomber killed 25 at a girls' school in Riverton.")
	fs[0].x.Events[0].Evidence = ev("A bomb at the Riverton airport killed at least 40.")
	k := Build(input(fs))
	for _, e := range k.Events {
		if len(e.Reports) > 1 {
			t.Errorf("school and airport bombings merged: %+v", e.Reports)
		}
	}
	fs[0].x.Events[0].Evidence = ev("A bomb at a Riverton school killed at least 40.")
	k = Build(input(fs))
	if len(k.Events) != 2 {
		t.Errorf("got %d events, want the two school reports joined plus the market shooting", len(k.Events))
	}
}

func TestRetoldIncidentJoinsOnce(t *testing.T) {
	fs := fixtures()[:1]
	retold := fs[0].x.Events[0]
	retold.Evidence = ev("Caption: the bridge after Wednesday's bombing.")
	retold.Evidence.Start = 500
	retold.Killed = nil
	fs[0].x.Events = append(fs[0].x.Events, retold)
	k := Build(input(fs))
	if len(k.Events) != 2 {
		t.Errorf("got %d events, want the retold bridge bombing joined (2 events)", len(k.Events))
	}
	fs[0].x.Events[2].Evidence = ev("Another bomb went off in Riverton on Wednesday.")
	fs[0].x.Events[2].Evidence.Start = 600
	if k = Build(input(fs)); len(k.Events) != 3 {
		t.Errorf("got %d events, want a second same-day report without a shared target kept apart (3)", len(k.Events))
	}
}

func TestGuessedYearIsALowerBound(t *testing.T) {
	fs := fixtures()
	fs[1].doc.Published = model.Date{}
	fs[1].x.Events[0].Date = model.MonthDate(2021, 3) // year taken from a lower bound
	fs[1].x.Events[0].DateText = "In March"
	k := Build(input(fs))
	if len(k.Events) != 2 {
		t.Errorf("got %d events, want the guessed-year report joined to the March 2022 bombing", len(k.Events))
	}
	for _, e := range k.Events {
		if hasConflict(e, "date", "") {
			t.Errorf("a guessed year raised a date conflict: %+v", e.Conflicts)
		}
	}
	fs[1].x.Events[0].DateText = "In March 2021"
	if k = Build(input(fs)); len(k.Events) != 3 {
		t.Errorf("got %d events, want a report stating March 2021 kept apart from 2022 (3)", len(k.Events))
	}
}
