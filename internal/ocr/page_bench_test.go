package ocr_test

import (
	"context"
	"image"
	"path/filepath"
	"testing"

	"github.com/vidoc/vidoc/internal/input"
	"github.com/vidoc/vidoc/internal/ocr"
)

// BenchmarkReadPage reads one page of each committed file the way vidoc
// scan does before layout: input's page, then OCR turning it upright,
// deskewing it and keeping the pixels layout looks at. It reports CPU
// milliseconds per page beside the wall clock, which on a shared machine
// mostly measures the neighbours:
//
//	OMP_THREAD_LIMIT=1 go test -run - -bench ReadPage -benchtime 5x ./internal/ocr
func BenchmarkReadPage(b *testing.B) {
	ctx := context.Background()
	for _, name := range []string{"doc3.tiff", "doc3-jpeg.tiff", "doc3.pdf", "page1.png"} {
		b.Run(name, func(b *testing.B) {
			doc, err := input.Open(ctx, filepath.Join("../../testdata/pages", name), input.Options{})
			if err != nil {
				b.Fatal(err)
			}
			e, err := ocr.NewEngine(ocr.Options{KeepImage: true, RecycleEvery: 1 << 20})
			if err != nil {
				b.Fatal(err)
			}
			defer e.Close()
			read := func() {
				p, err := doc.Page(ctx, 1)
				if err != nil {
					b.Fatal(err)
				}
				res, err := e.Recognize(ctx, p)
				if err != nil {
					b.Fatal(err)
				}
				if img := layoutImage(b, res); img.Bounds().Dx() != res.Width {
					b.Fatalf("a %d px wide page image for a %d px wide page", img.Bounds().Dx(), res.Width)
				}
			}
			read() // first page: Tesseract's caches
			b.ResetTimer()
			start := ocr.CPUTime(b)
			for i := 0; i < b.N; i++ {
				read()
			}
			b.ReportMetric(float64((ocr.CPUTime(b)-start).Milliseconds())/float64(b.N), "cpu-ms/page")
		})
	}
}

// layoutImage is the page image layout gets from a result.
func layoutImage(b *testing.B, res *ocr.Result) image.Image {
	if res.Image == nil {
		b.Fatal("no page image kept")
	}
	return res.Image
}
