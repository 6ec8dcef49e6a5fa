package input

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/vidoc/vidoc/internal/extcmd"
)

// pathWith sets PATH, for one test, to a folder holding links to only the
// named programs.
func pathWith(t *testing.T, tools ...string) {
	t.Helper()
	dir := t.TempDir()
	for _, tool := range tools {
		bin, err := exec.LookPath(tool)
		if err != nil {
			t.Skipf("%s is not installed (Debian package poppler-utils)", tool)
		}
		if err := os.Symlink(bin, filepath.Join(dir, tool)); err != nil {
			t.Fatal(err)
		}
	}
	t.Setenv("PATH", dir)
}

// wantMissing checks that err is a missing-tool error naming tool and the
// package poppler-utils, not a broken document.
func wantMissing(t *testing.T, err error, tool string) {
	t.Helper()
	var missing *extcmd.MissingError
	if !errors.As(err, &missing) || missing.Name != tool || missing.Package != "poppler-utils" {
		t.Fatalf("got %v, want %s missing from poppler-utils", err, tool)
	}
	if errors.Is(err, ErrCorrupt) {
		t.Errorf("%v: a missing program is called a corrupt file", err)
	}
}

// TestPDFWithoutPoppler is issue 15 case 16: without poppler's programs a
// PDF is not "corrupt or truncated"; the error names the missing program
// and the Debian package that installs it.
func TestPDFWithoutPoppler(t *testing.T) {
	ctx := context.Background()
	pdf := filepath.Join(pagesDir, "doc3.pdf")

	pathWith(t)
	_, err := Open(ctx, pdf, Options{})
	wantMissing(t, err, "pdfinfo")
	// Images need no outside program.
	open(t, filepath.Join(pagesDir, "page1.png"), Options{})

	pathWith(t, "pdfinfo")
	_, err = Open(ctx, pdf, Options{})
	wantMissing(t, err, "pdfimages")

	pathWith(t, "pdfinfo", "pdfimages")
	doc := open(t, pdf, Options{})
	_, err = doc.Page(ctx, 2)
	wantMissing(t, err, "pdftoppm")

	pathWith(t, popplerTools...)
	open(t, pdf, Options{})
}

// popplerTools are the poppler-utils programs PDF reading runs.
var popplerTools = []string{"pdfinfo", "pdfimages", "pdftoppm"}
