package main

import (
	"fmt"
	"runtime/debug"

	"github.com/spf13/cobra"

	"github.com/vidoc/vidoc/dictionaries"
	"github.com/vidoc/vidoc/internal/lm"
	"github.com/vidoc/vidoc/internal/repair"
	"github.com/vidoc/vidoc/internal/structure"
)

// version is set at build time with -ldflags "-X main.version=…"; otherwise
// the module's build information is used.
var version = ""

func vidocVersion() string {
	if version != "" {
		return version
	}
	bi, _ := debug.ReadBuildInfo()
	return buildVersion(bi)
}

// buildVersion names a build: the module version `go build` stamps, which
// for a binary built from a git checkout is a pseudo-version ending in the
// commit (v0.0.0-20261206205143-a763936b7910, "+dirty" with uncommitted
// changes); else the VCS revision alone ("-modified" likewise), as older Go
// stamped it; else "dev" (no VCS information: `go test`, -buildvcs=false,
// a git worktree). The scan manifest records it, so that outputs of another
// build are redone.
func buildVersion(bi *debug.BuildInfo) string {
	if bi == nil {
		return "dev"
	}
	if bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	var rev string
	modified := false
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			modified = s.Value == "true"
		}
	}
	if rev == "" {
		return "dev"
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if modified {
		rev += "-modified"
	}
	return rev
}

func newVersionCommand(gopts *GlobalOptions) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print vidoc's version and the versions of its data",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			// The data versions matter as much as the code's: a new model
			// changes the text vidoc writes.
			w := cmd.OutOrStdout()
			fmt.Fprintf(w, "vidoc %s\n", vidocVersion())
			fmt.Fprintf(w, "lexicon %s\n", dictionaries.LexiconVersion)
			fmt.Fprintf(w, "language model %s\n", lm.DataVersion())
			fmt.Fprintf(w, "error model %s\n", repair.ErrorModelVersion())
			fmt.Fprintf(w, "structure schema %s\n", structure.SchemaVersion)
			_, err := fmt.Fprintf(w, "structure parser %s\n", structure.ParserVersion)
			return err
		},
	}
}
