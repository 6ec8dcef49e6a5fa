package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/vidoc/vidoc/internal/render"
)

// Tesseract's own messages ("Invalid resolution 0 dpi", "Too few
// characters. Skipping this page") came two a page for every page without
// a resolution or with little print, breaking the progress bar and the
// JSON events of a scan on stderr. They are kept out of stderr unless -v
// asks for detail.
func TestTesseractMessagesOnlyWithVerbose(t *testing.T) {
	bin := buildVidoc(t)
	dir := t.TempDir()
	blank := filepath.Join(dir, "trang trắng.png")
	if err := render.WritePNG(blank, render.Blank(600, 400), 0); err != nil {
		t.Fatal(err)
	}
	for _, verbose := range []bool{false, true} {
		args := []string{"ocr", blank}
		if verbose {
			args = append([]string{"-v"}, args...)
		}
		cmd := vidocCommand(bin, args...)
		var stderr strings.Builder
		cmd.Stderr = &stderr
		if _, err := cmd.Output(); err != nil {
			t.Fatalf("vidoc %v: %v\n%s", args, err, &stderr)
		}
		said := strings.Contains(stderr.String(), "Too few characters") || strings.Contains(stderr.String(), "Invalid resolution")
		if said != verbose {
			t.Errorf("vidoc %v: Tesseract's messages shown %v, want %v; stderr:\n%s", args, said, verbose, &stderr)
		}
	}
}
