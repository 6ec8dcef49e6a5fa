package ocr

import (
	"math"
	"slices"
)

// Small type. Tesseract reads print best when its letters are a few tens
// of pixels tall: on a page scanned at 100–150 dpi, or at 200 dpi in small
// type, its thresholding breaks thin strokes and its line finding joins
// neighbouring lines. Such a page is read a second time enlarged, the
// factor taken from the type size the first reading measured (the median
// height of its confident words, from the top of their accents to the foot
// of their descenders), not from the resolution the file claims, which is
// often missing or wrong and says nothing of the type's size. Heights are
// in pixels.
const (
	// smallWordHeight: below this median word height a page is read
	// again enlarged. 13–14 pt print at 200 dpi measures about 23–29;
	// read as it is, it reads as well as larger.
	smallWordHeight = 22
	// upscaleWordHeight is the median word height the enlarged page gets.
	upscaleWordHeight = 30
	// maxUpscale bounds the factor: below a word height of 10 the print
	// is too damaged for enlarging to restore it, and the page's pixels
	// grow with the factor's square.
	maxUpscale = 3.0
	// minUpscaleWords: a reading with fewer confident words measures no
	// type size (a blank page, a picture).
	minUpscaleWords = 5
)

// wordHeight is the median height of the confident words of a reading
// (of at least two letters, as layout measures the type size), and
// whether there are enough of them to tell.
func wordHeight(boxes []wordBox) (float64, bool) {
	var hs []int
	for _, w := range boxes {
		if w.Confidence >= 60 && len([]rune(w.Word)) >= 2 {
			hs = append(hs, w.Box.Y1-w.Box.Y0)
		}
	}
	if len(hs) < minUpscaleWords {
		return 0, false
	}
	slices.Sort(hs)
	return float64(hs[len(hs)/2]), true
}

// upscaleFactor is how much to enlarge a page whose first reading gave
// boxes: 1 when its type is large enough (or its size unknown).
func upscaleFactor(boxes []wordBox) float64 {
	h, ok := wordHeight(boxes)
	if !ok || h >= smallWordHeight {
		return 1
	}
	return min(maxUpscale, upscaleWordHeight/h)
}

// read has the engine's client read img; with Options.Upscale, when the
// type is small (upscaleFactor), it reads an enlarged copy again and gives
// that reading, its boxes brought back to img's coordinates. It is off by
// default: on 100 dpi copies of the real dev scans it halves the CER of
// pages of small plain text but raises it on pages whose layout matters
// (a ruled table, a colour stamp), because layout still works on the
// page's own pixels (scripts/bench_degraded.sh).
func (e *Engine) read(img *pixImage) ([]wordBox, error) {
	boxes, err := e.client.recognize(img)
	if err != nil || !e.opts.Upscale {
		return boxes, err
	}
	f := upscaleFactor(boxes)
	if f <= 1 {
		return boxes, nil
	}
	big, err := img.upscaled(f)
	if err != nil {
		return nil, err
	}
	defer big.free()
	bigBoxes, err := e.client.recognize(big)
	if err != nil {
		return nil, err
	}
	// The enlarged page's size is rounded: scale by its measured ratio.
	fx, fy := big.ratio(img)
	for i := range bigBoxes {
		b := &bigBoxes[i].Box
		b.X0, b.X1 = shrink(b.X0, fx, false), shrink(b.X1, fx, true)
		b.Y0, b.Y1 = shrink(b.Y0, fy, false), shrink(b.Y1, fy, true)
	}
	return bigBoxes, nil
}

// shrink brings coordinate v of an enlarged page back by factor f: a box's
// start rounded down and its end up, so that the box still holds its ink.
func shrink(v int, f float64, end bool) int {
	if end {
		return int(math.Ceil(float64(v) / f))
	}
	return int(math.Floor(float64(v) / f))
}
