package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// everyCommand lists root and all its subcommands.
func everyCommand(root *cobra.Command) []*cobra.Command {
	cmds := []*cobra.Command{root}
	for _, c := range root.Commands() {
		cmds = append(cmds, everyCommand(c)...)
	}
	return cmds
}

// TestBoolFlagsTakeNoArgument: pflag prints a back-quoted word of a flag's
// usage as the name of its argument, so a switch whose text quotes a
// command ("as `vidoc fix` repairs them") read in --help as if it took
// one ("--repair vidoc fix").
func TestBoolFlagsTakeNoArgument(t *testing.T) {
	for _, c := range everyCommand(newRootCommand(&GlobalOptions{})) {
		c.Flags().VisitAll(func(f *pflag.Flag) {
			if f.Value.Type() != "bool" {
				return
			}
			if name, _ := pflag.UnquoteUsage(f); name != "" {
				t.Errorf("%s --%s: --help shows it taking an argument %q", c.CommandPath(), f.Name, name)
			}
		})
	}
}

// TestArgumentCountErrorsSayWhatToGive: a command given too few or too
// many arguments names itself and its usage line, not cobra's bare
// "requires at least 1 arg(s)", and a flag it lacks names it and its
// --help; both exit 2.
func TestArgumentCountErrorsSayWhatToGive(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"ocr"}, "vidoc ocr FILE..."},
		{[]string{"eval", "--truth", "t.txt"}, "vidoc eval --truth TRUTH HYP"},
		{[]string{"fix", "a.txt", "b.txt"}, "vidoc fix [FILE|-]"},
		{[]string{"scan", "--bogus"}, "scan: unknown flag: --bogus (see vidoc scan --help)"},
	} {
		root := newRootCommand(&GlobalOptions{})
		root.SetArgs(c.args)
		root.SetOut(&bytes.Buffer{})
		root.SetErr(&bytes.Buffer{})
		err := root.Execute()
		if err == nil || !isUsageError(err) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("vidoc %s: err = %v, want a usage error showing %q", strings.Join(c.args, " "), err, c.want)
		}
	}
}

// TestCommandLoggerLevels: the logger a command writes to its stderr with
// follows -v and -q as the default logger does (it ignored -v).
func TestCommandLoggerLevels(t *testing.T) {
	for _, c := range []struct {
		gopts       GlobalOptions
		debug, info bool
	}{
		{GlobalOptions{}, false, true},
		{GlobalOptions{Verbose: true}, true, true},
		{GlobalOptions{Quiet: true}, false, false},
	} {
		var buf bytes.Buffer
		log := cmdLogger(&c.gopts, &buf)
		log.Debug("d")
		log.Info("i")
		if got := strings.Contains(buf.String(), "msg=d"); got != c.debug {
			t.Errorf("%+v: debug written %v, want %v", c.gopts, got, c.debug)
		}
		if got := strings.Contains(buf.String(), "msg=i"); got != c.info {
			t.Errorf("%+v: info written %v, want %v", c.gopts, got, c.info)
		}
	}
}
