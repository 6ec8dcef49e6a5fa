package render

import (
	"image"
	"image/color"
	"math"
	"math/rand/v2"
)

// specksInk is the grey-black of dirt, toner dust and bleed-through on a
// scan: a little lighter than print, dark enough to survive binarisation.
var specksInk = color.RGBA{R: 40, G: 40, B: 45, A: 255}

// headerNoise draws what a scanner and a worn sheet leave in and around
// the header columns of a real page: specks, the edge of a punch hole, a
// fold's short stroke, bleed-through. OCR reads them as stray marks (` . '
// , - ~ |) before or after a printed line, and as short lines of marks
// between lines. lines are the boxes of the printed header lines (top at
// the ascent, bottom at the baseline); gaps are empty line slots of the
// columns, by the same boxes. The same seed draws the same noise.
func headerNoise(img *image.RGBA, seed uint64, lines, gaps []image.Rectangle, stroke int) {
	rng := rand.New(rand.NewPCG(seed, 0x59ec))
	for _, b := range lines {
		asc := b.Dy()
		if rng.IntN(100) < 35 {
			// Before the line: one or two marks, a little apart from its
			// first letter.
			x := b.Min.X - asc*(3+rng.IntN(6))/10
			for range 1 + rng.IntN(2) {
				x -= speck(img, rng, x, b.Max.Y, asc, stroke, true) + asc*(2+rng.IntN(4))/10
			}
		}
		if rng.IntN(100) < 20 {
			x := b.Max.X + asc*(3+rng.IntN(6))/10
			speck(img, rng, x, b.Max.Y, asc, stroke, false)
		}
	}
	for _, g := range gaps {
		if rng.IntN(100) >= 50 {
			continue
		}
		// A short row of specks somewhere in the empty slot.
		asc := g.Dy()
		n := 2 + rng.IntN(4)
		span := n * asc
		if span >= g.Dx() {
			continue
		}
		x := g.Min.X + rng.IntN(g.Dx()-span)
		for range n {
			x += speck(img, rng, x, g.Max.Y, asc, stroke, false) + asc*(3+rng.IntN(8))/10
		}
	}
}

// speck draws one mark on the line whose baseline is y and ascent asc,
// starting at x (ending at x when back), and returns its width.
func speck(img *image.RGBA, rng *rand.Rand, x, y, asc, stroke int, back bool) int {
	w := 0
	kind := rng.IntN(6)
	switch kind {
	case 0, 1: // a dot, on the baseline or at mid-height
		r := max(stroke, asc*(7+rng.IntN(6))/100)
		w = 2 * r
		cy := y - r
		if kind == 1 {
			cy = y - asc/2
		}
		disc(img, x+r-back0(back, w), cy, r)
	case 2: // a tick at the top, slanted: ' or `
		w = max(2, asc/6)
		x0 := x - back0(back, w)
		lineTo(img, x0, y-asc, x0+w, y-asc*2/3, stroke)
	case 3: // a short dash at mid-height
		w = asc * (3 + rng.IntN(5)) / 10
		x0 := x - back0(back, w)
		lineTo(img, x0, y-asc*2/5, x0+w, y-asc*2/5, stroke+rng.IntN(2))
	case 4: // a tilde
		w = asc * 6 / 10
		x0 := x - back0(back, w)
		px, py := x0, y-asc*2/5
		for i := 1; i <= 12; i++ {
			nx := x0 + w*i/12
			ny := y - asc*2/5 - int(float64(asc)/8*math.Sin(float64(i)/12*2*math.Pi))
			lineTo(img, px, py, nx, ny, stroke)
			px, py = nx, ny
		}
	default: // a bar: a fold's or a hole's edge
		w = stroke
		x0 := x - back0(back, w)
		lineTo(img, x0, y-asc*(9+rng.IntN(3))/10, x0, y+asc/5, stroke)
	}
	return w
}

// back0 is how far a mark of width w starts left of x when drawn leftward.
func back0(back bool, w int) int {
	if back {
		return w
	}
	return 0
}

// disc fills a circle of radius r at (cx, cy).
func disc(img *image.RGBA, cx, cy, r int) {
	for y := cy - r; y <= cy+r; y++ {
		for x := cx - r; x <= cx+r; x++ {
			if (x-cx)*(x-cx)+(y-cy)*(y-cy) <= r*r {
				multiply(img, x, y, specksInk)
			}
		}
	}
}

// lineTo draws a straight stroke from (x0, y0) to (x1, y1).
func lineTo(img *image.RGBA, x0, y0, x1, y1, stroke int) {
	steps := max(abs(x1-x0), abs(y1-y0), 1)
	for i := 0; i <= steps; i++ {
		x := x0 + (x1-x0)*i/steps
		y := y0 + (y1-y0)*i/steps
		for dy := 0; dy < stroke; dy++ {
			for dx := 0; dx < stroke; dx++ {
				multiply(img, x+dx, y+dy, specksInk)
			}
		}
	}
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}
