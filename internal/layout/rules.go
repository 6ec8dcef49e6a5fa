package layout

import (
	"encoding/binary"
	"image"
	"slices"
)

// Printed rules (the lines of a table, a footnote separator) are found on
// the page image as long straight runs of dark pixels. Lengths are in
// multiples of the page's type size p.xh.
const (
	// ruleGap: a rule may break for this many light pixels (a 1-bit scan
	// loses pixels of a thin line) and stay one rule.
	ruleGap = 3
	// hRuleMin is the shortest horizontal run taken for a rule: longer
	// than any word, so text never makes one (words are separated by
	// white, and letters' serifs never join across a space).
	hRuleMin = 4.0
	// vRuleMin is the shortest vertical run: taller than a letter's
	// stroke, shorter than a row of a table.
	vRuleMin = 1.1
	// ruleThick: a run thicker than this is a dark area (a photo, a
	// black bar), not a rule.
	ruleThick = 0.5
)

// rule is a straight printed line: horizontal (y0..y1 its thickness) or
// vertical (x0..x1 its thickness).
type rule struct {
	image.Rectangle
}

// ruleScanner keeps the runs of dark pixels of one direction, merging the
// runs of neighbouring rows (or columns) into rules.
type ruleScanner struct {
	rules []image.Rectangle
	ink   []int // dark pixels of each rule: its area, not its box's
	open  []int // indices into rules still growing
}

// add records a run on row (or column) at; horizontal selects the
// orientation of r's coordinates.
func (s *ruleScanner) add(r image.Rectangle, horizontal bool, tol int) {
	for _, k := range s.open {
		o := &s.rules[k]
		var touches bool
		if horizontal {
			touches = r.Min.Y <= o.Max.Y+1 && r.Min.X <= o.Max.X+tol && r.Max.X >= o.Min.X-tol
		} else {
			touches = r.Min.X <= o.Max.X+1 && r.Min.Y <= o.Max.Y+tol && r.Max.Y >= o.Min.Y-tol
		}
		if touches {
			*o = o.Union(r)
			s.ink[k] += r.Dx() * r.Dy()
			return
		}
	}
	s.rules = append(s.rules, r)
	s.ink = append(s.ink, r.Dx()*r.Dy())
	s.open = append(s.open, len(s.rules)-1)
}

// close stops growing the rules that ended before pos (a row or column).
func (s *ruleScanner) close(pos int, horizontal bool) {
	s.open = slices.DeleteFunc(s.open, func(k int) bool {
		if horizontal {
			return s.rules[k].Max.Y < pos
		}
		return s.rules[k].Max.X < pos
	})
}

// ruleInk is the luma below which findRules takes a pixel for a rule's
// ink; its bits (ones then zeros: 0x80, 0xC0) also tell paper eight
// pixels at a time: a byte is at least the level when it has all its bits.
type ruleInk uint8

const (
	// ruleInkPrint is the ink of print: a rule printed on a good scan.
	ruleInkPrint ruleInk = sealInkLuma
	// ruleInkFaint is how light a thin rule can be on a scan of low
	// resolution: a 0.5 pt rule is a third of a pixel wide at 100 dpi, and
	// interpolation (the scanner's, the enlargement of small print,
	// ocr/upscale.go) spreads its ink over a pixel or two of mid grey,
	// 130-150 on paper at 255, never below ruleInkPrint. The rules are then
	// sought again below this level (tableRules).
	ruleInkFaint ruleInk = 0xC0
)

// Both levels must be ones then zeros for the bit tests.
var _ = [1]struct{}{}[^uint8(ruleInkPrint)&(^uint8(ruleInkPrint)+1)|^uint8(ruleInkFaint)&(^uint8(ruleInkFaint)+1)]

// tableRules finds the page's rules at the ink of print and, when they
// make no table, again at ruleInkFaint: a table printed with thin rules and
// scanned at low resolution has them only in grey. A page whose table is
// found at the ink of print keeps its rules as they were, and text makes
// no grid at either level (findRules, grids); grey rules are taken only
// for a grid of at least two columns.
func (p *page) tableRules() (hs, vs []rule) {
	hs, vs = p.findRules(ruleInkPrint)
	if len(p.grids(hs, vs)) > 0 {
		return hs, vs
	}
	fh, fv := p.findRules(ruleInkFaint)
	if len(fh) < tableMinRules || len(fv) < tableMinRules {
		return hs, vs
	}
	// Grey lines also come with other print: a frame of dark rules with
	// grey lines in it (a boxed note on a low resolution copy) makes a
	// grid of a few cells. A table has at least two columns, its frame
	// and a rule between them running most of its height (a header row
	// of merged cells may stop them short).
	for _, g := range p.grids(fh, fv) {
		full := 0
		for _, v := range fv {
			if v.Overlaps(g.box) && 2*v.Dy() >= g.box.Dy() {
				full++
			}
		}
		if full >= tableMinRules {
			return fh, fv
		}
	}
	return hs, vs
}

// findRules finds the horizontal and vertical rules of the page image in
// one pass over its rows, a pixel of luma below ink being dark. The
// vertical runs are followed column by column with a start and a last dark
// row per column, so the image is read once, in memory order.
func (p *page) findRules(ink ruleInk) (hs, vs []rule) {
	if p.img == nil {
		return nil, nil
	}
	b := p.img.Bounds()
	w, h := b.Dx(), b.Dy()
	minH, minV := int(hRuleMin*float64(p.xh)), int(vRuleMin*float64(p.xh))
	thick := max(3, int(ruleThick*float64(p.xh)))
	start := make([]int, w) // first row of the current vertical run; -1 when none
	last := make([]int, w)  // its last dark row
	for x := range start {
		start[x] = -1
	}
	var vruns []image.Rectangle
	endV := func(x int) {
		if start[x] >= 0 && last[x]-start[x]+1 >= minV {
			vruns = append(vruns, image.Rect(x, start[x], x+1, last[x]+1))
		}
		start[x] = -1
	}
	var hsc ruleScanner
	row := make([]uint8, w)
	light := uint64(ink) * 0x0101010101010101
	for y := range h {
		inkRow(p.img, b.Min.Y+y, row, ink)
		// Horizontal runs on this row.
		runStart, runLast := -1, -1
		for x := 0; x < w; x++ {
			// Most of a page is paper, and a light pixel changes
			// nothing below: skip eight at a time.
			if x+8 <= w && binary.LittleEndian.Uint64(row[x:])&light == light {
				x += 7
				continue
			}
			v := row[x]
			if v >= uint8(ink) {
				continue
			}
			if runStart >= 0 && x-runLast > ruleGap+1 {
				if runLast-runStart+1 >= minH {
					hsc.add(image.Rect(runStart, y, runLast+1, y+1), true, ruleGap)
				}
				runStart = -1
			}
			if runStart < 0 {
				runStart = x
			}
			runLast = x
			// Vertical runs through this pixel.
			if start[x] >= 0 && y-last[x] > ruleGap+1 {
				endV(x)
			}
			if start[x] < 0 {
				start[x] = y
			}
			last[x] = y
		}
		if runStart >= 0 && runLast-runStart+1 >= minH {
			hsc.add(image.Rect(runStart, y, runLast+1, y+1), true, ruleGap)
		}
		hsc.close(y-1, true)
	}
	for x := range start {
		endV(x)
	}
	// Vertical runs, sorted by column, merged the same way.
	slices.SortFunc(vruns, func(a, b image.Rectangle) int {
		if a.Min.X != b.Min.X {
			return a.Min.X - b.Min.X
		}
		return a.Min.Y - b.Min.Y
	})
	var vsc ruleScanner
	for _, r := range vruns {
		vsc.close(r.Min.X-1, false)
		vsc.add(r, false, ruleGap)
	}
	// Thickness is ink over length: a rule tilted a little steps down
	// a row every so often, and its box grows taller than the line is.
	for k, r := range hsc.rules {
		if hsc.ink[k] <= thick*r.Dx() {
			hs = append(hs, rule{r})
		}
	}
	for k, r := range vsc.rules {
		if vsc.ink[k] <= thick*r.Dy() {
			vs = append(vs, rule{r})
		}
	}
	return joinRules(hs, true, p.xh), joinRules(vs, false, p.xh)
}

// joinRules joins pieces of one rule broken along its length (a 1-bit
// scan's gaps, a crossing rule's ink read as part of the other): pieces in
// line with each other and less than a type size apart.
func joinRules(rs []rule, horizontal bool, xh int) []rule {
	slices.SortFunc(rs, func(a, b rule) int {
		if horizontal {
			return a.Min.X - b.Min.X
		}
		return a.Min.Y - b.Min.Y
	})
	var out []rule
	for _, r := range rs {
		joined := false
		for k := range out {
			o := &out[k]
			if horizontal && r.Min.Y <= o.Max.Y+ruleGap && r.Max.Y >= o.Min.Y-ruleGap && r.Min.X <= o.Max.X+xh ||
				!horizontal && r.Min.X <= o.Max.X+ruleGap && r.Max.X >= o.Min.X-ruleGap && r.Min.Y <= o.Max.Y+xh {
				o.Rectangle = o.Union(r.Rectangle)
				joined = true
				break
			}
		}
		if !joined {
			out = append(out, r)
		}
	}
	return out
}

// inkRow fills row with the image's row y as findRules reads it: only
// whether a value is below ink counts. On a colour page the luma of paper
// is not computed, two pixels at a time: when the red, green and blue
// bytes of both have all of ink's bits, each channel is ink's level or
// more, and so is its luma, a weighted mean of them.
func inkRow(img image.Image, y int, row []uint8, ink ruleInk) {
	rgba, ok := img.(*image.RGBA)
	if !ok {
		greyRow(img, y, row)
		return
	}
	paperBits := uint64(ink) * 0x0001010100010101 // red, green, blue of two pixels
	pix := rgba.Pix[(y-rgba.Rect.Min.Y)*rgba.Stride:]
	x := 0
	for ; x+2 <= len(row); x += 2 {
		if binary.LittleEndian.Uint64(pix[4*x:])&paperBits == paperBits {
			row[x], row[x+1] = 255, 255
			continue
		}
		row[x] = uint8(luma(pix[4*x], pix[4*x+1], pix[4*x+2]))
		row[x+1] = uint8(luma(pix[4*x+4], pix[4*x+5], pix[4*x+6]))
	}
	for ; x < len(row); x++ {
		row[x] = uint8(luma(pix[4*x], pix[4*x+1], pix[4*x+2]))
	}
}

// greyRow fills row with the 8-bit grey of the image's row y.
func greyRow(img image.Image, y int, row []uint8) {
	b := img.Bounds()
	switch img := img.(type) {
	case *image.Gray:
		copy(row, img.Pix[(y-b.Min.Y)*img.Stride:])
	case *image.RGBA:
		pix := img.Pix[(y-b.Min.Y)*img.Stride:]
		for x := range row {
			row[x] = uint8(luma(pix[4*x], pix[4*x+1], pix[4*x+2]))
		}
	default:
		for x := range row {
			if dark(img, b.Min.X+x, y) {
				row[x] = 0
			} else {
				row[x] = 255
			}
		}
	}
}

// lightBits has the top bit of each of eight bytes set: eight grey pixels
// are all light (not ink) when they all have it, since ink is luma below
// sealInkLuma = 128. The array below fails to compile if that changes.
const lightBits = 0x8080808080808080

var _ = [1]struct{}{}[sealInkLuma-128]
