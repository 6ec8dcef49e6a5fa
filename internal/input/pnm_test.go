package input

import (
	"bytes"
	"context"
	"path/filepath"
	"testing"
)

// TestPDFPageIsPopplersPixels checks that a PDF page is handed out as
// exactly the pixels pdftoppm rasterized, not encoded again.
func TestPDFPageIsPopplersPixels(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(pagesDir, "doc3.pdf")
	doc := open(t, path, Options{MaxPixels: 3_000_000})
	p, err := doc.Page(ctx, 2)
	if err != nil {
		t.Fatal(err)
	}
	pgm, err := rasterizePDFPage(ctx, path, 2, p.DPI)
	if err != nil {
		t.Fatal(err)
	}
	w, h, pix, err := parsePGM(pgm)
	if err != nil {
		t.Fatal(err)
	}
	g := decodeGray(t, p)
	if p.Encoding != Grey || g.Bounds().Dx() != w || g.Bounds().Dy() != h || !bytes.Equal(g.Pix, pix) {
		t.Errorf("page 2: %s %v, pdftoppm gave %d × %d; same pixels: %t", p.Encoding, g.Bounds(), w, h, bytes.Equal(g.Pix, pix))
	}
}

func TestParsePGM(t *testing.T) {
	w, h, pix, err := parsePGM([]byte("P5\n# pdftoppm\n3 2\n255\n\x00\x01\x02\x03\x04\x05"))
	if err != nil || w != 3 || h != 2 || string(pix) != "\x00\x01\x02\x03\x04\x05" {
		t.Errorf("got %d × %d %q, %v", w, h, pix, err)
	}
	for _, bad := range []string{
		"",
		"P6\n1 1\n255\n\x00\x00\x00", // colour
		"P5\n2 2\n255\n\x00\x00\x00", // short
		"P5\n1 1\n65535\n\x00\x00",   // 16-bit
		"P5\n0 1\n255\n",
		"P5\n1 1\n255",
	} {
		if _, _, _, err := parsePGM([]byte(bad)); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}
