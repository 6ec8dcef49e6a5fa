package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/vidoc/vidoc/internal/batch"
	"github.com/vidoc/vidoc/internal/output"
	"github.com/vidoc/vidoc/internal/render"
)

// runAsVidoc makes the test binary act as the vidoc command when the
// integration tests start it with this variable set: no separate build of
// the command (slow with cgo) is needed.
const runAsVidoc = "VIDOC_TEST_RUN_MAIN"

func TestMain(m *testing.M) {
	if os.Getenv(runAsVidoc) == "1" {
		main() // exits
	}
	os.Exit(m.Run())
}

// buildVidoc returns the path of a binary that runs vidoc's main: this
// test binary itself (see TestMain).
func buildVidoc(t *testing.T) string {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	return exe
}

func vidocCommand(bin string, args ...string) *exec.Cmd {
	cmd := exec.Command(bin, args...)
	cmd.Env = append(os.Environ(), "OMP_THREAD_LIMIT=1", runAsVidoc+"=1")
	return cmd
}

// outputTree maps the final files under dir (not manifests, not temporary
// files) to their content.
func outputTree(t *testing.T, dir string) (files map[string]string, temps int) {
	t.Helper()
	files = map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		if output.IsTemp(d.Name()) {
			temps++
			return nil
		}
		if strings.HasPrefix(d.Name(), batch.ManifestPrefix) {
			return nil
		}
		rel, _ := filepath.Rel(dir, p)
		files[filepath.ToSlash(rel)] = readFile(t, p)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files, temps
}

// runUntil starts vidoc with JSON progress and sends sig once an event of
// the given kind has been seen on stderr. It returns the exit error.
func runUntil(t *testing.T, cmd *exec.Cmd, event string, sig syscall.Signal) error {
	t.Helper()
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sent := false
	sc := bufio.NewScanner(stderr)
	for sc.Scan() {
		var ev struct{ Event string }
		if json.Unmarshal(sc.Bytes(), &ev) == nil && ev.Event == event && !sent {
			if err := cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			sent = true
		}
	}
	io.Copy(io.Discard, stderr)
	err = cmd.Wait()
	if !sent {
		t.Fatalf("no %q event before vidoc exited (%v)", event, err)
	}
	return err
}

// TestScanKilledAndResumedMatchesCleanRun kills vidoc with SIGKILL after its
// first document, runs it again, and expects the outputs of an
// uninterrupted run, byte for byte; a Ctrl-C (SIGINT) stops cleanly.
func TestScanKilledAndResumedMatchesCleanRun(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Tesseract on several pages")
	}
	bin := buildVidoc(t)
	in := filepath.Join(t.TempDir(), "scans")
	// Small pages keep the test short: a 3-page TIFF and a PNG, each page a
	// few lines of the committed test page.
	strips := stripPages(t, "../../testdata/pages/page1.png", 4)
	for _, d := range []string{"a", "b"} {
		if err := os.MkdirAll(filepath.Join(in, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := render.WriteTIFF(filepath.Join(in, "a", "ba trang.tiff"), strips[:3], 300, render.TIFFDeflate); err != nil {
		t.Fatal(err)
	}
	if err := render.WritePNG(filepath.Join(in, "b", "một trang.png"), strips[3], 300); err != nil {
		t.Fatal(err)
	}
	base := t.TempDir()
	clean, killed, stopped := filepath.Join(base, "clean"), filepath.Join(base, "killed"), filepath.Join(base, "stopped")

	if out, err := vidocCommand(bin, "scan", in, "-o", clean, "-j", "2", "--progress", "none").CombinedOutput(); err != nil {
		t.Fatalf("clean run: %v\n%s", err, out)
	}
	want, _ := outputTree(t, clean)
	if len(want) != 6 {
		t.Fatalf("clean run wrote %d files, want 6: %v", len(want), want)
	}

	// One worker: the kill then lands while the other document's page is
	// being read. With two, both documents can end within the moment it
	// takes the signal to follow the first one's event on a loaded machine,
	// and nothing is left to interrupt.
	err := runUntil(t, vidocCommand(bin, "scan", in, "-o", killed, "-j", "1", "--progress", "json"), "document", syscall.SIGKILL)
	var xe *exec.ExitError
	if !errors.As(err, &xe) || xe.Sys().(syscall.WaitStatus).Signal() != syscall.SIGKILL {
		t.Fatalf("killed run ended with %v, want death by SIGKILL", err)
	}
	partial, _ := outputTree(t, killed)
	if len(partial) == 0 || len(partial) >= len(want) {
		t.Fatalf("killed run left %d of %d files: not killed mid-way", len(partial), len(want))
	}
	for name, content := range partial {
		if content != want[name] {
			t.Errorf("after kill -9, %s differs from the clean run (half-written?)", name)
		}
	}

	out, err := vidocCommand(bin, "scan", in, "-o", killed, "-j", "1", "--progress", "none").CombinedOutput()
	if err != nil {
		t.Fatalf("resumed run: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "1 skipped") {
		t.Errorf("resumed run did not skip the finished document:\n%s", out)
	}
	got, temps := outputTree(t, killed)
	if temps != 0 {
		t.Errorf("%d temporary files left after the resumed run", temps)
	}
	if len(got) != len(want) {
		t.Errorf("resumed run has %d files, want %d", len(got), len(want))
	}
	for name, content := range want {
		if got[name] != content {
			t.Errorf("%s after kill and resume differs from the clean run", name)
		}
	}

	// Ctrl-C: vidoc stops after the page in hand, exits 1 and records
	// nothing unfinished.
	start := time.Now()
	err = runUntil(t, vidocCommand(bin, "scan", in, "-o", stopped, "-j", "1", "--progress", "json"), "page", syscall.SIGINT)
	if !errors.As(err, &xe) || xe.ExitCode() != ExitFatal {
		t.Fatalf("interrupted run ended with %v, want exit code %d", err, ExitFatal)
	}
	if d := time.Since(start); d > time.Minute {
		t.Errorf("interrupted run took %v to stop", d)
	}
	recs, err := batch.LoadManifests(stopped)
	if err != nil {
		t.Fatal(err)
	}
	files, _ := outputTree(t, stopped)
	for name, rec := range recs {
		for _, o := range rec.Outputs {
			if files[o] != want[o] {
				t.Errorf("interrupted run: %s recorded but its output %s differs", name, o)
			}
		}
	}
	if len(recs) == 2 {
		t.Error("interrupted run finished every document: Ctrl-C did not stop it")
	}
}
