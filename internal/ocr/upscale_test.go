package ocr

import (
	"context"
	"math"
	"runtime"
	"testing"

	"github.com/vidoc/vidoc/internal/eval"
	"github.com/vidoc/vidoc/internal/input"
	"github.com/vidoc/vidoc/internal/render"
)

// TestUpscaleFactor: the factor follows the print's size measured on the
// page, not its resolution: large enough print is read as it is, small
// print enlarged to enlargedGlyphHeight, at most maxUpscale times, and a
// page with too few marks is left alone.
func TestUpscaleFactor(t *testing.T) {
	marks := func(h, n int) []int {
		out := make([]int, n)
		for i := range out {
			out[i] = h
			if i%4 == 0 {
				out[i] = 4 // an accent or a dot beside every few letters
			}
		}
		return out
	}
	for _, c := range []struct {
		name string
		hs   []int
		want float64
	}{
		{"300 dpi print", marks(27, 500), 1},
		{"just large enough", marks(int(smallGlyphHeight), 500), 1},
		{"150 dpi print", marks(13, 500), 1},
		{"100 dpi print", marks(9, 500), enlargedGlyphHeight / 9},
		{"tiny print", marks(5, 500), maxUpscale},
		{"too few marks", marks(5, minGlyphs-1), 1},
	} {
		if got := upscaleFactor(c.hs); got != c.want {
			t.Errorf("%s: factor %.3f, want %.3f", c.name, got, c.want)
		}
	}
}

// TestEnlargingBounded: a 100 dpi A4 page gets the factor its print asks
// for; a large sheet of small print is enlarged only as far as
// maxEnlargedPixels and Tesseract's side allow, and not at all when that
// is next to nothing.
func TestEnlargingBounded(t *testing.T) {
	for _, c := range []struct {
		name string
		w, h int
		want float64
	}{
		{"100 dpi A4", 827, 1169, 2.4},
		{"100 dpi A0 sheet", 3311, 4681, math.Sqrt(maxEnlargedPixels / (3311.0 * 4681))},
		{"long strip", 20000, 300, float64(input.MaxSide) / 20000},
		{"huge", 8000, 8000, 1},
	} {
		got := bounded(2.4, c.w, c.h)
		if math.Abs(got-c.want) > 1e-9 {
			t.Errorf("%s: factor %.3f, want %.3f", c.name, got, c.want)
		}
		if got > 1 && (float64(c.w)*got*float64(c.h)*got > maxEnlargedPixels*1.0001 || float64(max(c.w, c.h))*got > float64(input.MaxSide)+1e-6) {
			t.Errorf("%s: enlarged %.2f times, over the bounds", c.name, got)
		}
	}
}

// TestGlyphHeightsFollowResolution: the marks measured on a page rendered
// at 300, 150, 100 and 75 dpi have median heights in proportion to the
// resolution, and only the pages under 150 dpi are enlarged; the measure
// on a copy of half the size settles the 300 dpi page alone and never
// a page to enlarge.
func TestGlyphHeightsFollowResolution(t *testing.T) {
	want := truth(t, 1)
	dpis := []int{300, 150, 100, 75}
	med := make([]float64, len(dpis))
	for i, dpi := range dpis {
		opts := render.DefaultOptions()
		opts.DPI = dpi
		pages, err := render.Pages(want, opts)
		if err != nil {
			t.Fatal(err)
		}
		img, err := decodePage(pngPage(t, pages[0], dpi, "page.png"))
		if err != nil {
			t.Fatal(err)
		}
		hs, err := img.glyphHeights(false)
		if err != nil {
			t.Fatal(err)
		}
		half, err := img.glyphHeights(true)
		img.free()
		if err != nil {
			t.Fatal(err)
		}
		// The halved copy's measure must leave no page of small
		// print out, and settle the 300 dpi one alone.
		h, _ := glyphHeight(half)
		settled := h >= smallGlyphHeight+clearMargin
		if (dpi == 300 && !settled) || (settled && upscaleFactor(hs) != 1) {
			t.Errorf("%d dpi: the halved copy measures %.0f", dpi, h)
		}
		var ok bool
		if med[i], ok = glyphHeight(hs); !ok {
			t.Fatalf("%d dpi: %d marks measure no print size", dpi, len(hs))
		}
		f := upscaleFactor(hs)
		t.Logf("%d dpi: %d marks, median height %.0f, factor %.2f", dpi, len(hs), med[i], f)
		if (dpi >= 150) != (f == 1) {
			t.Errorf("%d dpi: factor %.2f: only pages under 150 dpi are enlarged", dpi, f)
		}
	}
	for i := 1; i < len(dpis); i++ {
		r := med[0] / med[i] * float64(dpis[i]) / float64(dpis[0])
		if r < 0.8 || r > 1.25 {
			t.Errorf("print measured %.0f at %d dpi and %.0f at %d: not in proportion", med[0], dpis[0], med[i], dpis[i])
		}
	}
}

// TestSmallPrintReadEnlarged renders a grey page at 75 dpi, as archives
// keep some low-resolution copies: enlarged before it is read it has
// under half the wrong letters it has read as it is, and its result is in the page's
// own pixels: size, resolution and every box. Kept for layout, the
// enlarged pixels and boxes stay until Unscale brings them back.
func TestSmallPrintReadEnlarged(t *testing.T) {
	if testing.Short() {
		t.Skip("OCRs a page with Tesseract three times")
	}
	want := truth(t, 1)
	opts := render.DefaultOptions()
	opts.DPI = 75
	pages, err := render.Pages(want, opts)
	if err != nil {
		t.Fatal(err)
	}
	page := pngPage(t, pages[0], 75, "small.png")
	b := pages[0].Bounds()
	read := func(o Options) (*Result, eval.Result) {
		o.NoUpright = true
		res, err := newEngine(t, o).Recognize(context.Background(), page)
		if err != nil {
			t.Fatal(err)
		}
		return res, eval.Compare(want, res.Text)
	}
	_, plain := read(Options{NoUpscale: true})
	res, big := read(Options{})
	t.Logf("75 dpi page: CER %.4f as it is, %.4f enlarged", plain.CER, big.CER)
	if big.CER >= plain.CER/2 {
		t.Errorf("enlarged CER %.4f is not under half the %.4f as it is", big.CER, plain.CER)
	}
	inPage := func(res *Result) {
		t.Helper()
		if res.Width != b.Dx() || res.Height != b.Dy() || res.DPI != 75 || res.Enlarged() != 1 {
			t.Errorf("result %d×%d at %d dpi (enlarged %.2f), the page is %d×%d at 75", res.Width, res.Height, res.DPI, res.Enlarged(), b.Dx(), b.Dy())
		}
		var tall int
		for _, w := range res.Words {
			if w.Box.X0 < 0 || w.Box.Y0 < 0 || w.Box.X1 > b.Dx() || w.Box.Y1 > b.Dy() || w.Box.X0 >= w.Box.X1 || w.Box.Y0 >= w.Box.Y1 {
				t.Errorf("word %q box %+v off the %d×%d page", w.Text, w.Box, b.Dx(), b.Dy())
			}
			if w.Box.Y1-w.Box.Y0 > 25 {
				tall++
			}
		}
		if tall > len(res.Words)/10 {
			t.Errorf("%d of %d words over 25 pixels tall on a 75 dpi page: boxes not brought back", tall, len(res.Words))
		}
	}
	inPage(res)

	kept, _ := read(Options{KeepImage: true})
	if f := kept.Enlarged(); f < 1.5 {
		t.Fatalf("kept for layout, the page was enlarged %.2f times", f)
	}
	if ib := kept.Image.Bounds(); ib.Dx() != kept.Width || ib.Dy() != kept.Height || kept.DPI <= 75 {
		t.Errorf("kept image %v for a result of %d×%d at %d dpi", ib, kept.Width, kept.Height, kept.DPI)
	}
	kept.Unscale()
	inPage(kept)
	if kept.Image != nil {
		t.Error("Unscale kept the enlarged pixels")
	}
}

// TestEnlargeFreesItsCopy: measuring a page of small print and enlarging
// it, 40 times over, leaves the C heap and resident memory where they
// were after the first few.
func TestEnlargeFreesItsCopy(t *testing.T) {
	if cHeapInUse() < 0 {
		t.Skip("the C library cannot report its heap")
	}
	opts := render.DefaultOptions()
	opts.DPI = 75
	pages, err := render.Pages(truth(t, 1), opts)
	if err != nil {
		t.Fatal(err)
	}
	img, err := decodePage(pngPage(t, pages[0], 75, "small.png"))
	if err != nil {
		t.Fatal(err)
	}
	defer img.free()
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	round := func(n int) {
		for range n {
			big, ok, err := enlarge(img)
			if err != nil || !ok {
				t.Fatalf("75 dpi page not enlarged (%v)", err)
			}
			big.free()
		}
	}
	round(5)
	// A copy is mapped apart from the heap's arena (a 75 dpi A4 page
	// enlarged three times holds 8.7 MB), so resident memory is the
	// measure too: 40 copies kept would be 350 MB.
	c1, r1 := cHeapInUse(), rssBytes(t)
	round(40)
	if grew := cHeapInUse() - c1; grew > 40*1000 {
		t.Errorf("the C heap grew by %d bytes over 40 enlargements", grew)
	}
	if grew := rssBytes(t) - r1; grew > 40<<20 {
		t.Errorf("resident memory grew by %d MB over 40 enlargements", grew>>20)
	}
}

// TestTinyPagesNotEnlarged: a page of one pixel, one row or one column
// measures no print and is read as it is, without an error (leptonica
// cannot halve it).
func TestTinyPagesNotEnlarged(t *testing.T) {
	for _, sz := range [][2]int{{1, 1}, {1, 40}, {40, 1}, {2, 2}} {
		img, err := greyPix(make([]byte, sz[0]*sz[1]), sz[0], sz[1], false)
		if err != nil {
			t.Fatal(err)
		}
		out, ok, err := enlarge(img)
		if err != nil || ok || out != img {
			t.Errorf("%d×%d page: enlarged %v, error %v", sz[0], sz[1], ok, err)
		}
		img.free()
	}
}
