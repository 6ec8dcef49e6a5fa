package layout

import (
	"context"
	"image"
	"log/slog"

	"github.com/vidoc/vidoc/internal/ocr"
)

// Reader reads an image on its own; *ocr.Engine is one.
type Reader interface {
	RecognizeImage(ctx context.Context, img image.Image, dpi int) (*ocr.Result, error)
}

// taintShare of a word's ink coloured means coloured ink lies over it: black
// print under a seal, which Tesseract often misreads there.
const taintShare = 0.1

// rereadStamps reads the print under each coloured stamp again, on a crop
// with the colour taken out: coloured pixels become as light as their
// brightest channel (red ink on the red channel is nearly paper), dark
// print stays dark. The new words replace the old ones of the crop when
// their mean confidence is higher; the stamp's own words stay dropped and
// listed. Only a cancelled ctx is an error.
func (p *page) rereadStamps(ctx context.Context, r Reader, dpi int, file string, page int) error {
	if r == nil || p.img == nil || !colourModel(p.img) {
		return nil
	}
	for _, crop := range p.stampCrops() {
		if err := ctx.Err(); err != nil {
			return err
		}
		grey := decolour(p.img, crop)
		res, err := r.RecognizeImage(ctx, grey, dpi)
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			// The page was read once already: a failed second look at one
			// crop costs that crop's better reading, not the page.
			slog.Warn("layout: reading under a stamp again failed; the first reading is kept",
				"file", file, "page", page, "crop", crop.String(), "err", err)
			continue
		}
		p.replace(crop, res)
	}
	return nil
}

// stampCrops are the boxes to read again: around each group of stamp
// words, widened to the whole of the column lines it touches.
func (p *page) stampCrops() []image.Rectangle {
	var crops []image.Rectangle
	pad := p.xh
	for _, w := range p.words {
		if w.drop != ReasonStamp {
			continue
		}
		r := image.Rect(w.Box.X0-pad, w.Box.Y0-pad, w.Box.X1+pad, w.Box.Y1+pad)
		merged := false
		for k := range crops {
			if crops[k].Overlaps(r.Inset(-2 * pad)) {
				crops[k] = crops[k].Union(r)
				merged = true
				break
			}
		}
		if !merged {
			crops = append(crops, r)
		}
	}
	var out []image.Rectangle
	for _, c := range crops {
		// Only worth reading again when print lies under the stamp.
		tainted := false
		for _, w := range p.words {
			b := toRect(w.Box)
			if w.drop == "" && w.inked && w.colour >= taintShare && b.Overlaps(c) {
				tainted = true
			}
		}
		if !tainted {
			continue
		}
		// Widen to every kept word on the rows of the crop that lies
		// within reach of it (a column line, not the other column).
		grown := c
		for _, w := range p.words {
			b := toRect(w.Box)
			if w.drop == "" && b.Min.Y < c.Max.Y && b.Max.Y > c.Min.Y &&
				b.Min.X < c.Max.X+int(columnGap*float64(p.xh)) && b.Max.X > c.Min.X-int(columnGap*float64(p.xh)) {
				grown = grown.Union(b.Inset(-pad / 2))
			}
		}
		out = append(out, grown.Intersect(image.Rect(0, 0, p.w, p.h)))
	}
	return out
}

func toRect(b ocr.Box) image.Rectangle { return image.Rect(b.X0, b.Y0, b.X1, b.Y1) }

// decolour returns the crop in grey with coloured ink lightened.
func decolour(img image.Image, crop image.Rectangle) *image.Gray {
	out := image.NewGray(image.Rect(0, 0, crop.Dx(), crop.Dy()))
	rgba, _ := img.(*image.RGBA) // read in place: At's interface costs more than the rest
	for y := crop.Min.Y; y < crop.Max.Y; y++ {
		for x := crop.Min.X; x < crop.Max.X; x++ {
			var r, g, b int
			if rgba != nil {
				i := rgba.PixOffset(x, y)
				r, g, b = int(rgba.Pix[i]), int(rgba.Pix[i+1]), int(rgba.Pix[i+2])
			} else {
				r32, g32, b32, _ := img.At(x, y).RGBA()
				r, g, b = int(r32>>8), int(g32>>8), int(b32>>8)
			}
			hi, lo := max(r, g, b), min(r, g, b)
			v := (299*r + 587*g + 114*b) / 1000
			if hi-lo > colourChroma {
				v = hi
			}
			out.Pix[(y-crop.Min.Y)*out.Stride+x-crop.Min.X] = uint8(v)
		}
	}
	return out
}

// replace puts the words read on a crop in place of the kept words whose
// centre lies in it, if they read better.
func (p *page) replace(crop image.Rectangle, res *ocr.Result) {
	inside := func(b ocr.Box) bool {
		return image.Pt((b.X0+b.X1)/2, (b.Y0+b.Y1)/2).In(crop)
	}
	var old []int
	var oldSum float64
	for i, w := range p.words {
		if w.drop == "" && !w.hand && inside(w.Box) {
			old = append(old, i)
			oldSum += w.Confidence
		}
	}
	if len(res.Words) == 0 || len(old) == 0 {
		return
	}
	var newSum float64
	for _, w := range res.Words {
		newSum += w.Confidence
	}
	if newSum/float64(len(res.Words)) <= oldSum/float64(len(old)) {
		return
	}
	// The new lines take the place of the first line they replace.
	first := p.words[old[0]].tline
	replaced := map[int]bool{}
	for _, i := range old {
		replaced[i] = true
	}
	var tlines [][]int
	var tpar [][2]int
	for t, line := range p.tlines {
		if t == first {
			prev := [3]int{-1, -1, -1}
			for _, w := range res.Words {
				w.Box = ocr.Box{X0: w.Box.X0 + crop.Min.X, Y0: w.Box.Y0 + crop.Min.Y, X1: w.Box.X1 + crop.Min.X, Y1: w.Box.Y1 + crop.Min.Y}
				key := [3]int{w.Block, w.Par, w.Line}
				if key != prev {
					tlines = append(tlines, nil)
					tpar = append(tpar, [2]int{-w.Block, w.Par}) // its own paragraphs
					prev = key
				}
				nw := word{Word: w, tline: len(tlines) - 1}
				if p.img != nil {
					col, red, neutral := inkCounts(p.img, w.Box)
					if col+neutral > 0 {
						nw.inked, nw.colour, nw.red = true, float64(col)/float64(col+neutral), red*2 > col
					}
				}
				tlines[len(tlines)-1] = append(tlines[len(tlines)-1], len(p.words))
				p.words = append(p.words, nw)
			}
		}
		var kept []int
		for _, i := range line {
			if !replaced[i] {
				kept = append(kept, i)
			}
		}
		if len(kept) > 0 {
			for _, i := range kept {
				p.words[i].tline = len(tlines)
			}
			tlines = append(tlines, kept)
			tpar = append(tpar, p.tpar[t])
		}
	}
	for _, i := range old {
		p.words[i].drop = reasonReread
	}
	p.tlines, p.tpar = tlines, tpar
}
