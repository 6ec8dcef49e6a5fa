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
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "dev"
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
