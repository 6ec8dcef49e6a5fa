package main

import (
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"

	"github.com/spf13/cobra"
)

// Exit codes, listed in the root command's help.
const (
	ExitOK      = 0 // everything done
	ExitFatal   = 1 // nothing useful done: bad setup, unreadable input, interrupted
	ExitUsage   = 2 // wrong flags or arguments
	ExitPartial = 3 // some inputs failed, the rest were done
)

// ExitError carries a specific exit code up to main.
type ExitError struct {
	Code int
	Err  error
}

func (e *ExitError) Error() string {
	if e.Err == nil {
		return fmt.Sprintf("exit status %d", e.Code)
	}
	return e.Err.Error()
}

func (e *ExitError) Unwrap() error { return e.Err }

// usageError marks an error in the command line itself.
type usageError struct{ error }

func (e usageError) Unwrap() error { return e.error }

func isUsageError(err error) bool {
	var ue usageError
	return errors.As(err, &ue)
}

// markUsageErrors makes every error cobra itself finds in a command line a
// usageError, where it is made rather than by its text later: flag errors
// through the flag error function, argument count errors by wrapping each
// command's Args check, and an unknown verb in the root's RunE.
func markUsageErrors(root *cobra.Command) {
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return usageError{fmt.Errorf("%s: %w (see %s --help)", c.Name(), err, c.CommandPath())}
	})
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		if check := c.Args; check != nil {
			c.Args = func(c *cobra.Command, args []string) error {
				if err := check(c, args); err != nil {
					// cobra's "requires at least 1 arg(s)" says neither
					// which command nor what to give it.
					return usageError{fmt.Errorf("%s: %w (usage: %s)", c.Name(), err, c.UseLine())}
				}
				return nil
			}
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
	// Left to itself cobra reports an unknown verb with a plain error; the
	// root takes any arguments and refuses them here instead.
	root.Args = cobra.ArbitraryArgs
	root.RunE = func(c *cobra.Command, args []string) error {
		if len(args) == 0 {
			return c.Help()
		}
		msg := fmt.Sprintf("unknown command %q for %q", args[0], c.CommandPath())
		if s := c.SuggestionsFor(args[0]); len(s) > 0 {
			msg += "; did you mean " + strings.Join(s, " or ") + "?"
		}
		return usageError{errors.New(msg)}
	}
}

// GlobalOptions holds the flags every verb shares.
type GlobalOptions struct {
	Verbose bool
	Quiet   bool
}

// logLevel is the level the global flags ask for: -v debug, -q warnings.
func (g *GlobalOptions) logLevel() slog.Level {
	switch {
	case g == nil:
		return slog.LevelInfo
	case g.Verbose:
		return slog.LevelDebug
	case g.Quiet:
		return slog.LevelWarn
	}
	return slog.LevelInfo
}

// cmdLogger logs to a command's stderr (tests read it) at the level the
// global flags ask for.
func cmdLogger(gopts *GlobalOptions, stderr io.Writer) *slog.Logger {
	return slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: gopts.logLevel()}))
}

func newRootCommand(gopts *GlobalOptions) *cobra.Command {
	root := &cobra.Command{
		Use:   "vidoc",
		Short: "OCR, repair and structure scanned Vietnamese administrative documents",
		Long: `vidoc turns scanned Vietnamese administrative directives (kế hoạch, chỉ thị,
quyết định, công văn, nghị quyết…) into clean, correct, structured text.

Data goes to stdout, logs and progress to stderr.

Exit codes:
  0  everything done
  1  fatal error (nothing useful done, or interrupted)
  2  usage error (wrong flags or arguments)
  3  some inputs failed; the others were done`,
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRun: func(cmd *cobra.Command, args []string) {
			slog.SetDefault(cmdLogger(gopts, os.Stderr))
		},
	}
	root.PersistentFlags().BoolVarP(&gopts.Verbose, "verbose", "v", false, "log debug detail to stderr")
	root.PersistentFlags().BoolVarP(&gopts.Quiet, "quiet", "q", false, "log only warnings and errors")
	root.AddCommand(
		newOCRCommand(gopts),
		newFixCommand(gopts),
		newParseCommand(gopts),
		newScanCommand(gopts),
		newEvalCommand(gopts),
		newDictCommand(gopts),
		newVersionCommand(gopts),
	)
	markUsageErrors(root)
	return root
}
