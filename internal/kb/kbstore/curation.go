package kbstore

import (
	"context"
	"fmt"
	"strings"

	"dossier/internal/kb"
	"dossier/internal/model"
	"dossier/internal/store"
)

// Request is an analyst's curation request before it is validated.
type Request struct {
	Kind   string // kb.ActMerge, ...
	Target string // entity (ID, name or alias), claim ID or source name
	Arg    string // second entity, surface form, alias or grade
	Who    string
	Why    string
}

// Act validates a curation request against the current KB, records it and
// refreshes the snapshot. It returns the recorded action.
func Act(ctx context.Context, st *store.Store, req Request) (*store.ActionRow, error) {
	k, err := Build(ctx, st)
	if err != nil {
		return nil, err
	}
	a := &store.ActionRow{Kind: req.Kind, Who: req.Who, Why: req.Why}
	if a.Who == "" {
		return nil, model.Errorf(model.EINVALID, "say who decides (--who NAME or the USER environment variable)")
	}
	switch req.Kind {
	case kb.ActMerge:
		err = resolveMerge(k, req, a)
	case kb.ActSplit, kb.ActAliasAdd, kb.ActAliasRemove:
		err = resolveEntityForm(k, req, a)
	case kb.ActAccept, kb.ActReject:
		err = resolveClaim(ctx, st, req, a)
	case kb.ActGrade:
		err = resolveGrade(k, req, a)
	default:
		err = model.Errorf(model.EINVALID, "unknown curation action %q", req.Kind)
	}
	if err != nil {
		return nil, err
	}
	if err := st.CreateAction(ctx, a); err != nil {
		return nil, err
	}
	if _, err := Refresh(ctx, st); err != nil {
		return a, err
	}
	return a, nil
}

// Undo records the undoing of action id and refreshes the snapshot.
func Undo(ctx context.Context, st *store.Store, id int64, who, why string) (*store.ActionRow, error) {
	if who == "" {
		return nil, model.Errorf(model.EINVALID, "say who decides (--who NAME or the USER environment variable)")
	}
	u := &store.ActionRow{Who: who, Why: why}
	if err := st.UndoAction(ctx, id, u); err != nil {
		return nil, err
	}
	if _, err := Refresh(ctx, st); err != nil {
		return u, err
	}
	return u, nil
}

func resolveMerge(k *kb.KB, req Request, a *store.ActionRow) error {
	x, err := k.Find(req.Target)
	if err != nil {
		return err
	}
	y, err := k.Find(req.Arg)
	if err != nil {
		return err
	}
	if x == y {
		return model.Errorf(model.EINVALID, "%q and %q are already one entity (%s)", req.Target, req.Arg, x.ID)
	}
	a.Target, a.Arg = x.ID, y.ID
	return nil
}

func resolveEntityForm(k *kb.KB, req Request, a *store.ActionRow) error {
	e, err := k.Find(req.Target)
	if err != nil {
		return err
	}
	form := strings.TrimSpace(req.Arg)
	if form == "" {
		return model.Errorf(model.EINVALID, "%s needs a surface form", req.Kind)
	}
	has := strings.EqualFold(e.Name, form)
	for _, al := range e.Aliases {
		has = has || strings.EqualFold(al.Text, form) || kb.Norm(al.Text) == kb.Norm(form)
	}
	switch {
	case req.Kind == kb.ActSplit && (!has || strings.EqualFold(e.Name, form) && len(e.Aliases) == 0):
		return model.Errorf(model.EINVALID, "%s (%s) has no surface form %q to split off", e.Name, e.ID, form)
	case req.Kind == kb.ActAliasRemove && !has:
		return model.Errorf(model.EINVALID, "%s (%s) has no alias %q", e.Name, e.ID, form)
	}
	a.Target, a.Arg = e.ID, form
	return nil
}

func resolveClaim(ctx context.Context, st *store.Store, req Request, a *store.ActionRow) error {
	c, err := st.FindClaimByID(ctx, strings.TrimSpace(req.Target))
	if err != nil {
		return err
	}
	a.Target = c.ID
	return nil
}

func resolveGrade(k *kb.KB, req Request, a *store.ActionRow) error {
	g := strings.ToUpper(strings.TrimSpace(req.Arg))
	if len(g) != 1 || g < "A" || g > "F" {
		return model.Errorf(model.EINVALID, "grade %q: want one of A B C D E F (A completely reliable … F cannot be judged)", req.Arg)
	}
	for _, s := range k.Sources {
		if strings.EqualFold(s.Name, req.Target) {
			a.Target, a.Arg = s.Name, g
			return nil
		}
	}
	var names []string
	for _, s := range k.Sources {
		names = append(names, s.Name)
	}
	return model.Errorf(model.ENOTFOUND, "no source %q; known sources: %s", req.Target, strings.Join(names, ", "))
}

// Describe returns a one-line account of a recorded action.
func Describe(a *store.ActionRow) string {
	s := fmt.Sprintf("action %d: %s %s", a.ID, a.Kind, a.Target)
	if a.Arg != "" {
		s += " " + a.Arg
	}
	return s + fmt.Sprintf(" by %s at %s", a.Who, a.At.Format("2006-01-02 15:04:05Z"))
}
