package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"image"
	"runtime"
	"time"

	"github.com/vidoc/vidoc/internal/atomicfile"
	"github.com/vidoc/vidoc/internal/cputime"
	"github.com/vidoc/vidoc/internal/layout"
	"github.com/vidoc/vidoc/internal/ocr"
)

// pageTiming is what one page cost, in CPU seconds of the thread that read
// it (vidoc ocr --timings): OCR (decoding the page once, orientation,
// deskew, Tesseract, the copy of its pixels layout gets, and the first
// reading of the ruled tables' cells the page's reading left out) and layout
// (the search for a table's rules that OCR paints white before Tesseract
// reads the page, the rule and seal searches on those pixels, and the
// crops layout had Tesseract read again, the last two also counted
// apart). CPU time
// rather than the wall clock, so that on a shared machine the neighbours'
// work is not counted, and one thread's, so that with -j N the pages
// being read at the same time are not either.
type pageTiming struct {
	File   string  `json:"file"`
	Page   int     `json:"page"`
	OCR    float64 `json:"ocr_cpu_s"`
	Layout float64 `json:"layout_cpu_s"` // re-reads included
	Reread float64 `json:"reread_cpu_s"`
	// Clean is layout's search for the table rules OCR paints white
	// before Tesseract reads the page (in Layout, not in OCR).
	Clean float64 `json:"clean_cpu_s"`
	// Rereads is how many crops layout had read again.
	Rereads int `json:"rereads"`
	// Cells is the first reading of a ruled table's cells, which the
	// page's reading left out (layout.TableRules) and layout read on
	// their own crops (layout.FirstReading): OCR's work, counted in OCR,
	// not in Layout or Reread. CellReads is how many crops.
	Cells     float64 `json:"cells_cpu_s"`
	CellReads int     `json:"cell_reads"`
}

// startTiming locks the calling goroutine to its thread, so that the
// thread's CPU time is the page's, and returns the page's timing and the
// unlock to defer; with timing off, nil and a no-op.
func startTiming(on bool, file string, page int) (*pageTiming, func()) {
	if !on || !cputime.Supported {
		return nil, func() {}
	}
	runtime.LockOSThread()
	return &pageTiming{File: file, Page: page}, runtime.UnlockOSThread
}

// ocr runs read and adds its CPU time to t.OCR; a nil t only runs it.
func (t *pageTiming) ocr(read func() error) error {
	if t == nil {
		return read()
	}
	t0 := cputime.Thread()
	err := read()
	t.OCR += seconds(cputime.Thread() - t0)
	return err
}

// cleaned moves the CPU time d that OCR spent on layout's behalf
// (ocr.Result.CleanCPU: finding the table rules to paint white) from
// t.OCR to t.Layout; a nil t does nothing.
func (t *pageTiming) cleaned(d time.Duration) {
	if t == nil {
		return
	}
	t.OCR -= seconds(d)
	t.Layout += seconds(d)
	t.Clean += seconds(d)
}

// layout runs lay with r, or with r timed, and adds its CPU time to
// t.Layout and that of r's reads to t.Reread; a nil t only runs it.
func (t *pageTiming) layout(r layout.Reader, lay func(layout.Reader) error) error {
	if t == nil {
		return lay(r)
	}
	tr := &timedReader{r: r}
	t0 := cputime.Thread()
	err := lay(tr)
	t.Layout += seconds(cputime.Thread() - t0 - tr.firstCPU)
	t.Reread += seconds(tr.cpu)
	t.Rereads += tr.n
	t.OCR += seconds(tr.firstCPU)
	t.Cells += seconds(tr.firstCPU)
	t.CellReads += tr.firstN
	return err
}

func seconds(d time.Duration) float64 { return d.Seconds() }

// timedReader counts the reads layout asks of the engine and their CPU
// time on the calling thread: first readings (layout.FirstReading) apart.
type timedReader struct {
	r             layout.Reader
	cpu, firstCPU time.Duration
	n, firstN     int
}

func (t *timedReader) RecognizeImage(ctx context.Context, img image.Image, dpi int) (*ocr.Result, error) {
	t0 := cputime.Thread()
	res, err := t.r.RecognizeImage(ctx, img, dpi)
	if layout.FirstReading(ctx) {
		t.firstCPU += cputime.Thread() - t0
		t.firstN++
	} else {
		t.cpu += cputime.Thread() - t0
		t.n++
	}
	return res, err
}

// writeTimings writes the pages' timings to path, one JSON object a line,
// in input order.
func writeTimings(path string, ts []pageTiming) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	for _, t := range ts {
		if err := enc.Encode(t); err != nil {
			return err
		}
	}
	if err := atomicfile.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("--timings: %w", err)
	}
	return nil
}
