package kbdata_test

import (
	"context"
	"testing"

	"dossier/internal/model"
	"dossier/internal/web"
	"dossier/internal/web/kbdata"
	"dossier/internal/web/webtest"
)

func TestFixtureViews(t *testing.T) {
	ctx := context.Background()
	d := kbdata.New(webtest.Store(), nil)
	p, err := d.Profile(ctx, "kb:grp:ridge-front")
	if err != nil {
		t.Fatal(err)
	}
	var leader, base bool
	for _, r := range p.Relations {
		leader = leader || (r.Predicate == model.RelLeaderOf && r.Inverse && r.Other.Name == "Omar Kessel")
	}
	for _, pl := range p.Places {
		base = base || (pl.Role == model.RelBasedIn && pl.Place.Name == "Haran Province" && pl.Lat != nil)
	}
	if !leader || !base {
		t.Errorf("profile: leader %v, base %v", leader, base)
	}
	if len(p.Events) != 1 || len(p.Events[0].Conflicts) == 0 || p.Events[0].Reports != 2 {
		t.Fatalf("profile events %+v", p.Events)
	}
	if len(p.Estimates) != 1 || len(p.Estimates[0].Points) != 1 || p.Estimates[0].Points[0].Evidence.DocID != webtest.DocA {
		t.Errorf("estimates %+v", p.Estimates)
	}
	cs, n, err := d.Conflicts(ctx, web.ConflictFilter{Field: "killed", Page: web.Page{Limit: 10}})
	if err != nil || n != 1 || len(cs[0].Values) != 2 {
		t.Fatalf("conflicts %+v, %d, %v", cs, n, err)
	}
	for _, v := range cs[0].Values {
		if len(v.Evidence) != 1 || v.Evidence[0].Text == "" {
			t.Errorf("conflict side %q without its evidence sentence", v.Value)
		}
	}
	doc, err := d.Document(ctx, webtest.DocA)
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]int{}
	for _, m := range doc.Mentions {
		names[doc.Doc.Text[m.Start:m.End]]++
	}
	if names["Ridge Front"] != 3 || names["RF"] != 1 || names["Omar Kessel"] != 1 {
		t.Errorf("mentions %v", names)
	}
}

func TestCurateChecksTargetsAndUndoes(t *testing.T) {
	ctx := context.Background()
	d := kbdata.New(webtest.Store(), nil)
	bad := []web.CurationRequest{
		{Op: web.OpAccept, Target: "no-such-claim", Reason: "r"},
		{Op: web.OpGrade, Target: "No Such Source", Value: "B", Reason: "r"},
		{Op: web.OpMerge, Target: "kb:grp:ridge-front", Other: "kb:grp:nothing", Reason: "r"},
	}
	for _, r := range bad {
		if _, err := d.Curate(ctx, r); model.ErrorCode(err) != model.ENOTFOUND {
			t.Errorf("%s %s: err %v, want not found", r.Op, r.Target, err)
		}
	}
	act, err := d.Curate(ctx, web.CurationRequest{Op: web.OpGrade, Target: "Daily Courier", Value: "b", Reason: "long record"})
	if err != nil {
		t.Fatal(err)
	}
	grade := func() string {
		srcs, _ := d.Sources(ctx)
		for _, s := range srcs {
			if s.Name == "Daily Courier" {
				return s.Grade
			}
		}
		return ""
	}
	if g := grade(); g != "B" {
		t.Errorf("grade after curation %q, want B", g)
	}
	if err := d.Undo(ctx, act.ID, "mistake"); err != nil {
		t.Fatal(err)
	}
	if g := grade(); g != "F" {
		t.Errorf("grade after undo %q, want F", g)
	}
	if err := d.Undo(ctx, act.ID, "again"); model.ErrorCode(err) != model.ECONFLICT {
		t.Errorf("second undo: %v, want conflict", err)
	}
}

func TestSearchSnippetParts(t *testing.T) {
	d := kbdata.New(webtest.Store(), nil)
	hits, n, err := d.SearchDocuments(context.Background(), "Coastal", web.Page{Limit: 5})
	if err != nil || n != 1 {
		t.Fatalf("search: %d hits, %v", n, err)
	}
	var marked string
	for _, p := range hits[0].Snippet {
		if p.Hit {
			marked += p.Text
		}
	}
	if marked != "Coastal" || hits[0].Title == "" {
		t.Errorf("hit %+v", hits[0])
	}
}
