package layout

import (
	"context"
	"image"

	"github.com/vidoc/vidoc/internal/ocr"
)

// Shape of a word that holds lines Tesseract failed to segment, in type
// sizes (p.xh).
const (
	// mergedTall: the word's box is this many type sizes high or more,
	// two lines' height: no word of one line is.
	mergedTall = 1.5
	// mergedWide: the box is wider than this many type sizes per letter
	// read; a letter of print is narrower than one type size, so a box
	// twice as wide holds letters Tesseract did not read.
	mergedWide = 2.0
)

// rereadMerged reads again the words in which Tesseract ran two or more
// tightly set lines together: a few characters read with little
// confidence ("\"5.") in a box two lines high and many letters wide, where
// a short Nơi nhận list printed under its label had two items; the lines
// were lost. Each such box is read again on its own crop, where Tesseract
// segments the lines, and the new words stand in for the old (replace)
// when they are print: two lines or more, read with confidence. A
// signature or a scribble read again stays what it was. Only a cancelled
// ctx is an error.
func (p *page) rereadMerged(ctx context.Context, r Reader, dpi int, file string, page int) error {
	if r == nil || p.img == nil {
		return nil
	}
	var crops []image.Rectangle
	var imgs []*image.Gray
	for i := range p.words {
		if !p.mergedLines(i) {
			continue
		}
		b := p.words[i].Box
		pad := p.xh / 2
		crop := image.Rect(b.X0-pad, b.Y0, b.X1+pad, b.Y1).Intersect(image.Rect(0, 0, p.w, p.h))
		crops, imgs = append(crops, crop), append(imgs, decolour(p.img, crop))
	}
	if len(crops) == 0 {
		return nil
	}
	read, err := readCrops(ctx, r, dpi, imgs, file, page, "merged lines")
	if err != nil {
		return err
	}
	for k, crop := range crops {
		if res := (&ocr.Result{Words: read[k]}); linesOfPrint(res) {
			p.replace(crop, res, false)
		}
	}
	return nil
}

// mergedPrintConf is the least mean confidence of a crop's new reading to
// be taken as print.
const mergedPrintConf = 70

// linesOfPrint reports whether a crop's reading is two lines or more of
// print: its words read with a mean confidence of mergedPrintConf or more.
func linesOfPrint(res *ocr.Result) bool {
	if len(res.Words) == 0 {
		return false
	}
	lines := map[[3]int]bool{}
	var sum float64
	for _, w := range res.Words {
		lines[[3]int{w.Block, w.Par, w.Line}] = true
		sum += w.Confidence
	}
	return len(lines) >= 2 && sum/float64(len(res.Words)) >= mergedPrintConf
}

// mergedLines reports whether word i is a kept word of print read with
// little confidence in a box two lines high and far wider than its
// letters.
func (p *page) mergedLines(i int) bool {
	w := p.words[i]
	if w.drop != "" || w.hand || w.fixed || w.inTable || w.Confidence >= garbageConf {
		return false
	}
	b := w.Box
	n := len([]rune(w.Text))
	return float64(b.Y1-b.Y0) >= mergedTall*float64(p.xh) &&
		float64(b.X1-b.X0) > mergedWide*float64(n*p.xh)
}
