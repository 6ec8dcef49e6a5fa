package textlayer

import (
	"context"
	"testing"

	"github.com/vidoc/vidoc/internal/input"
	"github.com/vidoc/vidoc/internal/ocr"
)

// BenchmarkBornDigitalPage reads the pages of a 10-page born-digital PDF
// both ways: their text layer (triage: pdftotext and pdfimages once, pdffonts
// per page) and OCR (poppler rasterizes a page at 300 dpi, Tesseract vie
// reads it). Both report pages/s:
//
//	OMP_THREAD_LIMIT=1 go test -run - -bench BornDigitalPage -benchtime 5x ./internal/textlayer
func BenchmarkBornDigitalPage(b *testing.B) {
	ctx := context.Background()
	const n = 10
	doc := make([][]string, n)
	for i := range doc {
		doc[i] = bornDigital
	}
	path := newPDF(b, "born.pdf", unicodeFont(b), doc...)
	b.Run("text-layer", func(b *testing.B) {
		for b.Loop() {
			pages, err := Triage(ctx, path, Auto)
			if err != nil {
				b.Fatal(err)
			}
			if len(pages) != n || pages[n-1].Decision != UseText {
				b.Fatalf("%d pages, last %s", len(pages), pages[n-1].Decision)
			}
		}
		b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "pages/s")
	})
	b.Run("ocr", func(b *testing.B) {
		eng, err := ocr.NewEngine(ocr.Options{})
		if err != nil {
			b.Skipf("Tesseract: %v", err)
		}
		defer eng.Close()
		i := 0
		for b.Loop() {
			i++
			doc, err := input.Open(ctx, path, input.Options{})
			if err != nil {
				b.Fatal(err)
			}
			page, err := doc.Page(ctx, 1+i%n)
			if err != nil {
				b.Fatal(err)
			}
			if _, err := eng.Recognize(ctx, page); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pages/s")
	})
}
