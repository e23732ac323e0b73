package cli

import (
	"context"
	"fmt"

	"dossier/internal/config"
	"dossier/internal/kb"
	"dossier/internal/kb/kbstore"
)

const entityUsage = `usage: dossier entity [--db FILE] [--who NAME] [--why TEXT] COMMAND ...

  merge A B            A and B are one entity
  split ENTITY FORM    the documents that call ENTITY "FORM" mean another entity
  alias add ENTITY ALIAS
  alias remove ENTITY ALIAS

ENTITY is an id, name or alias. Each decision is recorded with who, when
and why, and "dossier undo N" reverts it; nothing is deleted.
`

// runEntity implements "dossier entity".
func runEntity(ctx context.Context, env *Env, args []string) int {
	cfg := config.Default(nil)
	fs := newFlagSet(env, "entity", entityUsage)
	addDBFlag(fs, &cfg)
	who, why := curationFlags(fs)
	if err := fs.Parse(args); err != nil {
		return 2
	}
	req, ok := entityRequest(fs.Args())
	if !ok {
		fmt.Fprint(env.Stderr, entityUsage)
		return 2
	}
	req.Who, req.Why = curator(*who), *why
	return curate(ctx, env, "entity", cfg.DB, req)
}

// entityRequest parses the positional arguments of "dossier entity".
func entityRequest(a []string) (kbstore.Request, bool) {
	switch {
	case len(a) == 3 && a[0] == "merge":
		return kbstore.Request{Kind: kb.ActMerge, Target: a[1], Arg: a[2]}, true
	case len(a) == 3 && a[0] == "split":
		return kbstore.Request{Kind: kb.ActSplit, Target: a[1], Arg: a[2]}, true
	case len(a) == 4 && a[0] == "alias" && a[1] == "add":
		return kbstore.Request{Kind: kb.ActAliasAdd, Target: a[2], Arg: a[3]}, true
	case len(a) == 4 && a[0] == "alias" && a[1] == "remove":
		return kbstore.Request{Kind: kb.ActAliasRemove, Target: a[2], Arg: a[3]}, true
	}
	return kbstore.Request{}, false
}
