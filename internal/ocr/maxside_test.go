package ocr

import (
	"context"
	"image"
	"image/draw"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vidoc/vidoc/internal/eval"
	"github.com/vidoc/vidoc/internal/input"
	"github.com/vidoc/vidoc/internal/render"
)

// widePage renders a line of text written for this test at 300 dpi and
// lays it at the left of a white strip width pixels wide.
func widePage(t *testing.T, text string, width int) *image.Gray {
	t.Helper()
	pages, err := render.Pages(text, render.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	src := pages[0]
	// The first 500 rows of an A4 page at 300 dpi hold the line under the
	// top margin.
	strip := render.Blank(width, 500)
	draw.Draw(strip, src.Bounds().Intersect(strip.Bounds()), src, image.Point{}, draw.Src)
	return strip
}

// TestPageWiderThanTesseractIsShrunk is issue 15 case 1 at the OCR stage:
// Tesseract crashes the process on an image over 32767 pixels on a side.
// A 33000-pixel-wide page at 300 dpi is shrunk to fit and still read; a
// page handed over without input's checks is shrunk too, never passed on.
func TestPageWiderThanTesseractIsShrunk(t *testing.T) {
	const text = "Kính gửi: Ủy ban nhân dân các xã, phường và thị trấn"
	img := widePage(t, text, input.MaxSide+233)
	path := filepath.Join(t.TempDir(), "băng dài.png")
	if err := render.WritePNG(path, img, 300); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	doc, err := input.Open(ctx, path, input.Options{})
	if err != nil {
		t.Fatal(err)
	}
	page, err := doc.Page(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	e := newEngine(t, Options{})
	res, err := e.Recognize(ctx, page)
	if err != nil {
		t.Fatal(err)
	}
	if res.Width != input.MaxSide || res.Width != page.Width || res.Height != page.Height || res.DPI != 297 {
		t.Errorf("shrunk page: %d × %d at %d dpi, input said %d × %d", res.Width, res.Height, res.DPI, page.Width, page.Height)
	}
	if acc := eval.Compare(text, res.Text).SylAcc; acc < minSylAcc {
		t.Errorf("shrunk page: syllable accuracy %.3f: %q", acc, res.Text)
	}

	// Straight to the engine, at an unknown resolution.
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	raw := input.Page{Source: "thô.png", Number: 1, Count: 1, Encoding: "png", Image: data}
	res, err = e.Recognize(ctx, raw)
	if err != nil {
		t.Fatal(err)
	}
	if res.Width != input.MaxSide || !strings.Contains(res.Text, "Kính") {
		t.Errorf("page of unknown resolution: %d pixels wide, text %q", res.Width, res.Text)
	}
}
