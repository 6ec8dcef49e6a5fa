package ocr_test

import (
	"bytes"
	"context"
	"image"
	"image/jpeg"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/vidoc/vidoc/internal/input"
	"github.com/vidoc/vidoc/internal/layout"
	"github.com/vidoc/vidoc/internal/ocr"
	"github.com/vidoc/vidoc/internal/render"
)

// pipelineText is a notice written for these tests.
var pipelineText = []string{
	"Ủy ban nhân dân xã thông báo lịch tiếp công dân trong tháng tư.\nCông dân mang theo giấy tờ tùy thân khi đến làm việc.\nVăn phòng xã niêm yết thông báo tại trụ sở.",
	"Kế hoạch tổ chức ngày hội đọc sách tại nhà văn hóa thôn.\nCác chi hội vận động hội viên tham gia đầy đủ.\nKinh phí lấy từ nguồn xã hội hóa của địa phương.",
}

// smallPages renders n small pages (A7, 150 dpi) cycling through the texts,
// every third page turned a quarter turn and every fourth a half turn, so
// that orientation detection has pages to turn.
func smallPages(t *testing.T, n int) []*image.Gray {
	t.Helper()
	opts := render.DefaultOptions()
	opts.DPI, opts.SizePt = 150, 10
	opts.PageWidthMM, opts.PageHeightMM, opts.MarginMM = 105, 74, 6
	var distinct []*image.Gray
	for _, text := range pipelineText {
		imgs, err := render.Pages(text, opts)
		if err != nil {
			t.Fatal(err)
		}
		distinct = append(distinct, imgs[0])
	}
	out := make([]*image.Gray, n)
	for i := range out {
		out[i] = distinct[i%len(distinct)]
		switch {
		case i%3 == 2:
			out[i] = render.Turn(out[i], 1)
		case i%4 == 3:
			out[i] = render.Turn(out[i], 2)
		}
	}
	return out
}

// readDocument reads every page of path the way vidoc scan does: input's
// page, OCR with the page image kept, then layout on that image. It
// returns the pages read.
func readDocument(t *testing.T, e *ocr.Engine, path string) int {
	t.Helper()
	ctx := context.Background()
	doc, err := input.Open(ctx, path, input.Options{})
	if err != nil {
		t.Fatal(err)
	}
	err = doc.Pages(ctx, func(p input.Page) error {
		if doc.Format == input.TIFF && p.Image != nil {
			t.Errorf("%s page %d: input read the page's pixels (%d bytes), which OCR decodes", path, p.Number, len(p.Image))
		}
		res, err := e.Recognize(ctx, p)
		if err != nil {
			return err
		}
		if res.Image == nil || res.Image.Bounds().Dx() != res.Width || res.Image.Bounds().Dy() != res.Height {
			t.Errorf("%s page %d: page image %v for a %d × %d page", path, p.Number, res.Image, res.Width, res.Height)
			return nil
		}
		lay, err := layout.Analyze(ctx, res, res.Image, layout.Options{Reader: e})
		if err != nil {
			return err
		}
		if !strings.Contains(lay.Text, "xã") {
			t.Errorf("%s page %d read as %q", path, p.Number, lay.Text)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return doc.Count
}

// TestEachPageDecodedOnce reads a PNG, a JPEG, a multi-page Deflate TIFF,
// a multi-page G4 TIFF and an image-only PDF through input, OCR (turning
// pages upright, deskewing, keeping the image) and layout, and counts the
// pages decoded: one per page, whatever the format. Before, a TIFF page was
// decoded by input, again by the orientation shim, again by gosseract and
// once more by layout (Go's TIFF decoder).
func TestEachPageDecodedOnce(t *testing.T) {
	dir := t.TempDir()
	pages := smallPages(t, 4)
	files := map[string]func(path string) error{
		"one.png": func(p string) error { return render.WritePNG(p, pages[0], 150) },
		"one.jpg": func(p string) error {
			var buf bytes.Buffer
			if err := jpeg.Encode(&buf, pages[1], &jpeg.Options{Quality: 90}); err != nil {
				return err
			}
			return os.WriteFile(p, buf.Bytes(), 0o644)
		},
		"three.tiff": func(p string) error { return render.WriteTIFF(p, pages[:3], 150, render.TIFFDeflate) },
		"two.pdf":    func(p string) error { return render.WritePDF(p, pages[2:4], 150) },
	}
	if convert, err := exec.LookPath("convert"); err == nil {
		files["three-g4.tiff"] = func(p string) error {
			grey := filepath.Join(dir, "grey.tiff")
			if err := render.WriteTIFF(grey, pages[1:4], 150, render.TIFFDeflate); err != nil {
				return err
			}
			out, err := exec.Command(convert, grey, "-threshold", "55%", "-compress", "Group4", p).CombinedOutput()
			if err != nil {
				t.Fatalf("convert: %v\n%s", err, out)
			}
			return nil
		}
	} else {
		t.Log("ImageMagick's convert is not installed: no G4 TIFF read")
	}
	e, err := ocr.NewEngine(ocr.Options{KeepImage: true})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	for name, write := range files {
		path := filepath.Join(dir, name)
		if err := write(path); err != nil {
			t.Fatal(err)
		}
		before := ocr.PagesDecoded()
		n := readDocument(t, e, path)
		if got := ocr.PagesDecoded() - before; got != int64(n) {
			t.Errorf("%s: %d pages decoded for %d pages read", name, got, n)
		}
	}
}

// TestPipelineMemoryIsFlat reads 40 small pages of one multi-page TIFF
// through input, OCR (orientation detection on, each glyph's choices kept,
// the page image kept) and layout with one engine, and measures the C heap
// and the Go heap after the first 20 pages and after the last 20: neither
// may grow by more than a little per page. gosseract's word boxes leaked
// about 50 bytes a word (3 KB a page here) and would fail it.
func TestPipelineMemoryIsFlat(t *testing.T) {
	if ocr.CHeapInUse() < 0 {
		t.Skip("the C library cannot report its heap")
	}
	const pages = 40
	path := filepath.Join(t.TempDir(), "forty.tiff")
	if err := render.WriteTIFF(path, smallPages(t, pages), 150, render.TIFFDeflate); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	doc, err := input.Open(ctx, path, input.Options{})
	if err != nil {
		t.Fatal(err)
	}
	// Its 10 pt pages at 150 dpi are small print, which would be read
	// enlarged at half again the cost: the enlarged copy's memory is
	// TestEnlargeFreesItsCopy's.
	e, err := ocr.NewEngine(ocr.Options{Alternatives: true, KeepImage: true, RecycleEvery: 1000, NoUpscale: true})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	read := func(from, to int) {
		for n := from; n <= to; n++ {
			p, err := doc.Page(ctx, n)
			if err != nil {
				t.Fatal(err)
			}
			res, err := e.Recognize(ctx, p)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := layout.Analyze(ctx, res, res.Image, layout.Options{Reader: e}); err != nil {
				t.Fatal(err)
			}
			if len(res.Words) < 10 || len(res.Words[0].Chars) == 0 {
				t.Fatalf("page %d read as %q", n, res.Text)
			}
		}
	}
	goHeap := func() int64 {
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return int64(m.HeapAlloc)
	}
	// One thread, one malloc cache: chunks a thread's cache keeps would
	// count as in use, and the Go scheduler moves goroutines between threads.
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	read(1, 4) // Tesseract's caches settle
	read(5, pages/2)
	c1, g1 := ocr.CHeapInUse(), goHeap()
	read(pages/2+1, pages)
	c2, g2 := ocr.CHeapInUse(), goHeap()
	half := int64(pages / 2)
	t.Logf("over the last %d pages: C heap %+d bytes (%d KB in use), Go heap %+d bytes (%d KB)", half, c2-c1, c2>>10, g2-g1, g2>>10)
	if c2-c1 > 1000*half {
		t.Errorf("the C heap grew by %d bytes over %d pages: about %d a page", c2-c1, half, (c2-c1)/half)
	}
	if g2-g1 > 4000*half {
		t.Errorf("the Go heap grew by %d bytes over %d pages: about %d a page", g2-g1, half, (g2-g1)/half)
	}
}
