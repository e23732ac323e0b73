package kbdata

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"dossier/internal/kb"
	"dossier/internal/model"
	"dossier/internal/web"
)

// opKinds maps the web's curation operations to kb action kinds.
var opKinds = map[string]string{
	web.OpMerge: kb.ActMerge, web.OpSplit: kb.ActSplit, web.OpAliasAdd: kb.ActAliasAdd,
	web.OpAliasRemove: kb.ActAliasRemove, web.OpAccept: kb.ActAccept, web.OpReject: kb.ActReject,
	web.OpGrade: kb.ActGrade,
}

// Curate checks that the target exists, records the action and lets the
// next read rebuild the KB with it.
func (d *Data) Curate(ctx context.Context, r web.CurationRequest) (*web.ActionView, error) {
	kind, ok := opKinds[r.Op]
	if !ok {
		return nil, model.Errorf(model.EINVALID, "unknown curation operation %q", r.Op)
	}
	x, err := d.current(ctx)
	if err != nil {
		return nil, err
	}
	if err := x.checkTarget(r); err != nil {
		return nil, err
	}
	a := kb.Action{Kind: kind, Target: r.Target, Arg: r.Value, Who: r.Who, Why: r.Reason}
	if r.Op == web.OpMerge {
		a.Arg = r.Other
	}
	if r.Op == web.OpGrade {
		a.Arg = strings.ToUpper(r.Value)
	}
	rec, err := d.store.RecordAction(ctx, a)
	if err != nil {
		return nil, fmt.Errorf("kbdata: record %s: %w", r.Op, err)
	}
	if err := d.sync(ctx); err != nil {
		return nil, err
	}
	v := actionView(rec, x)
	return &v, nil
}

// checkTarget refuses decisions about things the KB does not have.
func (x *index) checkTarget(r web.CurationRequest) error {
	switch r.Op {
	case web.OpAccept, web.OpReject:
		if x.claims[r.Target] == nil {
			return model.Errorf(model.ENOTFOUND, "no claim with id %q", r.Target)
		}
	case web.OpGrade:
		if x.docCount[r.Target] == 0 {
			return model.Errorf(model.ENOTFOUND, "no source named %q", r.Target)
		}
	default:
		if x.k.Entity(r.Target) == nil {
			return model.Errorf(model.ENOTFOUND, "no entity with id %q", r.Target)
		}
		if r.Op == web.OpMerge && x.k.Entity(r.Other) == nil {
			return model.Errorf(model.ENOTFOUND, "no entity with id %q to merge", r.Other)
		}
	}
	return nil
}

// Undo reverses a recorded action.
func (d *Data) Undo(ctx context.Context, id, reason string) error {
	n, err := strconv.ParseInt(id, 10, 64)
	if err != nil {
		return model.Errorf(model.EINVALID, "action id %q: want a number", id)
	}
	if err := d.store.UndoAction(ctx, n, "web", reason); err != nil {
		return fmt.Errorf("kbdata: undo %d: %w", n, err)
	}
	return d.sync(ctx)
}

// Actions lists recorded decisions, newest first.
func (d *Data) Actions(ctx context.Context, p web.Page) ([]web.ActionView, int, error) {
	x, err := d.current(ctx)
	if err != nil {
		return nil, 0, err
	}
	lo, hi := window(len(x.actions), p)
	out := make([]web.ActionView, 0, hi-lo)
	for _, a := range x.actions[lo:hi] {
		out = append(out, actionView(a, x))
	}
	return out, len(x.actions), nil
}

// actionView describes an action in words.
func actionView(a kb.Action, x *index) web.ActionView {
	name := func(id string) string {
		if e := x.k.Entity(id); e != nil {
			return e.Name + " (" + id + ")"
		}
		return id
	}
	var s string
	switch a.Kind {
	case kb.ActMerge:
		s = fmt.Sprintf("merged %s into %s", name(a.Arg), name(a.Target))
	case kb.ActSplit:
		s = fmt.Sprintf("split %q off %s", a.Arg, name(a.Target))
	case kb.ActAliasAdd:
		s = fmt.Sprintf("added alias %q to %s", a.Arg, name(a.Target))
	case kb.ActAliasRemove:
		s = fmt.Sprintf("removed alias %q from %s", a.Arg, name(a.Target))
	case kb.ActAccept, kb.ActReject:
		verb := strings.TrimPrefix(a.Kind, "claim.") + "ed"
		s = fmt.Sprintf("%s claim %s", verb, a.Target)
		if c := x.claims[a.Target]; c != nil {
			s += ": " + c.Summary()
		}
	case kb.ActGrade:
		s = fmt.Sprintf("graded source %s %s", a.Target, a.Arg)
	default:
		s = a.Kind + " " + a.Target
	}
	return web.ActionView{ID: strconv.FormatInt(a.ID, 10), Op: a.Kind, Summary: s, Reason: a.Why, Who: a.Who,
		At: a.At, Undone: a.Undone}
}
