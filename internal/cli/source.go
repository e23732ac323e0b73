package cli

import (
	"context"
	"fmt"
	"text/tabwriter"

	"dossier/internal/config"
	"dossier/internal/kb"
	"dossier/internal/kb/kbstore"
)

const sourceUsage = `usage: dossier source [--db FILE] list
       dossier source [--db FILE] [--who NAME] [--why TEXT] grade SOURCE GRADE

Lists sources (publishers) with their Admiralty reliability grade, or sets
a grade: A completely reliable, B usually reliable, C fairly reliable,
D not usually reliable, E unreliable, F cannot be judged (the default).
A grade is a recorded curation action ("dossier undo N" reverts it).
`

// runSource implements "dossier source".
func runSource(ctx context.Context, env *Env, args []string) int {
	cfg := config.Default(nil)
	fs := newFlagSet(env, "source", sourceUsage)
	addDBFlag(fs, &cfg)
	who, why := curationFlags(fs)
	if err := fs.Parse(args); err != nil {
		return 2
	}
	rest := fs.Args()
	switch {
	case len(rest) == 0 || rest[0] == "list" && len(rest) == 1:
		k, code := loadKB(ctx, env, "source", cfg.DB)
		if k == nil {
			return code
		}
		tw := tabwriter.NewWriter(env.Stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "GRADE\tDOCS\tSOURCE")
		for _, s := range k.Sources {
			fmt.Fprintf(tw, "%s\t%d\t%s\n", s.Grade, len(s.Documents), s.Name)
		}
		return exitOn(tw.Flush(), env, "source")
	case rest[0] == "grade" && len(rest) == 3:
		return curate(ctx, env, "source", cfg.DB, kbstore.Request{Kind: kb.ActGrade, Target: rest[1], Arg: rest[2],
			Who: curator(*who), Why: *why})
	}
	fmt.Fprint(env.Stderr, sourceUsage)
	return 2
}

// curate records one curation request and prints the action.
func curate(ctx context.Context, env *Env, cmd, db string, req kbstore.Request) int {
	st, code := openExistingStore(ctx, env, cmd, db)
	if st == nil {
		return code
	}
	defer st.Close()
	a, err := kbstore.Act(ctx, st, req)
	if err != nil {
		return fail(env, cmd, err)
	}
	fmt.Fprintf(env.Stdout, "recorded %s (undo with: dossier undo %d)\n", kbstore.Describe(a), a.ID)
	return 0
}
