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
