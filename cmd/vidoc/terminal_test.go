//go:build linux

package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"syscall"
	"testing"
	"unsafe"
)

// openTerminal opens a pseudo-terminal's follower end, a real terminal for
// isTerminal, or skips where the machine has none.
func openTerminal(t *testing.T) *os.File {
	t.Helper()
	leader, err := os.OpenFile("/dev/ptmx", os.O_RDWR, 0)
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	t.Cleanup(func() { leader.Close() })
	var unlock int32
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, leader.Fd(), syscall.TIOCSPTLCK, uintptr(unsafe.Pointer(&unlock))); e != 0 {
		t.Skipf("unlock pseudo-terminal: %v", e)
	}
	var n uint32
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, leader.Fd(), syscall.TIOCGPTN, uintptr(unsafe.Pointer(&n))); e != 0 {
		t.Skipf("pseudo-terminal number: %v", e)
	}
	follower, err := os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("open pseudo-terminal: %v", err)
	}
	t.Cleanup(func() { follower.Close() })
	// What reaches the terminal is read off, so that a write to it never
	// blocks on a full buffer.
	go io.Copy(io.Discard, leader)
	return follower
}

// TestOCRWritesNoPDFToATerminal: `vidoc ocr --format pdf scan.png` with
// stdout left on the terminal is refused before any OCR, saying to
// redirect it, rather than garbling the terminal with the PDF's bytes.
func TestOCRWritesNoPDFToATerminal(t *testing.T) {
	tty := openTerminal(t)
	if !isTerminal(tty) {
		t.Fatal("a pseudo-terminal is not a terminal to isTerminal")
	}
	opts := defaultOCROptions()
	opts.Format = "pdf"
	err := runOCR(context.Background(), opts, &GlobalOptions{}, []string{"../../testdata/pages/page1.png"}, nil, tty, &bytes.Buffer{})
	if err == nil || !isUsageError(err) || !strings.Contains(err.Error(), "redirect") {
		t.Errorf("err = %v, want a usage error saying to redirect", err)
	}
}
