package layout

import (
	"image"
)

// Before the page is read, its type size is not known: the rules are
// sought with the size ND 30/2020 sets for body text (13–14 pt), whose
// words stand about 0.15 inch tall (ascenders and descenders).
const (
	typeSizeInch = 0.15
	// ruleEdge is how far beyond a rule's dark pixels it is painted
	// white: its anti-aliased edge, light grey that a threshold might
	// still keep as a thin line.
	ruleEdge = 2
)

// TableRules finds the ruled tables of a page image before Tesseract
// reads it and returns their rules, each a little wider than its ink:
// boxes to paint white (ocr.Options.Clean). Read with its rules, a table
// comes out garbled: the rules are taken for letters ("|", "—") and glue
// the cells of a row into one line of nonsense, or the cells are skipped.
// Without them the cells read as the short lines of text they are, and
// Analyze, which finds the same rules on the pixels ocr keeps for it
// (ocr.Result.Image, taken before the painting), cuts the table into cells
// with no need to read them again crop by crop. Rules that are no table's
// (under the motto, a footnote's separator) are left. dpi 0 is taken as
// 300.
func TableRules(img image.Image, dpi int) []image.Rectangle {
	if img == nil {
		return nil
	}
	if dpi <= 0 {
		dpi = 300
	}
	b := img.Bounds()
	p := &page{w: b.Dx(), h: b.Dy(), img: img, xh: max(4, int(typeSizeInch*float64(dpi)))}
	hs, vs := p.tableRules()
	if len(hs) < tableMinRules || len(vs) < tableMinRules {
		return nil
	}
	var out []image.Rectangle
	for _, t := range p.grids(hs, vs) {
		for _, rs := range [][]rule{hs, vs} {
			for _, r := range rs {
				if r.Overlaps(t.box) {
					out = append(out, r.Inset(-ruleEdge).Add(b.Min).Intersect(b))
				}
			}
		}
	}
	return out
}
