package main

import (
	"bytes"
	"fmt"
	"strings"
	"syscall"
	"testing"
	"time"
)

// Ctrl-C while `vidoc parse` works through a long input stops it there:
// exit 1, "interrupted", and no half-made document on stdout. The parse
// of these 8 MB takes seconds; reading them from the pipe, milliseconds,
// so the signal sent half a second after they are all written arrives
// during the parse (before, it was noticed only when the parse had ended,
// and the whole document was printed). On a machine so loaded that the
// reading takes longer, the signal comes before the parse, and the test
// still holds, only proving less.
func TestParseInterruptedMidway(t *testing.T) {
	if testing.Short() {
		t.Skip("parses 8 MB")
	}
	var b strings.Builder
	b.WriteString("BỘ THỬ NGHIỆM\nSố: 7/QĐ-BTN\nHà Nội, ngày 2 tháng 3 năm 2021\nQUYẾT ĐỊNH\nVề việc thử\n\n")
	for i := 1; b.Len() < 8<<20; i++ {
		fmt.Fprintf(&b, "Điều %d. Phạm vi thứ %d\n1. Căn cứ Nghị định số %d/2019/NĐ-CP ngày 4/5/2019 của Chính phủ.\n\n", i, i, i)
	}
	cmd := vidocCommand(buildVidoc(t), "parse", "-")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	in, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	if _, err := in.Write([]byte(b.String())); err != nil {
		t.Fatal(err)
	}
	in.Close()
	time.Sleep(500 * time.Millisecond)
	if err := cmd.Process.Signal(syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	err = cmd.Wait()
	if code := exitCodeOf(t, err, stderr.Bytes()); code != ExitFatal || !strings.Contains(stderr.String(), "interrupted") {
		t.Fatalf("exit %d, want %d and 'interrupted':\n%s", code, ExitFatal, stderr.String())
	}
	if stdout.Len() != 0 {
		t.Errorf("an interrupted parse printed %d bytes", stdout.Len())
	}
}
