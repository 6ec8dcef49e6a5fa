package ocr

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/vidoc/vidoc/internal/input"
)

// BenchmarkPrepare measures what turning pages upright and deskewing add to
// each page, against taking the page's pixels alone, on a 300 dpi A4 page:
//
//	go test -run - -bench Prepare ./internal/ocr
func BenchmarkPrepare(b *testing.B) {
	page := benchPage(b)
	initMu.Lock()
	osd, err := newOSD()
	initMu.Unlock()
	if err != nil {
		b.Fatal(err)
	}
	defer osd.close()
	for _, bc := range []struct {
		name   string
		osd    *osdDetector
		deskew bool
	}{
		{"pixels-only", nil, false},
		{"deskew", nil, true},
		{"upright", osd, false},
		{"upright+deskew", osd, true},
	} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				img, err := decodePage(page)
				if err != nil {
					b.Fatal(err)
				}
				prep, err := prepare(bc.osd, bc.deskew, img, page.DPI)
				if err != nil {
					b.Fatal(err)
				}
				prep.image.free()
			}
		})
	}
}

// benchPage is the first page of the committed PDF: a 300 dpi A4 scan.
func benchPage(b *testing.B) input.Page {
	ctx := context.Background()
	doc, err := input.Open(ctx, filepath.Join(pagesDir, "doc3.pdf"), input.Options{})
	if err != nil {
		b.Fatal(err)
	}
	page, err := doc.Page(ctx, 1)
	if err != nil {
		b.Fatal(err)
	}
	return page
}

// BenchmarkGlyphHeights measures what measuring the print's size (the
// marks upscale.go counts) adds to each page, on the same 300 dpi A4
// page as BenchmarkPrepare, whose "pixels-only" case is its decode alone:
//
//	go test -run - -bench 'GlyphHeights|Prepare/pixels' ./internal/ocr
func BenchmarkGlyphHeights(b *testing.B) {
	img, err := decodePage(benchPage(b))
	if err != nil {
		b.Fatal(err)
	}
	defer img.free()
	for _, halved := range []bool{false, true} {
		b.Run(map[bool]string{false: "own-pixels", true: "halved"}[halved], func(b *testing.B) {
			for b.Loop() {
				if _, err := img.glyphHeights(halved); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
