package batch

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

func TestDiscover(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"scans/a.PDF":         "x",
		"scans/sub/b.jpg":     "x",
		"scans/sub/b.tiff":    "x",
		"scans/notes.txt":     "x",
		"scans/.hidden/c.png": "x",
		"scans/out/d.png":     "x",
		"loose/e.png":         "x",
		"loose/f.jpeg":        "x",
		"loose/g.dat":         "x",
	})
	scans := filepath.Join(dir, "scans")
	ins, err := Discover([]string{scans, filepath.Join(dir, "loose", "*.p*"), filepath.Join(dir, "loose", "g.dat")}, filepath.Join(scans, "out"))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, in := range ins {
		got = append(got, in.Rel+"→"+in.Name)
	}
	want := "a.PDF→a e.png→e g.dat→g sub/b.jpg→sub/b.jpg sub/b.tiff→sub/b.tiff"
	if strings.Join(got, " ") != want {
		t.Errorf("Discover = %s\nwant       %s", strings.Join(got, " "), want)
	}

	if _, err := Discover([]string{filepath.Join(dir, "missing")}, ""); err == nil || !strings.Contains(err.Error(), "missing") {
		t.Errorf("missing input: %v", err)
	}
	if _, err := Discover([]string{filepath.Join(dir, "*.nothing")}, ""); err == nil || !strings.Contains(err.Error(), "matches no file") {
		t.Errorf("empty glob: %v", err)
	}
	// Two folders holding the same relative path would write the same outputs.
	writeFiles(t, dir, map[string]string{"x/p.png": "1", "y/p.png": "2"})
	if _, err := Discover([]string{filepath.Join(dir, "x"), filepath.Join(dir, "y")}, ""); err == nil {
		t.Error("colliding inputs accepted")
	}
	// The same file named twice is taken once.
	ins, err = Discover([]string{filepath.Join(dir, "x"), filepath.Join(dir, "x", "p.png")}, "")
	if err != nil || len(ins) != 1 {
		t.Errorf("same file twice: %v, %v", ins, err)
	}
	if err := os.Symlink(filepath.Join(dir, "nowhere.png"), filepath.Join(dir, "x", "dangling.png")); err == nil {
		// Named like a scan, it is listed as failed, with its target: a
		// share not mounted must not pass for an archive scanned whole.
		ins, err = Discover([]string{filepath.Join(dir, "x")}, "")
		want := "broken link to " + filepath.Join(dir, "nowhere.png") + ": no such file or directory: skipped"
		if err != nil || len(ins) != 2 || ins[0].Rel != "dangling.png" || !errors.Is(ins[0].Err, ErrBrokenLink) || ins[0].Err.Error() != want || ins[1].Err != nil {
			t.Errorf("dangling link: %+v, %v; want dangling.png failed with %q, then p.png", ins, err, want)
		}
		// Not named like a scan, it is not one.
		if err := os.Symlink(filepath.Join(dir, "nowhere"), filepath.Join(dir, "x", "notes")); err != nil {
			t.Fatal(err)
		}
		if ins, err = Discover([]string{filepath.Join(dir, "x")}, ""); err != nil || len(ins) != 2 {
			t.Errorf("dangling link not named like a scan: %+v, %v", ins, err)
		}
	}
}

// A pipe named like a scan is listed with the reason it is skipped, never
// opened; one that appears after the listing fails when hashed, at once.
func TestDiscoverPipe(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "p.png")
	if err := syscall.Mkfifo(p, 0o644); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	for _, arg := range []string{dir, p} {
		ins, err := Discover([]string{arg}, "")
		if err != nil || len(ins) != 1 || !errors.Is(ins[0].Err, ErrNotRegular) || !strings.Contains(ins[0].Err.Error(), "named pipe") {
			t.Errorf("Discover(%s) = %+v, %v; want p.png with ErrNotRegular", arg, ins, err)
		}
	}
	if _, err := hashFile(p); !errors.Is(err, ErrNotRegular) {
		t.Errorf("hashFile(pipe) = %v, want ErrNotRegular", err)
	}
}

// A file that cannot be read fails with the cause, the file named once (by
// the FileError around it), not twice as the os error's path repeated it.
func TestHashFileNamesTheFileOnce(t *testing.T) {
	dir := t.TempDir()
	notDir := filepath.Join(dir, "scan.png")
	if err := os.WriteFile(notDir, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(notDir, "page.png")
	_, err := hashFile(p)
	if !errors.Is(err, syscall.ENOTDIR) || strings.Contains(err.Error(), p) {
		t.Errorf("hashFile = %v; want ENOTDIR without the path", err)
	}
	if got, want := fileError(p, 0, fmt.Errorf("read: %w", err)).Error(), p+": read: not a directory"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
