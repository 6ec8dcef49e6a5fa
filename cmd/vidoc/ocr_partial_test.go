package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A TIFF cut short in its last page fails, but its first pages are read and
// printed: the closing line says so, rather than counting it with the files
// of which nothing was read.
func TestOCRSaysWhichFailuresArePartial(t *testing.T) {
	if testing.Short() {
		t.Skip("reads two pages")
	}
	bin := buildVidoc(t)
	data, err := os.ReadFile(filepath.Join(ocrPagesDir, "doc3.tiff"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	// doc3.tiff's last directory ends the file: cutting into it leaves
	// pages 1 and 2 whole and page 3 unreachable.
	cut := filepath.Join(dir, "bị cắt.tiff")
	if err := os.WriteFile(cut, data[:len(data)-100], 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "không có.png")
	cmd := vidocCommand(bin, "ocr", "-j", "1", "--no-layout", "--format", "json", cut, missing)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if code := exitCodeOf(t, err, []byte(stderr.String())); code != ExitPartial {
		t.Fatalf("exit code %d, want %d\n%s", code, ExitPartial, &stderr)
	}
	if n := strings.Count(string(out), `"mean_confidence":`); n != 2 {
		t.Errorf("%d pages printed, want the cut TIFF's first 2", n)
	}
	if n := strings.Count(string(out), `"error":`); n != 2 {
		t.Errorf("%d failure lines, want the TIFF's page 3 and the missing file", n)
	}
	if want := "ocr: 2 of 2 files failed, 1 of them partly: their other pages were read"; !strings.Contains(stderr.String(), want) {
		t.Errorf("stderr:\n%s\nwant %q", &stderr, want)
	}
}
