package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"dossier/internal/config"
	"dossier/internal/kb"
	"dossier/internal/kb/kbstore"
	"dossier/internal/model"
)

const profileUsage = `usage: dossier profile [--format text|markdown|json] [--db FILE] NAME

Prints the sourced brief on an entity (a name, alias or id such as
"ISIS-K", "Taliban" or "grp:iskp"): names and aliases, parent and
affiliates, rivals and allies, leaders, base and areas of operation,
strength series and events, each statement with numbered source
references and conflicts between sources marked.
`

// runProfile implements "dossier profile".
func runProfile(ctx context.Context, env *Env, args []string) int {
	cfg := config.Default(nil)
	fs := newFlagSet(env, "profile", profileUsage)
	addDBFlag(fs, &cfg)
	format := fs.String("format", "text", "output `format`: text, markdown or json")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() == 0 {
		fmt.Fprint(env.Stderr, "dossier profile: no NAME given\n\n"+profileUsage)
		return 2
	}
	switch *format {
	case "text", "markdown", "json":
	default:
		fmt.Fprintf(env.Stderr, "dossier profile: unknown --format %q (text, markdown or json)\n", *format)
		return 2
	}
	k, code := loadKB(ctx, env, "profile", cfg.DB)
	if k == nil {
		return code
	}
	name := strings.Join(fs.Args(), " ")
	e, err := k.Find(name)
	if err != nil {
		return fail(env, "profile", err)
	}
	p, err := k.Profile(e.ID)
	if err != nil {
		return fail(env, "profile", err)
	}
	if *format == "json" {
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		return exitOn(enc.Encode(p), env, "profile")
	}
	return exitOn(kb.WriteProfile(env.Stdout, p, *format), env, "profile")
}

// loadKB opens an existing database and builds its knowledge base; on
// failure it reports why and returns the exit code.
func loadKB(ctx context.Context, env *Env, cmd, db string) (*kb.KB, int) {
	st, code := openExistingStore(ctx, env, cmd, db)
	if st == nil {
		return nil, code
	}
	defer st.Close()
	k, err := kbstore.Build(ctx, st)
	if err != nil {
		return nil, fail(env, cmd, err)
	}
	return k, 0
}

// fail reports err for cmd and returns 1 (a not-found or invalid input is
// the user's, reported by its message alone).
func fail(env *Env, cmd string, err error) int {
	switch model.ErrorCode(err) {
	case model.ENOTFOUND, model.EINVALID, model.ECONFLICT:
		fmt.Fprintf(env.Stderr, "dossier %s: %s\n", cmd, model.ErrorMessage(err))
	default:
		fmt.Fprintf(env.Stderr, "dossier %s: %v\n", cmd, err)
	}
	return 1
}

// curator returns who takes a curation decision: --who, else $USER.
func curator(who string) string {
	if who != "" {
		return who
	}
	return os.Getenv("USER")
}
