// Package extcmd runs the command-line programs vidoc hands PDF work to
// (poppler-utils, qpdf, libtiff's tiff2pdf) as child processes: a
// malformed file can crash a process, not vidoc. It owns how they are
// found, fed and heard: stdout is the result, stderr the error text, a
// missing program names its Debian package.
package extcmd

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os/exec"
	"slices"
	"strings"
	"time"
)

// Cmd is one run of a program.
type Cmd struct {
	Name    string // the program, looked up in PATH
	Package string // the Debian package that installs it, for the error when it is missing
	Args    []string
	Stdin   []byte // nil: no input
	// WarnCodes are exit codes that mean success with warnings (qpdf's
	// 3): the warnings are logged at debug level and stdout returned.
	WarnCodes []int
	// Timeout, when above 0, stops the program after that long: a damaged
	// or hostile file can keep poppler busy for minutes (an image claiming
	// 10⁸ rows), and one file must not hold up a batch.
	Timeout time.Duration
	// Warned, when set, is called with the program's stderr when it
	// succeeded but complained (pdftoppm prints "Syntax Error" for an
	// image it could not decode and renders the page without it).
	Warned func(stderr string)
}

// ErrTimeout is a program stopped after its Cmd.Timeout.
var ErrTimeout = errors.New("stopped: took too long (the file is damaged or built to keep it busy)")

// MissingError is a program not installed: a fault of the machine, not of
// the file it was run for. SetupProblem marks it so (batch.SetupError):
// every file needing the program would fail alike, so a run stops on it.
type MissingError struct {
	Name    string
	Package string
}

func (e *MissingError) Error() string {
	return fmt.Sprintf("%s not found: install the Debian package %s", e.Name, e.Package)
}

// SetupProblem marks the error as the machine's (see batch.SetupError).
func (e *MissingError) SetupProblem() {}

// Run runs c and returns its stdout. A failure's error is "NAME: its
// stderr" (or the exit status when stderr is empty); a cancelled ctx
// returns ctx.Err().
func Run(ctx context.Context, c Cmd) ([]byte, error) {
	bin, err := exec.LookPath(c.Name)
	if err != nil {
		return nil, &MissingError{Name: c.Name, Package: c.Package}
	}
	var stdout, stderr bytes.Buffer
	run := ctx
	if c.Timeout > 0 {
		var cancel context.CancelFunc
		run, cancel = context.WithTimeout(ctx, c.Timeout)
		defer cancel()
	}
	cmd := exec.CommandContext(run, bin, c.Args...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if c.Stdin != nil {
		cmd.Stdin = bytes.NewReader(c.Stdin)
	}
	err = cmd.Run()
	msg := strings.TrimSpace(stderr.String())
	var exit *exec.ExitError
	switch {
	case err == nil:
		if msg != "" && c.Warned != nil {
			c.Warned(msg)
		}
	case ctx.Err() != nil:
		return nil, ctx.Err()
	case run.Err() != nil:
		return nil, fmt.Errorf("%s: %w after %s", c.Name, ErrTimeout, c.Timeout)
	case errors.As(err, &exit) && slices.Contains(c.WarnCodes, exit.ExitCode()):
		slog.Debug("warnings", "program", c.Name, "warnings", msg)
	default:
		if msg == "" {
			msg = err.Error()
		}
		return nil, fmt.Errorf("%s: %s", c.Name, msg)
	}
	return stdout.Bytes(), nil
}
