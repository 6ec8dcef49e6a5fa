package layout

import (
	"encoding/binary"
	"image"
	"image/color"
	"math"
	"strings"
	"unicode"
)

// A round seal (ND 30/2020 Phụ lục I: 35–45 mm across) on a grey or 1-bit
// scan has no colour to tell it by; its outer ring has a shape print never
// has: a thin dark circle, closed all round, of a known size. Sizes are in
// millimetres at the page's dpi.
const (
	sealMinR     = 15.0 // smallest outer radius looked for (a worn 35 mm seal reads a little small)
	sealMaxR     = 24.0 // largest (a 45 mm seal, with ink spread)
	sealCell     = 1.0  // the coarse search's grid step
	sealAngles   = 48   // directions sampled round a candidate circle in the coarse search
	sealMiss     = 4    // of them, how many may miss ink (a ring worn or broken by print)
	sealFine     = 180  // directions measured round the best candidate
	sealSpan     = 3.0  // how far in and out of the candidate radius a direction looks for the ring
	sealCover    = 0.85 // share of the fine directions that must cross the ring
	sealRoundSD  = 0.8  // the ring's radius may vary this much (sd): an "O" or an ellipse varies more
	sealMaxWidth = 1.6  // median width of the ring's stroke: a bold letter's is wider
	sealOutside  = 0.6  // share of directions dark just outside the ring above which it is a dark area, not a ring
	sealInkLuma  = 128  // luma below which a pixel is ink
	sealTopShare = 0.3  // seals stand over the closing: their centre is below this share of the page, or below the "Nơi nhận:" label (sealTop)
)

// circle is a found seal's outer ring, in pixels.
type circle struct{ cx, cy, r float64 }

func (c circle) holds(x, y float64) bool { return math.Hypot(x-c.cx, y-c.cy) <= c.r }

// markSeals drops, on a page without red ink (grey, 1-bit, or a grey
// document scanned in colour), the words inside a round seal:
// the seal's own letters (lines that lie wholly within the ring, or that
// read badly). Print crossing the seal that reads well (a confident,
// plausible word on a line that reaches out of the ring) is kept: the
// signer's title and the Nơi nhận list under a seal must not be lost.
func (p *page) markSeals(dpi int) {
	if p.img == nil || dpi <= 0 || p.redStamp() {
		return
	}
	c, ok := findSeal(p.img, float64(dpi)/25.4, p.sealTop())
	if !ok {
		return
	}
	gap := int(columnGap * float64(p.xh))
	for _, line := range p.tlines {
		// Runs of the line with no column gap inside: a seal's word
		// beside a Nơi nhận line is read on its line, yet stands apart.
		var runs []sealRun
		for _, run := range p.gapRuns(line, gap) {
			runs = append(runs, p.markSealRun(c, run))
		}
		p.noteSealRuns(runs, gap)
	}
}

// hasLetter reports whether s holds a letter: a scribble reads as digits
// and marks ("0", "9ọ"), print crossing a seal as words.
func hasLetter(s string) bool { return strings.ContainsFunc(s, unicode.IsLetter) }

// sealRun is what markSealRun found of one run of a line.
type sealRun struct {
	box     image.Rectangle
	dropped bool // words inside the ring were dropped
	out     bool // the run reaches clear out of the ring with a word read well: print, not a scribble
	// kept and lost count the letters of the run's words kept and
	// dropped as stamp.
	kept, lost int
}

// sealRereadShare is the share of a band's letters the seal must have
// taken for the band to be read again. A line keeps 60 % of its letters or
// is lost (scripts/lost_lines.py's test), and the words read through the
// ring beside those dropped are often misread too ("ÊN" for "TUYÊN") or
// dropped later as marks standing alone: a band that lost a quarter of its
// letters to the ring is close to losing its line. A Nơi nhận line under
// the ring loses a garbled word or two of many (a tenth of its letters)
// and is not read again (one 0.1 s reading of Tesseract each); a signer's
// title inside the ring loses a third or more.
const sealRereadShare = 0.25

// noteSealRuns keeps for a second reading (rereadSealRuns) the band of a
// line of print crossing the ring that lost words to it: each run that
// lost words, with its neighbours within two column gaps, when one of
// them reaches out of the ring with print. Print misread through the ring
// may be split in runs ("BA" inside, "ỜNG VỤ" outside), so a run may lose
// words without itself reaching out; a scribble beside the ring is no
// print and calls for no second reading.
func (p *page) noteSealRuns(runs []sealRun, gap int) {
	for k, r := range runs {
		if !r.dropped {
			continue
		}
		box, out, kept, lost := r.box, r.out, r.kept, r.lost
		for j := k - 1; j >= 0 && box.Min.X-runs[j].box.Max.X <= 2*gap; j-- {
			box, out, kept, lost = box.Union(runs[j].box), out || runs[j].out, kept+runs[j].kept, lost+runs[j].lost
		}
		for j := k + 1; j < len(runs) && runs[j].box.Min.X-box.Max.X <= 2*gap; j++ {
			box, out, kept, lost = box.Union(runs[j].box), out || runs[j].out, kept+runs[j].kept, lost+runs[j].lost
		}
		if out && float64(lost) >= sealRereadShare*float64(kept+lost) {
			band := box.Inset(-p.xh / 2).Intersect(image.Rect(0, 0, p.w, p.h))
			// Two runs that lost words in one band read it once.
			if n := len(p.sealRuns); n == 0 || !band.In(p.sealRuns[n-1]) {
				p.sealRuns = append(p.sealRuns, band)
			}
		}
	}
}

// markSealRun drops the words of one run inside the seal: all of them when
// the run does not reach clear out of the ring, else those that read badly.
func (p *page) markSealRun(c circle, run []int) sealRun {
	// A word of the run clear of the ring, beyond a letter's height from
	// it, makes the run print crossing the seal; letters of the ring's
	// own text stand on it.
	clear := circle{c.cx, c.cy, c.r + float64(p.xh)}
	out, print := 0, false
	for _, i := range run {
		if !p.inSeal(clear, i) {
			out++
			w := p.words[i]
			print = print || w.drop == "" && w.Confidence >= sealKeepConf && plausible(w.Text) && hasLetter(w.Text)
		}
	}
	dropped := false
	for _, i := range run {
		w := &p.words[i]
		if w.hand || w.fixed || w.drop != "" || !p.inSeal(c, i) {
			continue
		}
		if out == 0 || w.Confidence < sealKeepConf || !plausible(w.Text) {
			w.drop = ReasonStamp
			dropped = true
		}
	}
	r := sealRun{dropped: dropped, out: print}
	for _, i := range run {
		w := p.words[i]
		r.box = r.box.Union(toRect(w.Box))
		n := len(letters(w.Text))
		switch w.drop {
		case "":
			r.kept += n
		case ReasonStamp:
			r.lost += n
		}
	}
	return r
}

// sealTop is the highest a seal's centre is looked for, in pixels: below
// sealTopShare of the page, where the closing of a first page stands, or
// lower, from the top of a "Nơi nhận:" label when one stands higher: on a
// last page with little text left the closing is near the top, and the
// seal, over the signer's title beside the label, with it.
func (p *page) sealTop() int {
	top := int(sealTopShare * float64(p.h))
	for _, line := range p.tlines {
		// The label opens its line; Tesseract may join the signer's
		// title, beside it, onto the same line.
		text := ""
		for _, i := range line[:min(2, len(line))] {
			text += p.words[i].Text
			if recipientsLabel(text) {
				top = min(top, p.words[line[0]].Box.Y0)
				break
			}
		}
	}
	return top
}

// redStamp reports whether markInk found words in red ink: a colour page's
// seal is told by its colour, and its ring is not looked for.
func (p *page) redStamp() bool {
	for _, w := range p.words {
		if w.inked && w.colour >= colourShare && w.red {
			return true
		}
	}
	return false
}

// sealKeepConf is the confidence a word inside a seal needs to be kept as
// print crossing it.
const sealKeepConf = 70

func (p *page) inSeal(c circle, i int) bool {
	b := p.words[i].Box
	return c.holds(float64(b.X0+b.X1)/2, float64(b.Y0+b.Y1)/2)
}

// inkMap is a page's ink on a coarse grid: a cell is inked when any of its
// sampled pixels is dark. The grid is stored with pad empty cells all
// round, so that a look up to pad cells off the page needs no bounds check.
type inkMap struct {
	w, h        int
	cell        float64 // pixels per cell
	pad, stride int
	ink         []bool
}

func newInkMap(img image.Image, cell float64, pad int) *inkMap {
	b := img.Bounds()
	m := &inkMap{w: int(float64(b.Dx()) / cell), h: int(float64(b.Dy()) / cell), cell: cell, pad: pad}
	m.stride = m.w + 2*pad
	m.ink = make([]bool, m.stride*(m.h+2*pad))
	// The first column of each cell, computed once; pixels past the last
	// whole cell are left out. A cell once inked is not looked at again
	// on the pixel rows below, and a run of light pixels is skipped eight
	// at a time: most of a page is paper, or print already seen.
	x0 := make([]int, m.w+1)
	c := 0
	for x := range b.Dx() {
		for ; c <= m.w && c <= int(float64(x)/cell); c++ {
			x0[c] = x
		}
	}
	for ; c <= m.w; c++ {
		x0[c] = b.Dx()
	}
	for y := 0; y < b.Dy(); y++ {
		gy := int(float64(y) / cell)
		if gy >= m.h {
			break
		}
		row := m.ink[m.index(0, gy):m.index(m.w, gy)]
		for c := range m.w {
			if row[c] {
				continue
			}
			switch img := img.(type) {
			case *image.Gray:
				row[c] = anyInk(img.Pix[y*img.Stride+x0[c] : y*img.Stride+x0[c+1]])
			case *image.RGBA:
				pix := img.Pix[y*img.Stride:]
				for x := x0[c]; x < x0[c+1] && !row[c]; x++ {
					row[c] = luma(pix[4*x], pix[4*x+1], pix[4*x+2]) < sealInkLuma
				}
			default:
				for x := x0[c]; x < x0[c+1] && !row[c]; x++ {
					row[c] = dark(img, b.Min.X+x, b.Min.Y+y)
				}
			}
		}
	}
	return m
}

// anyInk reports whether a run of grey pixels holds ink.
func anyInk(pix []uint8) bool {
	for len(pix) >= 8 {
		if binary.LittleEndian.Uint64(pix)&lightBits != lightBits {
			return true
		}
		pix = pix[8:]
	}
	for _, v := range pix {
		if v < sealInkLuma {
			return true
		}
	}
	return false
}

// index is the place of cell (x, y) in m.ink, for x and y from -pad.
func (m *inkMap) index(x, y int) int { return (y+m.pad)*m.stride + x + m.pad }

// luma is the grey a pixel turns to on a grey scan (ITU-R 601, as
// color.GrayModel).
func luma[T uint8 | int](r, g, b T) int {
	return (299*int(r) + 587*int(g) + 114*int(b)) / 1000
}

// dark reports whether the pixel at (x, y) is ink.
func dark(img image.Image, x, y int) bool {
	switch img := img.(type) {
	case *image.Gray:
		return img.Pix[img.PixOffset(x, y)] < sealInkLuma
	case *image.RGBA:
		i := img.PixOffset(x, y)
		return luma(img.Pix[i], img.Pix[i+1], img.Pix[i+2]) < sealInkLuma
	}
	return color.GrayModel.Convert(img.At(x, y)).(color.Gray).Y < sealInkLuma
}

// findSeal looks for one round seal's outer ring, its centre at or below
// pixel row top: a coarse search over
// centres and radii on an ink grid of 1 mm cells keeps the circles whose
// every direction but a few meets ink, and the best of them is measured on
// the pixels: closed, round, thin, and not inside a dark area.
func findSeal(img image.Image, pxPerMM float64, top int) (circle, bool) {
	rMin, rMax := int(sealMinR/sealCell), int(math.Ceil(sealMaxR/sealCell))
	// A circle's cells lie within rMax + 1 of its centre, which lies on
	// the page: padded by that much, the map needs no bounds checks.
	m := newInkMap(img, sealCell*pxPerMM, rMax+1)
	// The cells each radius meets in each direction, half a cell in and
	// out (a thin ring crosses cells off the sampled point), computed once.
	// The directions go in an order that spreads the first ones round the
	// circle, so that a non-ring fails after a few looks.
	// Each offset is a step in m.ink.
	offsets := make([][sealAngles][3]int, rMax+1)
	for r := rMin; r <= rMax; r++ {
		for k := range sealAngles {
			a := 2 * math.Pi * float64((k*11)%sealAngles) / sealAngles
			for j, d := range [...]float64{0, -0.5, 0.5} {
				rr := float64(r) + d
				offsets[r][k][j] = int(math.Round(rr*math.Sin(a)))*m.stride + int(math.Round(rr*math.Cos(a)))
			}
		}
	}
	best, bestScore := circle{}, -1.0
	for cy := max(0, int(float64(top)/m.cell)); cy < m.h; cy++ {
		for cx := rMin; cx < m.w-rMin; cx++ {
			at := m.index(cx, cy)
			for r := rMin; r <= rMax; r++ {
				miss := 0
				for k := 0; k < sealAngles && miss <= sealMiss; k++ {
					o := &offsets[r][k]
					if !m.ink[at+o[0]] && !m.ink[at+o[1]] && !m.ink[at+o[2]] {
						miss++
					}
				}
				if miss > sealMiss {
					continue
				}
				c := circle{(float64(cx) + 0.5) * m.cell, (float64(cy) + 0.5) * m.cell, float64(r) * m.cell}
				if fit, score, ok := ringScore(img, c, pxPerMM); ok && score > bestScore {
					best, bestScore = fit, score
				}
			}
		}
	}
	return best, bestScore >= 0
}

// ringScore measures a candidate circle on the pixels: in each of sealFine
// directions it finds the dark run nearest the candidate radius. It is a
// ring when nearly every direction has one, their radii are about equal
// (round about the candidate centre), the runs are thin and the band just
// outside is mostly paper. It returns the ring's measured outer edge and
// the share of directions crossed.
func ringScore(img image.Image, c circle, pxPerMM float64) (circle, float64, bool) {
	b := img.Bounds()
	span := sealSpan * pxPerMM
	var radii, widths []float64
	outside := 0
	for k := range sealFine {
		a := 2 * math.Pi * float64(k) / sealFine
		ca, sa := math.Cos(a), math.Sin(a)
		isDark := func(r float64) bool {
			x, y := int(c.cx+r*ca), int(c.cy+r*sa)
			return image.Pt(x, y).In(b) && dark(img, x, y)
		}
		// The run nearest c.r: walk out from c.r both ways.
		found := false
		var lo, hi float64
		for d := 0.0; d <= span && !found; d++ {
			for _, r := range []float64{c.r - d, c.r + d} {
				if isDark(r) {
					lo, hi, found = r, r, true
					break
				}
			}
		}
		if !found {
			continue
		}
		for isDark(lo-1) && c.r-lo < 2*span {
			lo--
		}
		for isDark(hi+1) && hi-c.r < 2*span {
			hi++
		}
		radii = append(radii, (lo+hi)/2)
		widths = append(widths, hi-lo+1)
		if isDark(hi + 1.5*pxPerMM) {
			outside++
		}
	}
	cover := float64(len(radii)) / sealFine
	if cover < sealCover {
		return c, 0, false
	}
	var mean, sd float64
	for _, r := range radii {
		mean += r
	}
	mean /= float64(len(radii))
	for _, r := range radii {
		sd += (r - mean) * (r - mean)
	}
	sd = math.Sqrt(sd / float64(len(radii)))
	if sd > sealRoundSD*pxPerMM || median(widths) > sealMaxWidth*pxPerMM ||
		float64(outside)/float64(len(radii)) > sealOutside {
		return c, 0, false
	}
	c.r = mean + median(widths)/2
	return c, cover, true
}
