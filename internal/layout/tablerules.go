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
// reads it and returns boxes to paint white (ocr.Options.Clean): the whole
// of each table, and the rules of a grid that is no table (a blank form's).
// Read with its rules, a table comes out garbled: the rules are taken for
// letters ("|", "—") and glue the cells of a row into one line of
// nonsense, or the cells are skipped; read without them, its cells still
// run together across a column whose rule Tesseract does not see as a
// gutter, or lose the spaces of a narrow cell, and most were read again on
// their own crops, the table read twice. Left out of the page's reading,
// each cell is read once, on its own crop, by Analyze, which finds the
// same tables on the pixels ocr keeps for it (ocr.Result.Image, taken
// before the painting) and knows them by the boxes painted
// (ocr.Result.Cleaned). Rules that are no grid's (under the motto, a
// footnote's separator) are left. dpi 0 is taken as 300.
func TableRules(img image.Image, dpi int) []image.Rectangle {
	if img == nil {
		return nil
	}
	b := img.Bounds()
	hs, vs, grids, real := tablesBeforeRead(img, dpi)
	var out []image.Rectangle
	for k, t := range grids {
		if real[k] {
			out = append(out, t.area().Add(b.Min).Intersect(b))
		}
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

// tablesBeforeRead finds the ruled grids of a page image before it is
// read, with the type size ND 30/2020 sets (typeSizeInch at dpi, 300 when
// 0), and which of them are tables, by the ink of their cells alone
// (realTable): its rules, the grids and, for each, whether it is a table.
// TableRules and Analyze both call it on the same pixels and dpi, so the
// tables one leaves out of the page's reading are the ones the other reads
// cell by cell, whatever type size the page's words later show.
func tablesBeforeRead(img image.Image, dpi int) (hs, vs []rule, grids []*table, real []bool) {
	if dpi <= 0 {
		dpi = 300
	}
	b := img.Bounds()
	p := &page{w: b.Dx(), h: b.Dy(), img: img, xh: max(4, int(typeSizeInch*float64(dpi)))}
	hs, vs = p.tableRules()
	if len(hs) < tableMinRules || len(vs) < tableMinRules {
		return hs, vs, nil, nil
	}
	grids = p.grids(hs, vs)
	real = make([]bool, len(grids))
	for k, t := range grids {
		real[k] = p.realTable(t, hs, vs)
	}
	return hs, vs, grids, real
}

// area is the box its cells tile, between the outer rules' centres.
func (t *table) area() image.Rectangle {
	var a image.Rectangle
	for _, c := range t.cells {
		a = a.Union(c.outer)
	}
	return a
}
