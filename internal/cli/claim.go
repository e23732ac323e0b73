package cli

import (
	"context"
	"fmt"

	"dossier/internal/config"
	"dossier/internal/kb"
	"dossier/internal/kb/kbstore"
)

const claimUsage = `usage: dossier claim [--db FILE] [--who NAME] [--why TEXT] accept|reject CLAIM

A rejected claim stops contributing to the knowledge base but stays
visible (profiles list it); accepting confirms it (or reverses a
rejection). Claim ids appear in "dossier export" and "profile --format json".
`

// runClaim implements "dossier claim".
func runClaim(ctx context.Context, env *Env, args []string) int {
	cfg := config.Default(nil)
	fs := newFlagSet(env, "claim", claimUsage)
	addDBFlag(fs, &cfg)
	who, why := curationFlags(fs)
	if err := fs.Parse(args); err != nil {
		return 2
	}
	a := fs.Args()
	if len(a) != 2 || a[0] != "accept" && a[0] != "reject" {
		fmt.Fprint(env.Stderr, claimUsage)
		return 2
	}
	kind := kb.ActAccept
	if a[0] == "reject" {
		kind = kb.ActReject
	}
	return curate(ctx, env, "claim", cfg.DB, kbstore.Request{Kind: kind, Target: a[1], Who: curator(*who), Why: *why})
}
