package input

import (
	"bytes"
	"context"
	"errors"
	"image"
	"image/jpeg"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vidoc/vidoc/internal/render"
)

// wantTooWide checks that err refuses page n of path for Tesseract's limit
// on a side, naming the file, the page and the limit.
func wantTooWide(t *testing.T, err error, path string, n int) {
	t.Helper()
	var ie *Error
	if !errors.Is(err, ErrTooWide) || !errors.As(err, &ie) || ie.Path != path || ie.Page != n || !strings.Contains(err.Error(), "32767") {
		t.Errorf("got %v, want page %d of %s refused as over 32767 pixels on a side", err, n, path)
	}
}

// TestPagesOverTesseractsSide is issue 15 case 1 at the input stage: a page
// over 32767 pixels on a side is refused from its header when its
// resolution is unknown or would fall under 150 dpi once shrunk to fit;
// otherwise its geometry is shrunk to fit, as the OCR stage shrinks it.
func TestPagesOverTesseractsSide(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()

	// A JPEG without a resolution, as phones and cameras write them.
	var j bytes.Buffer
	if err := jpeg.Encode(&j, render.Blank(40000, 10), nil); err != nil {
		t.Fatal(err)
	}
	jpg := filepath.Join(dir, "dải.jpg")
	if err := os.WriteFile(jpg, j.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Open(ctx, jpg, Options{})
	wantTooWide(t, err, jpg, 1)

	wide := render.Blank(33000, 200)
	for _, tc := range []struct {
		dpi, fit, w, h int // fit 0: refused
	}{
		{0, 0, 0, 0},
		{150, 0, 0, 0}, // 148 dpi once shrunk
		{300, 297, 32767, 199},
	} {
		path := filepath.Join(dir, "băng.png")
		if err := render.WritePNG(path, wide, tc.dpi); err != nil {
			t.Fatal(err)
		}
		doc, err := Open(ctx, path, Options{})
		if tc.fit == 0 {
			wantTooWide(t, err, path, 1)
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		p, err := doc.Page(ctx, 1)
		if err != nil {
			t.Fatal(err)
		}
		if p.Width != tc.w || p.Height != tc.h || p.DPI != tc.fit {
			t.Errorf("33000 × 200 at %d dpi: %d × %d at %d dpi, want %d × %d at %d", tc.dpi, p.Width, p.Height, p.DPI, tc.w, tc.h, tc.fit)
		}
	}

	// A TIFF's over-wide page fails alone; the others are read.
	tiffPath := filepath.Join(dir, "hai trang.tiff")
	if err := render.WriteTIFF(tiffPath, []*image.Gray{render.Blank(100, 140), wide}, 100, render.TIFFDeflate); err != nil {
		t.Fatal(err)
	}
	doc := open(t, tiffPath, Options{})
	if _, err := doc.Page(ctx, 1); err != nil {
		t.Errorf("page 1 of %s: %v", tiffPath, err)
	}
	_, err = doc.Page(ctx, 2)
	wantTooWide(t, err, tiffPath, 2)

	// A 14400 × 100 pt PDF page (the largest PDF allows) with an image of
	// unknown resolution is rasterized at 163 dpi instead of 300.
	pdf := filepath.Join(dir, "khổ lớn.pdf")
	if err := render.WritePDF(pdf, []*image.Gray{render.Blank(7200, 50)}, 36); err != nil {
		t.Fatal(err)
	}
	doc = open(t, pdf, Options{})
	p, err := doc.Page(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	g := decodeGray(t, p)
	if p.DPI != 163 || g.Bounds().Dx() > MaxSide || g.Bounds().Dx()-32600 > 2 || 32600-g.Bounds().Dx() > 2 {
		t.Errorf("14400 × 100 pt page: %d × %d at %d dpi, rasterized %v", p.Width, p.Height, p.DPI, g.Bounds())
	}
}
