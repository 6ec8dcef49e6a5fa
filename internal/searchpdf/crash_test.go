package searchpdf

import (
	"context"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// graftHelperEnv makes the test binary, run again by
// TestGraftTIFFAfterKilledRun, graft the TIFF it names over and over until
// it is killed.
const graftHelperEnv = "VIDOC_GRAFT_TIFF_FOREVER"

func TestHelperGraftForever(t *testing.T) {
	in := os.Getenv(graftHelperEnv)
	if in == "" {
		t.Skip("run by TestGraftTIFFAfterKilledRun only")
	}
	p := testPage(pageText[0])
	p.Width, p.Height, p.DPI = 1654, 2339, 200
	for {
		if _, err := GraftTIFF(context.Background(), in, []Page{p, p, p}, io.Discard, Options{}); err != nil {
			t.Fatal(err)
		}
	}
}

// A run killed with kill -9 while tiff2pdf wraps a TIFF's pages leaves its
// work folder in the temporary folder; the next searchable PDF made of a
// TIFF removes it, so that an unattended archive's crashes and restarts do
// not fill the disk.
func TestGraftTIFFAfterKilledRun(t *testing.T) {
	for _, name := range []string{"tiff2pdf", "qpdf", "pdfinfo"} {
		if _, err := exec.LookPath(name); err != nil {
			t.Skipf("%s not installed", name)
		}
	}
	in, err := filepath.Abs(filepath.Join("..", "..", "testdata", "pages", "doc3.tiff"))
	if err != nil {
		t.Fatal(err)
	}
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperGraftForever$")
	cmd.Env = append(os.Environ(), graftHelperEnv+"="+in)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })

	// Kill it once tiff2pdf has begun writing in its folder.
	var left string
	for deadline := time.Now().Add(time.Minute); left == "" && time.Now().Before(deadline); time.Sleep(time.Millisecond) {
		if m, _ := filepath.Glob(filepath.Join(tmp, "vidoc-tiffpdf-*", "pages.pdf")); len(m) > 0 {
			left = filepath.Dir(m[0])
		}
	}
	if left == "" {
		t.Fatal("the grafting process made no vidoc-tiffpdf-* folder in a minute")
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	if _, err := os.Stat(left); err != nil {
		t.Fatalf("the killed run's folder: %v; want it left behind by kill -9", err)
	}

	p := testPage(pageText[0])
	p.Width, p.Height, p.DPI = 1654, 2339, 200
	if _, err := GraftTIFF(context.Background(), in, []Page{p, p, p}, io.Discard, Options{}); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(left); !os.IsNotExist(err) {
		t.Errorf("after the next GraftTIFF, the killed run's folder %s: %v; want it removed", left, err)
	}
	if m, _ := filepath.Glob(filepath.Join(tmp, "*")); len(m) > 0 {
		t.Errorf("left in the temporary folder: %v", m)
	}
}
