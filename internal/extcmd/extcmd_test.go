package extcmd

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"
)

func TestRun(t *testing.T) {
	ctx := context.Background()
	out, err := Run(ctx, Cmd{Name: "sh", Package: "dash", Args: []string{"-c", "cat; echo done"}, Stdin: []byte("input ")})
	if err != nil || string(out) != "input done\n" {
		t.Errorf("stdin and stdout: %q, %v", out, err)
	}
	_, err = Run(ctx, Cmd{Name: "sh", Package: "dash", Args: []string{"-c", "echo 'bad file' >&2; exit 2"}})
	if err == nil || err.Error() != "sh: bad file" {
		t.Errorf("failure: %v, want stderr as the error", err)
	}
	out, err = Run(ctx, Cmd{Name: "sh", Package: "dash", Args: []string{"-c", "echo fixed; echo warning >&2; exit 3"}, WarnCodes: []int{3}})
	if err != nil || string(out) != "fixed\n" {
		t.Errorf("warning exit code: %q, %v", out, err)
	}
	_, err = Run(ctx, Cmd{Name: "vidoc-no-such-program", Package: "libtiff-tools"})
	// The machine's fault, which a batch stops on (batch.SetupError).
	var setup interface{ SetupProblem() }
	if err == nil || !strings.Contains(err.Error(), "install the Debian package libtiff-tools") || !errors.As(err, &setup) {
		t.Errorf("missing program: %v", err)
	}
	_, err = Run(ctx, Cmd{Name: "sleep", Package: "coreutils", Args: []string{"30"}, Timeout: 50 * time.Millisecond})
	if !errors.Is(err, ErrTimeout) || !strings.HasPrefix(err.Error(), "sleep: stopped") {
		t.Errorf("timeout: %v", err)
	}
	var warned string
	out, err = Run(ctx, Cmd{Name: "sh", Package: "dash", Args: []string{"-c", "echo page; echo 'Syntax Error: bad image' >&2"}, Warned: func(s string) { warned = s }})
	if err != nil || string(out) != "page\n" || warned != "Syntax Error: bad image" {
		t.Errorf("success with complaints: %q, %v, warned %q", out, err, warned)
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := Run(cancelled, Cmd{Name: "sleep", Package: "coreutils", Args: []string{"5"}}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
}
