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

// ringOverPrint reports whether crop, round a stamp's words on a colour
// page, holds a coloured seal found by its ring (markSeals: a seal in
// another ink than red, a blue or violet one, which the red stamp rule
// does not take) and print kept beside its words: the decoloured crop
// takes the seal out, as it does a red one's, and the print under it is
// read again. A title line wholly inside the ring was dropped with the
// seal's own letters, which only their colour tells apart. A grey seal
// on a colour scan has no colour to take out: its crop would read the
// seal's letters again as print, and it is left to rereadSealRuns.
func (p *page) ringOverPrint(crop image.Rectangle) bool {
	if p.img == nil || !colourModel(p.img) {
		return false
	}
	ring, print := false, false
	for _, w := range p.words {
		if !toRect(w.Box).Overlaps(crop) {
			continue
		}
		ring = ring || w.drop == ReasonStamp && !w.framed && w.inked && w.colour >= taintShare
		print = print || w.drop == "" && plausible(w.Text) && hasLetter(w.Text)
	}
	return ring && print
}
