package layout

import "image"

// wholeLineHeight bounds, in type sizes (page.xh), the words wholeLines
// takes into a crop: a line of print, not a signature's stroke two lines
// high.
const wholeLineHeight = 2

// wholeLinePasses bounds how often wholeLines looks again at a crop it
// widened: a word taken in may cut another (the rest of a title, the line
// it was joined to), but never a column's every line.
const wholeLinePasses = 2

// wholeLines widens a crop read again so that it cuts no word of print:
// every word it cuts, or that stands within a column gap of it on its
// rows, is taken in whole. A coloured stamp's crop is drawn round the
// stamp's own words and the kept words on their rows; print the first
// reading garbled and dropped (a signer's title under the seal's ring
// read "zzEE=HI£U") is neither, and a crop whose edge runs through a line
// reads its lower half as other garbage ("41. HIL.U 4114UO" for "TL. HIỆU
// TRƯỞNG"), or the end of a word cut at its side as a mark ("CT€"), which
// then stands in for the line. The seal's and the pen's coloured words
// are not taken in: the crop holds them already, or they lie beyond the
// print. The crop is then padded by a quarter of the type size: Tesseract
// reads a letter touching the crop's edge badly.
func (p *page) wholeLines(crop image.Rectangle) image.Rectangle {
	reach := int(columnGap * float64(p.xh))
	grown := crop
	for range wholeLinePasses {
		near := image.Rect(grown.Min.X-reach, grown.Min.Y, grown.Max.X+reach, grown.Max.Y)
		next := grown
		for _, w := range p.words {
			if w.drop == ReasonStamp || w.drop == ReasonColourInk || w.drop == reasonReread ||
				w.Box.Y1-w.Box.Y0 > wholeLineHeight*p.xh {
				continue
			}
			if b := toRect(w.Box); b.Overlaps(near) && !b.In(grown) {
				next = next.Union(b)
			}
		}
		if next == grown {
			break
		}
		grown = next
	}
	if grown == crop {
		return crop
	}
	return grown.Inset(-p.xh / 4)
}
