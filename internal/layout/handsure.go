package layout

// Whether a word read in a printed blank can be trusted. Fitted on the
// synthetic tuning pages (cmd/formgen seeds 1–24, the pen's figures drawn
// in a slanted sans): of the blanks Tesseract read wrongly, most lost a
// figure ("1" for a pen "18", "13" for "138") and left a box far wider
// than the figures it read, and the rest read one figure as another ("3"
// for "9") at confidences (60, 78) that right readings of pen figures
// also get (25–73). So a word is sure only when it reads as confidently
// as clean print and its box fits the figures read.
const (
	// sureConfidence is Tesseract's word confidence of clean print.
	sureConfidence = 85
	// maxGlyphAspect is the widest a word's box may be, over its height,
	// per character read: printed and pen figures read whole measured
	// 0.56–0.83 on the tuning pages, readings that lost a figure 1.12–1.57.
	maxGlyphAspect = 1.0
)

// fitsGlyphs reports whether word i's box is no wider than the characters
// read in it: a box much wider holds figures Tesseract merged or lost.
func (p *page) fitsGlyphs(i int) bool {
	w := &p.words[i]
	n := len([]rune(w.Text))
	h := w.Box.Y1 - w.Box.Y0
	if n == 0 || h <= 0 {
		return false
	}
	return float64(w.Box.X1-w.Box.X0)/float64(h)/float64(n) <= maxGlyphAspect
}
