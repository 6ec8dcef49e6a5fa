package layout

import (
	"context"
	"image"
	"log/slog"
	"strings"

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
	return p.readAgain(ctx, r, dpi, file, page, p.stampCrops(), false)
}

// readAgain reads each crop again, decoloured (readCrops), and puts the
// words read in place of the old ones when they read better (replace;
// stamped as there).
func (p *page) readAgain(ctx context.Context, r Reader, dpi int, file string, page int, crops []image.Rectangle, stamped bool) error {
	if len(crops) == 0 {
		return nil
	}
	imgs := make([]*image.Gray, len(crops))
	for k, crop := range crops {
		imgs[k] = decolour(p.img, crop)
	}
	what := "crops"
	if stamped {
		what = "crops under stamps"
	}
	read, err := readCrops(ctx, r, dpi, imgs, file, page, what)
	if err != nil {
		return err
	}
	for k, crop := range crops {
		p.replace(crop, &ocr.Result{Words: read[k]}, stamped)
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
		if !tainted && !p.ringOverPrint(c) {
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
		out = append(out, p.wholeLines(grown).Intersect(image.Rect(0, 0, p.w, p.h)))
	}
	return out
}

// rereadSealRuns reads again, each on its own crop, the runs of print
// that cross a grey seal's ring and lost words inside it (markSeals): on
// the band of one line the ring is two short arcs, and Tesseract reads the
// print between them ("T/M BAN THƯỜNG VỤ" where the whole page gave
// "TIM BANTĐHƯỜNG"). The new words replace the run's when they read
// better; the stamp's words stay listed. Only a cancelled ctx is an error.
func (p *page) rereadSealRuns(ctx context.Context, r Reader, dpi int, file string, page int) error {
	if r == nil || p.img == nil {
		return nil
	}
	return p.readAgain(ctx, r, dpi, file, page, p.sealRuns, true)
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
			out.Pix[(y-crop.Min.Y)*out.Stride+x-crop.Min.X] = decolourPixel(r, g, b)
		}
	}
	return out
}

// replace puts the words read on a crop in place of the kept words whose
// centre lies in it, if they read better. With stamped, the words dropped
// as stamp in the crop count in the first reading's confidence too (print
// read through a seal's ring): they stay dropped and listed, and the new
// words stand in for them.
func (p *page) replace(crop image.Rectangle, res *ocr.Result, stamped bool) {
	inside := func(b ocr.Box) bool {
		return image.Pt((b.X0+b.X1)/2, (b.Y0+b.Y1)/2).In(crop)
	}
	var old, stamp []int
	for i, w := range p.words {
		if w.hand || !inside(w.Box) {
			continue
		}
		switch {
		case w.drop == "":
			old = append(old, i)
		case stamped && w.drop == ReasonStamp:
			stamp = append(stamp, i)
		}
	}
	if len(res.Words) == 0 || len(old) == 0 {
		return
	}
	// The new lines take the place of the first line they replace.
	first := p.words[old[0]].tline
	for _, i := range stamp {
		first = min(first, p.words[i].tline)
	}
	if !p.readsBetter(old, stamp, res.Words, stamped) {
		return
	}
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

// readsBetter reports whether the words read again (neww) read better than
// the first reading's kept words old (and, on a seal's band, the words
// dropped as stamp in it, stamp): by mean confidence on a coloured stamp's
// crop, whose print the decolouring restores; by confident print on a band
// crossing a grey seal's ring (stamped), where the ring's arcs stay in the
// crop and lower Tesseract's confidence in print it reads well ("TM.ỦY BAN
// NHÂN DÂN" at 66 where the first reading kept "NHÂN DÂN" at 74): the
// letters of plausible words weighted by their confidence.
func (p *page) readsBetter(old, stamp []int, neww []ocr.Word, stamped bool) bool {
	var before, after float64
	for _, i := range old {
		before += printWeight(p.words[i].Word)
	}
	for _, w := range neww {
		after += printWeight(w)
	}
	slog.Debug("layout: a crop read again", "seal", stamped, "before", before, "after", after, "new", wordsText(neww))
	if stamped {
		return after > before
	}
	// A coloured stamp's crop reaches over the stamp's own letters, which
	// were dropped by their colour and count for nothing before; read
	// again, decoloured, they are left as fragments that count as print
	// ("6K", "ế"), and a wide crop of a misread title holds more letters
	// than the words kept: judged by confident print, 5 of formgen's 23
	// colour last pages of seeds 21..80 changed, one title more was lost
	// ("BAN`NHÂN DÂN" read again "hai I DÂN"), one split and one body
	// paragraph reordered, for one title gained. Mean confidence holds
	// them back.
	var oldSum, newSum float64
	for _, i := range append(old, stamp...) {
		oldSum += p.words[i].Confidence
	}
	for _, w := range neww {
		newSum += w.Confidence
	}
	return newSum/float64(len(neww)) > oldSum/float64(len(old)+len(stamp))
}

// printWeight is a word's letters weighted by its confidence (0–1), of
// the pieces of it that read as print (plausible): an arc of the ring or a
// speck between two words is read as a quote joining them ("BAN'KIỂM").
func printWeight(w ocr.Word) float64 {
	n := 0
	for _, piece := range strings.FieldsFunc(w.Text, isQuote) {
		if plausible(piece) {
			n += len(letters(piece))
		}
	}
	return float64(n) * w.Confidence / 100
}

// plausiblePieces reports whether a word reads as print whole or in its
// pieces around a quote, as printWeight counts it: "BAN'KIỂM" is two
// words of print with an arc of the ring or a speck read between them.
func plausiblePieces(text string) bool {
	if plausible(text) {
		return true
	}
	pieces := strings.FieldsFunc(text, isQuote)
	if len(pieces) < 2 {
		return false
	}
	for _, piece := range pieces {
		if !plausible(piece) || !hasLetter(piece) {
			return false
		}
	}
	return true
}

// isQuote reports whether r is a quotation mark or apostrophe.
func isQuote(r rune) bool { return strings.ContainsRune("'`\"‘’“”", r) }

// wordsText is words' texts joined by spaces, for the debug log.
func wordsText(ws []ocr.Word) string {
	var b strings.Builder
	for i, w := range ws {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w.Text)
	}
	return b.String()
}
