package kb

import (
	"bytes"
	"strings"
	"testing"

	"dossier/internal/model"
)

func TestRejectedClaimStaysVisible(t *testing.T) {
	in := input(fixtures())
	var target string
	for _, c := range in.Claims {
		if c.Event != nil && c.Doc == "d2" {
			target = c.ID
		}
	}
	k := Build(input(fixtures(), Action{ID: 1, Kind: ActReject, Target: target}))
	if len(k.Rejected) != 1 || k.Rejected[0].ID != target {
		t.Fatalf("rejected = %+v, want the b.html event claim", k.Rejected)
	}
	for _, e := range k.Events {
		for _, r := range e.Reports {
			if r.Claim == target {
				t.Error("a rejected claim still contributes a report")
			}
		}
	}
	// undoing the rejection brings it back
	k = Build(input(fixtures(), Action{ID: 1, Kind: ActReject, Target: target, Undone: true}))
	if len(k.Rejected) != 0 {
		t.Errorf("undone rejection still applied: %+v", k.Rejected)
	}
}

func TestMergeSplitAlias(t *testing.T) {
	k := Build(input(fixtures(), Action{ID: 1, Kind: ActMerge, Target: "Omar Example", Arg: "Example"}))
	omar := findEntity(t, k, "Omar Example")
	if len(omar.Documents) != 3 {
		t.Errorf("merge: Omar Example documents = %v, want 3", omar.Documents)
	}
	k = Build(input(fixtures(), Action{ID: 1, Kind: ActSplit, Target: "Northern Liberation Front", Arg: "N.L.F."}))
	var docs []string
	for _, e := range k.Entities {
		if e.Name == "Northern Liberation Front" {
			docs = append(docs, strings.Join(e.Documents, ","))
		}
	}
	if strings.Join(docs, " ") != "d1,d2 d3" {
		t.Errorf("split: NLF entities cover %v, want [d1,d2 d3]", docs)
	}
	k = Build(input(fixtures(),
		Action{ID: 1, Kind: ActAliasAdd, Target: "NLF", Arg: "Front of the North"},
		Action{ID: 2, Kind: ActAliasRemove, Target: "NLF", Arg: "N.L.F."}))
	nlf := findEntity(t, k, "Northern Liberation Front")
	var added, removed bool
	for _, a := range nlf.Aliases {
		added = added || a.Text == "Front of the North" && a.Curated
		removed = removed || a.Text == "N.L.F." && a.Removed
	}
	if !added || !removed {
		t.Errorf("alias edits not applied: %+v", nlf.Aliases)
	}
	for _, x := range k.Export().Entities {
		for _, a := range x.Aliases {
			if a == "N.L.F." {
				t.Error("a removed alias is exported")
			}
		}
	}
}

func TestSourceGradeRaisesCredibility(t *testing.T) {
	k := Build(input(fixtures()))
	if got := k.Relations[0].Credibility; got != 6 {
		t.Errorf("single ungraded source: credibility %d, want 6", got)
	}
	if got := k.Series[0].Points[0].Credibility; got != 4 {
		t.Errorf("estimate contradicted by one source: credibility %d, want 4", got)
	}
	grade := Action{ID: 1, Kind: ActGrade, Target: "Daily Ledger", Arg: "b"}
	k = Build(input(fixtures(), grade))
	if k.Grade("Daily Ledger") != "B" || k.Relations[0].Credibility != 2 {
		t.Errorf("grade B: grade %s credibility %d, want B and 2", k.Grade("Daily Ledger"), k.Relations[0].Credibility)
	}
	grade.Undone = true
	if k = Build(input(fixtures(), grade)); k.Grade("Daily Ledger") != "F" {
		t.Errorf("undone grade still applied")
	}
}

func TestProfileEveryNumberSourced(t *testing.T) {
	k := Build(input(fixtures()))
	e, err := k.Find("NLF")
	if err != nil {
		t.Fatal(err)
	}
	p, err := k.Profile(e.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Leaders) != 1 || len(p.Areas) != 1 || len(p.Events) != 2 || len(p.Strength) != 1 {
		t.Fatalf("profile sections: leaders %d areas %d events %d strength %d",
			len(p.Leaders), len(p.Areas), len(p.Events), len(p.Strength))
	}
	for _, format := range []string{"text", "markdown"} {
		var buf bytes.Buffer
		if err := WriteProfile(&buf, p, format); err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		if i := strings.Index(out, "["); i < 0 || !strings.HasPrefix(out[i:], "[1]") {
			t.Errorf("%s profile does not cite [1] first", format)
		}
		for _, want := range []string{"Northern Liberation Front", "25–40+ [", "~2,000 as of 2022 [", "Omar Example", "contradiction on killed"} {
			if !strings.Contains(out, want) {
				t.Errorf("%s profile lacks %q:\n%s", format, want, out)
			}
		}
	}
	if _, err := k.Find("Nobody At All"); err == nil {
		t.Error("Find of an unknown name succeeded")
	}
}

func TestProfileMarksRivalAlsoCalledAlly(t *testing.T) {
	fs := fixtures()
	fs[0].x.Relations = append(fs[0].x.Relations, model.ExtractedRelation{Subject: "NLF", Predicate: "rival_of",
		Object: "Omar Example", Evidence: ev("The NLF fights Omar Example.")})
	fs[2].x.Relations = append(fs[2].x.Relations, model.ExtractedRelation{Subject: "Omar Example",
		Predicate: "allied_with", Object: "Northern Liberation Front", Evidence: ev("Omar Example works with the group.")})
	k := Build(input(fs))
	e, _ := k.Find("NLF")
	p, err := k.Profile(e.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Rivals) != 1 || len(p.Allies) != 1 || p.Rivals[0].Disputed != "allies" || p.Allies[0].Disputed != "rivals" {
		t.Errorf("rival/ally disagreement not marked: rivals %+v allies %+v", p.Rivals, p.Allies)
	}
}
