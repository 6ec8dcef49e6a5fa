// Command vidoc turns scanned Vietnamese administrative documents into clean,
// correct, structured text: OCR, diacritic repair and document structure.
package main

import (
	"context"
	"errors"
	"fmt"
	"log"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	// Debian's libtesseract is built with OpenMP; with several OCR workers it
	// runs about 5x slower unless OMP_THREAD_LIMIT is set before the process
	// starts. Setting it from inside has no effect, so re-exec ourselves once.
	reexecWithThreadLimit()
	keepStderr()

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	// After the first Ctrl-C the work winds down cleanly; restoring the default
	// signal handling lets a second one end the process at once.
	go func() {
		<-ctx.Done()
		stop()
	}()

	var gopts GlobalOptions
	root := newRootCommand(&gopts)
	err := root.ExecuteContext(ctx)
	os.Exit(exitCode(ctx, err))
}

// exitCode is the one place where errors become process exit codes.
func exitCode(ctx context.Context, err error) int {
	if err == nil {
		return ExitOK
	}
	var ee *ExitError
	switch {
	case errors.As(err, &ee):
		if ee.Err != nil {
			slog.Error(ee.Err.Error())
		}
		return ee.Code
	case ctx.Err() != nil && errors.Is(err, context.Canceled):
		slog.Error("interrupted")
		return ExitFatal
	case isUsageError(err):
		fmt.Fprintln(os.Stderr, "vidoc:", err)
		return ExitUsage
	default:
		slog.Error(err.Error())
		return ExitFatal
	}
}

// fd2 holds the original os.Stderr once keepStderr has replaced it. It is
// never read: being referenced is its whole purpose (see keepStderr).
//
//lint:ignore U1000 referenced so that its finalizer never closes descriptor 2
var fd2 *os.File

// keepStderr points os.Stderr, and the log package that slog's default
// handler writes through, at a private duplicate of file descriptor 2.
// gosseract's Init points descriptor 2 itself at /dev/null while a language
// model loads, and with several workers one of them is often loading: log
// lines and progress events written meanwhile were lost (issue 15 case 7).
// The duplicate is close-on-exec, so poppler's programs never inherit it;
// Tesseract's own messages still go to descriptor 2. When descriptor 2 is
// not open there is nothing to keep, and os.Stderr stays as it is.
//
// The *os.File of descriptor 2 itself is kept in fd2: unreferenced, its
// finalizer would close descriptor 2, and the next file opened would get
// that number and be swapped for /dev/null by gosseract's next Init.
func keepStderr() {
	// No other goroutine runs exec yet, so setting close-on-exec after the
	// dup leaves no window for a child to inherit the descriptor.
	fd, err := syscall.Dup(2)
	if err != nil {
		return
	}
	syscall.CloseOnExec(fd)
	fd2 = os.Stderr
	os.Stderr = os.NewFile(uintptr(fd), "/dev/stderr")
	log.SetOutput(os.Stderr)
}

// reexecWithThreadLimit restarts the binary with OMP_THREAD_LIMIT=1 when the
// variable is unset. It never returns on success; on failure vidoc goes on
// with OpenMP's default, which is only slower.
func reexecWithThreadLimit() {
	if _, ok := os.LookupEnv("OMP_THREAD_LIMIT"); ok {
		return
	}
	exe, err := os.Executable()
	if err != nil {
		return
	}
	env := append(os.Environ(), "OMP_THREAD_LIMIT=1")
	_ = syscall.Exec(exe, os.Args, env)
}
