package main

import (
	"bytes"
	"context"
	"errors"
	"image"
	"image/color"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/vidoc/vidoc/internal/render"
)

// barPage writes a small PNG page, white with a black bar, dated mtime.
func barPage(t *testing.T, path string, mtime time.Time) {
	t.Helper()
	img := image.NewGray(image.Rect(0, 0, 400, 200))
	for i := range img.Pix {
		img.Pix[i] = 255
	}
	for y := 90; y < 110; y++ {
		for x := 50; x < 350; x++ {
			img.SetGray(x, y, color.Gray{})
		}
	}
	if err := render.WritePNG(path, img, 150); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(path, mtime, mtime); err != nil {
		t.Fatal(err)
	}
}

// `vidoc ocr --format pdf` dates the PDF with the input's modification
// time, or SOURCE_DATE_EPOCH when set, never with the time of the run: two
// runs give the same bytes.
func TestOCRPDFIsReproducible(t *testing.T) {
	page := filepath.Join(t.TempDir(), "trang.png")
	barPage(t, page, time.Date(2001, 2, 3, 4, 5, 6, 0, time.UTC))

	t.Setenv("SOURCE_DATE_EPOCH", "")
	first := ocrOutput(t, page, "pdf")
	if !bytes.Contains(first, []byte("D:20010203040506")) {
		t.Errorf("the PDF is not dated with its input's modification time, 2001-02-03 04:05:06 UTC")
	}
	time.Sleep(1100 * time.Millisecond) // a PDF date counts seconds
	if second := ocrOutput(t, page, "pdf"); !bytes.Equal(first, second) {
		t.Errorf("two runs over the same file give different PDFs (%d and %d bytes)", len(first), len(second))
	}

	t.Setenv("SOURCE_DATE_EPOCH", "1700000000") // 2023-11-14 22:13:20 UTC
	if epoch := ocrOutput(t, page, "pdf"); !bytes.Contains(epoch, []byte("D:20231114221320")) {
		t.Errorf("the PDF is not dated with SOURCE_DATE_EPOCH")
	}
}

// A SOURCE_DATE_EPOCH that is not a count of seconds is refused before any
// work, naming it, by the commands that write a searchable PDF.
func TestBadSourceDateEpochIsAUsageError(t *testing.T) {
	page := filepath.Join(t.TempDir(), "trang.png")
	barPage(t, page, time.Now())
	t.Setenv("SOURCE_DATE_EPOCH", "yesterday")
	opts := defaultOCROptions()
	opts.Format = "pdf"
	var stdout bytes.Buffer
	err := runOCR(context.Background(), opts, &GlobalOptions{}, []string{page}, nil, &stdout, &bytes.Buffer{})
	var ue usageError
	if !errors.As(err, &ue) || !bytes.Contains([]byte(err.Error()), []byte("SOURCE_DATE_EPOCH")) || stdout.Len() > 0 {
		t.Errorf("ocr: %v, want a usage error naming SOURCE_DATE_EPOCH", err)
	}
	sopts := ScanOptions{Output: t.TempDir(), Formats: []string{"txt,pdf"}, Jobs: 1, Progress: "none", Lang: "vie", TextLayer: "auto"}
	err = runScan(context.Background(), sopts, &GlobalOptions{}, []string{page}, nil, &bytes.Buffer{}, &bytes.Buffer{})
	if !errors.As(err, &ue) || !bytes.Contains([]byte(err.Error()), []byte("SOURCE_DATE_EPOCH")) {
		t.Errorf("scan: %v, want a usage error naming SOURCE_DATE_EPOCH", err)
	}
}
