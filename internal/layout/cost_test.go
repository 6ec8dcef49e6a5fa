package layout

import (
	"bytes"
	"context"
	"image"
	"image/png"
	"runtime"
	"testing"
	"time"

	"github.com/vidoc/vidoc/internal/cputime"
	"github.com/vidoc/vidoc/internal/input"
	"github.com/vidoc/vidoc/internal/ocr"
	"github.com/vidoc/vidoc/internal/render"
)

// costForm is the notice of testForm (two-column header and closing, a red
// seal and a signature over the signer block) with the ruled table of
// tableForm after its body and ND 30/2020's rules under the header: every
// part of a page layout pays for, rules, seal, stamp and cell re-reads.
func costForm() render.Form {
	f := testForm()
	t := tableForm()
	f.Table, f.Rules = t.Table, t.Rules
	return f
}

// countingReader counts the crops layout reads again and the CPU time of
// the calling thread they take.
type countingReader struct {
	r   Reader
	n   int
	cpu time.Duration
	// first and firstCPU count the first readings (FirstReading) apart,
	// in n and cpu too.
	first    int
	firstCPU time.Duration
}

func (c *countingReader) RecognizeImage(ctx context.Context, img image.Image, dpi int) (*ocr.Result, error) {
	t0 := cputime.Thread()
	res, err := c.r.RecognizeImage(ctx, img, dpi)
	d := cputime.Thread() - t0
	c.cpu += d
	c.n++
	if FirstReading(ctx) {
		c.first++
		c.firstCPU += d
	}
	return res, err
}

// BenchmarkLayoutCost is what layout adds to OCR on a rendered A4 page at
// 300 dpi with every part layout looks for (costForm), in colour, grey and
// 1-bit: each iteration reads the page as vidoc ocr does (the one decode,
// orientation, deskew, the table's rules painted white by TableRules,
// Tesseract, the copy of its pixels layout gets) and then finds its layout
// on those pixels (re-reads of crops included), both
// timed in CPU time of the one thread they run on, so the pair is
// measured in the same run on the same page; TableRules counts as layout.
// The first reading of the table's cells, which the page's reading left
// out (TableRules), counts as OCR.
// Metrics: ocr-ms/op and layout-ms/op of CPU, layout-% (layout over OCR,
// the figure issue 11 bounds at 10 %), reread-ms/op and rereads/op.
//
//	go test -run '^$' -bench LayoutCost -benchtime 3x ./internal/layout
func BenchmarkLayoutCost(b *testing.B) {
	if !cputime.Supported {
		b.Skip("CPU time is read on Linux only")
	}
	colour, _ := colourForm(b, costForm(), 300)
	e, err := ocr.NewEngine(ocr.Options{KeepImage: true, Clean: TableRules})
	if err != nil {
		b.Fatal(err)
	}
	defer e.Close()
	for _, c := range scanKinds(colour) {
		var buf bytes.Buffer
		if err := png.Encode(&buf, c.img); err != nil {
			b.Fatal(err)
		}
		bounds := c.img.Bounds()
		page := input.Page{Source: "cost-" + c.name + ".png", Number: 1, Count: 1, Encoding: "png",
			Image: buf.Bytes(), Width: bounds.Dx(), Height: bounds.Dy(), DPI: 300}
		b.Run(c.name, func(b *testing.B) {
			runtime.LockOSThread()
			defer runtime.UnlockOSThread()
			var ocrCPU, layoutCPU, rereadCPU time.Duration
			var rereads int
			for b.Loop() {
				t0 := cputime.Thread()
				res, err := e.Recognize(context.Background(), page)
				if err != nil {
					b.Fatal(err)
				}
				t1 := cputime.Thread()
				r := &countingReader{r: e}
				if _, err := Analyze(context.Background(), res, res.Image, Options{Reader: r}); err != nil {
					b.Fatal(err)
				}
				// TableRules ran inside Recognize, on layout's behalf;
				// the first reading of the table's cells, which the
				// page's reading left out, is OCR's work on layout's
				// crops.
				ocrCPU += t1 - t0 - res.CleanCPU + r.firstCPU
				layoutCPU += cputime.Thread() - t1 + res.CleanCPU - r.firstCPU
				rereadCPU += r.cpu - r.firstCPU
				rereads += r.n - r.first
			}
			n := float64(b.N)
			b.ReportMetric(ocrCPU.Seconds()*1000/n, "ocr-ms/op")
			b.ReportMetric(layoutCPU.Seconds()*1000/n, "layout-ms/op")
			b.ReportMetric(100*layoutCPU.Seconds()/ocrCPU.Seconds(), "layout-%")
			b.ReportMetric(rereadCPU.Seconds()*1000/n, "reread-ms/op")
			b.ReportMetric(float64(rereads)/n, "rereads/op")
		})
	}
}
