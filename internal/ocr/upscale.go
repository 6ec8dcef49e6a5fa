package ocr

import (
	"math"
	"slices"

	"github.com/vidoc/vidoc/internal/input"
)

// Small print. Tesseract reads print best when its letters are a few tens
// of pixels tall (an x-height of about 20 pixels, a 300 dpi scan of 12 pt
// type): on a page scanned at 100 dpi its thresholding breaks thin
// strokes and its line finding joins neighbouring lines, and layout's
// rules, made on 150–300 dpi scans, see marks too small to judge. Such a
// page is enlarged once, right after it is turned upright and deskewed,
// before anything else looks at it: table rules are found, Tesseract reads
// and layout works on the enlarged pixels, and every box is brought back
// to the page's own pixels at the end (Result.Unscale), so that outputs
// placed over the original image (hOCR, ALTO, the searchable PDF) match it.
//
// The factor comes from the print's size measured on the pixels (the
// median height of the marks that may be letters, glyphHeights), not from
// the resolution the file claims, which is often missing or wrong and
// says nothing of the type's size. Heights are in pixels: 12–13 pt print
// measures 26–27 at 300 dpi, 18 at 200 dpi, 13–14 at 150 dpi and 8–9 at
// 100 dpi.
const (
	// smallGlyphHeight: below this median mark height a page is
	// enlarged. On JPEG copies of the tuning scans at 100 dpi (marks 7–9)
	// enlarging lowers the mean CER from 6.2 to 5.2 %; at 150 dpi (9–14)
	// it raised it from 2.1 to 2.7–3.2 % (seals and signatures over the
	// closing segmented worse), so print of 150 dpi scans is read as it is.
	smallGlyphHeight = 11
	// enlargedGlyphHeight is the median mark height the enlarged page
	// gets, about that of a 250 dpi scan.
	enlargedGlyphHeight = 24.0
	// maxUpscale bounds the factor: below a mark height of 8 the print is
	// too damaged for enlarging to restore it, and the page's pixels grow
	// with the factor's square.
	maxUpscale = 3.0
	// maxEnlargedPixels bounds the enlarged page (a 300 dpi A3 page has
	// 17 million pixels): a large sheet of small print, a newspaper or a
	// map, is enlarged less, or not at all, rather than made a copy of
	// gigabytes.
	maxEnlargedPixels = 36e6
	// minUpscale: enlarging less than this is not worth a copy.
	minUpscale = 1.1
	// clearMargin: a page whose marks measure this much over
	// smallGlyphHeight on the halved copy (which rounds each up by a
	// pixel or two) is read as it is without measuring its own pixels.
	clearMargin = 4
	// minGlyphs: a page with fewer marks measures no type size (a blank
	// page, a picture).
	minGlyphs = 50
)

// glyphHeight is the median of the heights hs of a page's marks, and
// whether there are enough of them to tell the print's size.
func glyphHeight(hs []int) (float64, bool) {
	if len(hs) < minGlyphs {
		return 0, false
	}
	hs = slices.Clone(hs)
	slices.Sort(hs)
	return float64(hs[len(hs)/2]), true
}

// upscaleFactor is how much to enlarge a page whose marks have heights
// hs: 1 when its print is large enough (or its size unknown).
func upscaleFactor(hs []int) float64 {
	h, ok := glyphHeight(hs)
	if !ok || h >= smallGlyphHeight {
		return 1
	}
	return min(maxUpscale, enlargedGlyphHeight/h)
}

// bounded is factor f bounded so that a w × h page enlarged by it stays
// within Tesseract's side (input.MaxSide) and maxEnlargedPixels: 1 when
// that leaves too little to be worth a second copy of the page.
func bounded(f float64, w, h int) float64 {
	if w <= 0 || h <= 0 {
		return 1
	}
	f = min(f, float64(input.MaxSide)/float64(max(w, h)), math.Sqrt(maxEnlargedPixels/(float64(w)*float64(h))))
	if f < minUpscale {
		return 1
	}
	return f
}

// enlarge returns img enlarged when its print is small (upscaleFactor),
// with its resolution scaled alike, and whether it did: then the caller
// owns the copy and img is left as it was.
func enlarge(img *pixImage) (*pixImage, bool, error) {
	// Most pages are scans of 200–300 dpi: a measure on a copy of half
	// the size tells them apart for under half the cost
	// (BenchmarkGlyphHeights); a page it leaves in doubt is measured on
	// its own pixels.
	// A page whose marks cannot be measured is read as it is: the
	// measure only decides whether to enlarge, and never fails a page.
	hs, err := img.glyphHeights(true)
	if err != nil {
		return img, false, nil
	}
	if h, ok := glyphHeight(hs); !ok || h >= smallGlyphHeight+clearMargin {
		return img, false, nil
	}
	if hs, err = img.glyphHeights(false); err != nil {
		return img, false, nil
	}
	w, h := img.size()
	f := bounded(upscaleFactor(hs), w, h)
	if f <= 1 {
		return img, false, nil
	}
	big, err := img.upscaled(f)
	if err != nil {
		return nil, false, err
	}
	return big, true, nil
}

// shrink brings coordinate v of an enlarged page back by factor f: a box's
// start rounded down and its end up, so that the box still holds its ink.
func shrink(v int, f float64, end bool) int {
	if end {
		return int(math.Ceil(float64(v) / f))
	}
	return int(math.Floor(float64(v) / f))
}

// Shrink brings a box of the page as it was read back to the page's own
// pixels: itself when the page was not enlarged.
func (r *Result) Shrink(b Box) Box {
	if r.inWidth == 0 || (r.inWidth == r.Width && r.inHeight == r.Height) {
		return b
	}
	fx := float64(r.Width) / float64(r.inWidth)
	fy := float64(r.Height) / float64(r.inHeight)
	return Box{
		X0: min(shrink(b.X0, fx, false), r.inWidth), Y0: min(shrink(b.Y0, fy, false), r.inHeight),
		X1: min(shrink(b.X1, fx, true), r.inWidth), Y1: min(shrink(b.Y1, fy, true), r.inHeight),
	}
}

// Enlarged is how many times wider the page was read than it is (1 when
// it was read as it is); after Unscale it is 1.
func (r *Result) Enlarged() float64 {
	if r.inWidth == 0 {
		return 1
	}
	return float64(r.Width) / float64(r.inWidth)
}

// Unscale brings a result read on an enlarged page back to the page's own
// pixels: its size, resolution, words and lines. Its Image, the enlarged
// pixels, is let go. It does nothing to a page read as it is.
func (r *Result) Unscale() {
	if r.inWidth == 0 {
		return
	}
	for i := range r.Words {
		r.Words[i].Box = r.Shrink(r.Words[i].Box)
	}
	for i := range r.Lines {
		r.Lines[i].Box = r.Shrink(r.Lines[i].Box)
	}
	if r.Image != nil && (r.Width != r.inWidth || r.Height != r.inHeight) {
		r.Image = nil
	}
	r.Width, r.Height, r.DPI = r.inWidth, r.inHeight, r.inDPI
	r.inWidth, r.inHeight, r.inDPI = 0, 0, 0
}
