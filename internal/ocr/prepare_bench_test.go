package ocr

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/vidoc/vidoc/internal/input"
)

// BenchmarkPrepare measures what turning pages upright and deskewing add to
// each page, against decoding and re-encoding alone, on a 300 dpi A4 page:
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
		{"decode-only", nil, false},
		{"deskew", nil, true},
		{"upright", osd, false},
		{"upright+deskew", osd, true},
	} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := prepare(bc.osd, bc.deskew, page.Image, page.DPI); err != nil {
					b.Fatal(err)
				}
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
