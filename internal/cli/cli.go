// Package cli implements the dossier subcommands: one file per command,
// each with its own flag.FlagSet. Run returns an exit code and writes only
// to the writers it is given, so tests run commands in-process.
package cli

import (
	"context"
	"flag"
	"fmt"
	"io"
)

const usage = `dossier: a sourced knowledge base of armed groups from open-source reporting

Usage:
  dossier demo        ingest the bundled example corpus and serve it
  dossier ingest      ingest files, folders, URLs, feeds, JSONL or stdin
  dossier docs        list stored documents
  dossier show        print one document's text and metadata
  dossier extract     extract entities, events, relations and estimates (no database)
  dossier gazetteer   look names up in the built-in gazetteers
  dossier reprocess   re-run extraction over stored documents
  dossier profile     print a group's sourced profile
  dossier export      export the knowledge base
  dossier source      list sources and set reliability grades
  dossier entity      curate entities (merge, split, alias add/remove)
  dossier claim       accept or reject claims
  dossier undo        undo a curation action
  dossier serve       serve the web UI and JSON API

Run "dossier COMMAND -h" for a command's flags.
`

// Env is what a command may touch besides its arguments.
type Env struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
}

// Run runs the subcommand named by args[0] and returns its exit code:
// 0 success, 1 failure, 2 usage error.
func Run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	env := &Env{Stdin: stdin, Stdout: stdout, Stderr: stderr}
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "demo":
		return runDemo(ctx, env, rest)
	case "ingest":
		return runIngest(ctx, env, rest)
	case "docs":
		return runDocs(ctx, env, rest)
	case "show":
		return runShow(ctx, env, rest)
	case "extract":
		return runExtract(ctx, env, rest)
	case "gazetteer":
		return runGazetteer(ctx, env, rest)
	case "reprocess":
		return runReprocess(ctx, env, rest)
	case "profile":
		return runProfile(ctx, env, rest)
	case "export":
		return runExport(ctx, env, rest)
	case "source":
		return runSource(ctx, env, rest)
	case "entity":
		return runEntity(ctx, env, rest)
	case "claim":
		return runClaim(ctx, env, rest)
	case "undo":
		return runUndo(ctx, env, rest)
	case "serve":
		return runServe(ctx, env, rest)
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	}
	fmt.Fprintf(stderr, "dossier: unknown command %q\n\n%s", cmd, usage)
	return 2
}

// notYet reports a command that this build does not implement yet.
func notYet(env *Env, name string) int {
	fmt.Fprintf(env.Stderr, "dossier %s: not implemented in this build\n", name)
	return 1
}

// newFlagSet returns a command's flag set: errors and -h print usage and
// the flags to env.Stderr.
func newFlagSet(env *Env, name, usage string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	fs.Usage = func() { fmt.Fprint(env.Stderr, usage); fs.PrintDefaults() }
	return fs
}

// curationFlags registers --who and --why, recorded with a curation
// decision.
func curationFlags(fs *flag.FlagSet) (who, why *string) {
	who = fs.String("who", "", "who decides (default $USER)")
	why = fs.String("why", "", "the reason, recorded with the decision")
	return who, why
}
