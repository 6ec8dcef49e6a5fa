package layout

import (
	"image"

	"github.com/vidoc/vidoc/internal/ocr"
)

// Thresholds on 8-bit channels. A scanned red seal is about (200, 50, 60):
// its chroma (max − min channel) is far above the few units of grey paper
// and black print, and above JPEG's colour fringes around black letters.
const (
	colourChroma  = 70  // chroma above which a pixel is coloured ink
	neutralChroma = 45  // chroma below which a dark pixel is black ink
	darkLuma      = 120 // luma below which a neutral pixel is ink
	paperLuma     = 235 // pixels brighter than this are paper, whatever their hue
	// colourShare of a word's ink coloured makes it coloured: black print
	// under a seal keeps a good part of its ink black.
	colourShare = 0.8
	// maxSamples bounds the pixels looked at per word.
	maxSamples = 900
)

// markInk measures, on a colour page, how much of each word's ink is
// coloured, and drops words written in coloured ink: seals and stamps (red)
// and pen notes or signatures (other colours). Black print over a seal keeps
// its black pixels and stays.
func (p *page) markInk() {
	if p.img == nil || !colourModel(p.img) {
		return
	}
	for i := range p.words {
		w := &p.words[i]
		col, red, neutral := inkCounts(p.img, w.Box)
		if col+neutral == 0 {
			continue
		}
		w.inked = true
		w.colour = float64(col) / float64(col+neutral)
		w.red = red*2 > col
	}
}

// colourModel reports whether img can hold colour at all: grey and
// bilevel scans never have coloured ink.
func colourModel(img image.Image) bool {
	switch img := img.(type) {
	case *image.Gray, *image.Gray16:
		return false
	case *image.Paletted:
		for _, c := range img.Palette {
			r, g, b, _ := c.RGBA()
			if r != g || g != b {
				return true
			}
		}
		return false
	}
	return true
}

// inkCounts samples the pixels of box: coloured ones (and of them the red
// ones) and dark neutral ones.
func inkCounts(img image.Image, box ocr.Box) (colour, red, neutral int) {
	b := image.Rect(box.X0, box.Y0, box.X1, box.Y1).Intersect(img.Bounds())
	if b.Empty() {
		return 0, 0, 0
	}
	step := 1
	for (b.Dx()/step)*(b.Dy()/step) > maxSamples {
		step++
	}
	for y := b.Min.Y; y < b.Max.Y; y += step {
		for x := b.Min.X; x < b.Max.X; x += step {
			r32, g32, b32, _ := img.At(x, y).RGBA()
			r, g, bl := int(r32>>8), int(g32>>8), int(b32>>8)
			hi, lo := max(r, g, bl), min(r, g, bl)
			luma := luma(r, g, bl)
			switch {
			case luma > paperLuma:
			case hi-lo > colourChroma:
				colour++
				if r == hi {
					red++
				}
			case hi-lo < neutralChroma && luma < darkLuma:
				neutral++
			}
		}
	}
	return colour, red, neutral
}

// decolourChroma is the chroma above which decolourPixel lightens a pixel.
// It is below colourChroma, which tells a word's ink coloured: a scanner
// sharpens a seal's strokes and JPEG keeps their colour at half the
// resolution, so their edges are a dull, darker red (174, 105, 108: chroma
// 69) that the grey of colourChroma's rule left as a dark outline of the
// ring and of the seal's letters round the print. Black print and its JPEG
// fringes stay under it.
const decolourChroma = 40

// decolourPixel is the grey of a pixel on a crop read again with its
// coloured ink taken out: a coloured pixel becomes its brightest channel
// lightened by its chroma, so that a seal's red core (179, 24, 55), whose
// red channel alone is a mid grey Tesseract reads as ink, and a blue seal
// or pen (40, 70, 170) turn to paper, and black print where the seal
// crosses it (60, 0, 0) stays dark. Other pixels keep their luma.
func decolourPixel(r, g, b int) uint8 {
	hi, lo := max(r, g, b), min(r, g, b)
	if hi-lo > decolourChroma {
		return uint8(min(255, hi+hi-lo))
	}
	return uint8(luma(r, g, b))
}
