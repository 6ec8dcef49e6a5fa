package layout

import (
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/vidoc/vidoc/internal/editdist"
	"github.com/vidoc/vidoc/internal/ocr"
	"github.com/vidoc/vidoc/internal/viet"
	"golang.org/x/text/unicode/norm"
)

// Noise thresholds. Confidences are Tesseract's (0–100); sizes are in
// multiples of the page's type size (p.xh).
const (
	edgeShare      = 0.012 // a word this close to the page edge (share of the side) is at the border
	edgeConfidence = 60    // below this, a word at the border is scanner edge, not print
	speckConf      = 30    // a tiny mark below this is a speck
	garbageConf    = 50    // a word below this that is not a syllable, number or code is garbage
	wreckConf      = 25    // a word below this that is not a syllable is dropped even among good ones
	garbageShare   = 0.6   // a part with this share of garbage letters is dropped whole
	garbagePartMax = 65    // … when its mean confidence is below this
	unreadablePart = 35    // a part read with less mean confidence is dropped whatever it looks like
)

// markNoise drops the words that are not print: coloured ink (measured by
// markInk), marks along the scanner's edge and specks. Handwriting in a
// blank is never dropped.
func (p *page) markNoise() {
	for i := range p.words {
		w := &p.words[i]
		if w.hand || w.drop != "" {
			continue
		}
		b := w.Box
		switch {
		case w.inked && w.colour >= colourShare && w.red:
			w.drop = ReasonStamp
		case w.inked && w.colour >= colourShare:
			w.drop = ReasonColourInk
		case w.fixed:
			// Print of a known line, however faint or near the edge.
		case w.Confidence < edgeConfidence && p.atEdge(b) && !plausible(w.Text):
			w.drop = ReasonBorder
		case w.Confidence < speckConf && b.Y1-b.Y0 < p.xh/2 && b.X1-b.X0 < p.xh && !hasAlnum(w.Text):
			w.drop = ReasonSpeck
		case p.dotDash(w), p.tooShort(w):
			w.drop = ReasonSpeck
		case w.Confidence < wreckConf && !plausiblePieces(w.Text) && !p.headerSymbol(w.Text, b) && !typeName(w.Text):
			w.drop = ReasonGarbage
		}
	}
}

// dotDash reports whether a word read as a dash is a dot: a speck of
// dust or toner before a line, which Tesseract reads as "-" with high
// confidence and which then opens the line like a list item ("- SỞ GIÁO
// DỤC …"). A printed dash is a stroke two or three times wider than it is
// thick, and at least a fifth of the type size wide; a dot is as tall as
// it is wide.
func (p *page) dotDash(w *word) bool {
	b := w.Box
	dx, dy := b.X1-b.X0, b.Y1-b.Y0
	return dashes[w.Text] && 5*dx < p.xh && 2*dx <= 3*dy
}

// dashes are the ways Tesseract writes a short horizontal mark.
var dashes = map[string]bool{"-": true, "–": true, "—": true, "_": true, "~": true}

// tooShort reports whether a word with letters or digits is under a
// quarter of the type size high: no letter or digit of the page's print,
// nor of its footnotes' smaller type, is that short (a lower-case letter
// without ascender is half the height of a word with one), so it is a row
// of marks (accents, dots, a rule's dashes) read as characters.
func (p *page) tooShort(w *word) bool {
	return 4*(w.Box.Y1-w.Box.Y0) < p.xh && hasAlnum(w.Text)
}

// markGarbageParts drops column lines made mostly of garbage: a grey
// stamp, a signature or handwriting read as letters ("zzEE=HI£U").
func (p *page) markGarbageParts() {
	if right, ok := p.printRight(); ok {
		for _, pt := range p.parts {
			p.trimMargin(pt, right)
		}
	}
	left, right := p.textBounds()
	for _, pt := range p.parts {
		var bad, all int
		for _, i := range pt.words {
			n := len([]rune(p.words[i].Text))
			all += n
			if p.words[i].hand {
				all += 1 << 20 // never drop a line holding a filled blank
			}
			if p.words[i].Confidence < garbageConf && !plausiblePieces(p.words[i].Text) {
				bad += n
			}
		}
		n := len([]rune(pt.text))
		switch {
		case slices.ContainsFunc(pt.words, func(i int) bool { return p.words[i].fixed }):
			// A fixed header line read poorly is still the line.
		case p.words[pt.words[0]].listed, p.words[pt.words[0]].held:
			// A line of the Nơi nhận list, or of print crossing a stamp:
			// kept, however garbled, as markListLines or markHeldLines
			// gave it back.
		case slices.ContainsFunc(pt.words, func(i int) bool { return webAddress(p.words[i].Text) }):
			// A web or e-mail address is print however unsure its
			// reading: its mixed letters and digits, no syllables, are
			// read with confidence under 35 on a 100 dpi or 1-bit copy.
		case recipientsLabel(pt.text):
			// "Nơi nhận:" is often set in italics and misread, yet it
			// opens the closing: keep it as read.
		case slices.ContainsFunc(pt.words, func(i int) bool { return p.headerSymbol(p.words[i].Text, p.words[i].Box) }):
			// The symbol after an empty number blank ("Số:      /QĐ-UBND")
			// stands alone past the blank's gap and is often read with
			// little confidence, yet it is the header's number field.
		case typeName(pt.text):
			// The type line, its two words read glued and unsure
			// ("CHỈTHỊ", confidence 0): the document's type, never noise.
		case !hasAlnum(pt.text) && n >= 3:
			p.dropPart(pt, ReasonRule)
		case n <= 2 && !strings.ContainsFunc(pt.text, unicode.IsDigit) && !p.words[pt.words[0]].hand:
			// A mark standing alone: a line of print has more than two
			// letters, and a lone digit may be a page or list number.
			if pt.box.X1 < left || pt.box.X0 > right {
				p.dropPart(pt, ReasonBorder)
			} else {
				p.dropPart(pt, ReasonSpeck)
			}
		case all > 0 && float64(bad) >= garbageShare*float64(all) && p.confidence(pt) < garbagePartMax,
			all < 1<<20 && p.confidence(pt) < unreadablePart:
			p.dropPart(pt, ReasonGarbage)
		}
	}
}

// trimMargin drops the marks Tesseract read at the end of a line of print
// out in the right margin, past right (the lines' right edge) and apart
// from the print by more than a word's space: the arcs of a seal stamped
// across the sheet's edge (ND 30/2020 Điều 33, dấu giáp lai) or a margin
// scribble, read with the line they face ("… thực hiện ʃ~ Ô"). On a colour
// scan the seal's red drops them; on a grey or 1-bit scan only where they
// stand tells them. A word is a mark when it reads as no print, or is one
// or two letters or signs: print ending a line past the others is a word,
// a number or a code.
func (p *page) trimMargin(pt *part, right int) {
	gap := int(bridgeGap * float64(p.xh))
	k := len(pt.words)
	for k > 1 && p.marginMark(pt.words[k-1]) && p.words[pt.words[k-1]].Box.X0 > right {
		k--
	}
	if k == len(pt.words) || p.words[pt.words[k]].Box.X0-p.words[pt.words[k-1]].Box.X1 <= gap {
		return
	}
	for _, i := range pt.words[k:] {
		p.words[i].drop = ReasonBorder
	}
	*pt = *p.partOf(pt.tline, pt.words[:k])
}

// marginMark reports whether word i may be a mark in the margin: it
// reads as no print, or as one or two letters or signs. A word given back
// to a line of print crossing a stamp (markHeldLines) is that line's.
func (p *page) marginMark(i int) bool {
	w := p.words[i]
	if w.hand || w.fixed || w.held {
		return false
	}
	return !plausible(w.Text) || len([]rune(w.Text)) <= 2 && !strings.ContainsFunc(w.Text, unicode.IsDigit)
}

// printRight is the right edge of the lines of print as textBounds
// measures it, each line ending at its last word that is no margin mark:
// marks read at the end of many lines (a seal across the sheet's edge
// faces a dozen) would carry the edge out to them.
func (p *page) printRight() (int, bool) {
	var x1s []int
	for _, pt := range p.parts {
		if len(pt.words) < 3 {
			continue
		}
		k := len(pt.words)
		for k > 0 && p.marginMark(pt.words[k-1]) {
			k--
		}
		if k > 0 {
			x1s = append(x1s, p.words[pt.words[k-1]].Box.X1)
		}
	}
	if len(x1s) == 0 {
		return 0, false
	}
	return rightEdge(x1s), true
}

func (p *page) dropPart(pt *part, reason string) {
	for _, i := range pt.words {
		if !p.words[i].fixed {
			p.words[i].drop = reason
		}
	}
}

// atEdge reports whether a box touches the page's edge band.
func (p *page) atEdge(b ocr.Box) bool {
	dx, dy := int(edgeShare*float64(p.w)), int(edgeShare*float64(p.h))
	return b.X0 <= dx || b.Y0 <= dy || b.X1 >= p.w-dx || b.Y1 >= p.h-dy
}

// plausible reports whether an OCR word reads as print: a Vietnamese
// syllable, a number, a code ("81/2021/NĐ-CP"), a web or e-mail address
// (webAddress) or a short punctuation mark,
// once surrounding punctuation is trimmed.
func plausible(text string) bool {
	core := strings.TrimFunc(text, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) })
	if core == "" {
		return len([]rune(text)) <= 2
	}
	if viet.Valid(core) || webAddress(core) {
		return true
	}
	sh := viet.ShapeOf(core, "/-.,()")
	if sh.Other() > 0 {
		return false
	}
	// Numbers, and codes and abbreviations in capitals: "81/2021/NĐ-CP",
	// "D20", "UBND", "TB-ĐHĐL". Lower-case letters mixed with digits are
	// misread marks.
	upper := sh.Upper == sh.Letters
	return sh.Digits > 0 && (sh.Letters == 0 || upper) || sh.Letters >= 2 && upper
}

// symbolSegMax is the longest piece of a document symbol: "UBND",
// "HĐND", "ĐHĐL", "VPCP" and the longest bodies' abbreviations.
const symbolSegMax = 10

// headerSymbol reports whether a word in the header half of the page is
// shaped like a document's symbol, whatever its confidence.
func (p *page) headerSymbol(text string, b ocr.Box) bool {
	return b.Y0 < int(headerShare*float64(p.h)) && docSymbol(text)
}

// symbolApart reports whether one of two parts on a row is a document
// symbol standing alone in the header, a column's gap from the other: the
// number line's end, not a line broken in two, so joinRows keeps them
// apart ("-CTr/TU" is no part of a date line misread beside it).
func (p *page) symbolApart(a, b *part) bool {
	if b.box.X0 < a.box.X0 {
		a, b = b, a
	}
	gap := b.box.X0 - a.box.X1
	return gap > int(columnGap*float64(p.xh)) && slices.ContainsFunc([]*part{a, b}, func(pt *part) bool {
		return len(pt.words) == 1 && p.headerSymbol(pt.text, pt.box)
	})
}

// docSymbol reports whether text is shaped like the symbol of a document's
// number (ND 30/2020 Appendix I, HD 36-HD/VPTW): abbreviations of the
// document's type and its issuer joined by slashes and hyphens, "/QĐ-UBND",
// "-CV/TU", "/TB-ĐHĐL", "12/2024/NĐ-CP", or run together when OCR lost the
// hyphen ("/CTUBND"). Each abbreviation is capitals, Đ included, but for
// one small letter after the first HD 36 prints in some ("CTr", "TTr",
// "QyĐ"). The token either opens with its separator (the number before it
// was left blank) or has one inside between abbreviations, and holds two
// capitals at least.
func docSymbol(text string) bool {
	text = strings.TrimRightFunc(text, func(r rune) bool { return r == '.' || r == ',' || r == ';' || r == ':' })
	rs := []rune(text)
	if len(rs) < 3 {
		return false
	}
	isSep := func(r rune) bool { return r == '/' || r == '-' }
	leading := isSep(rs[0])
	segs := strings.FieldsFunc(text, isSep)
	seps := strings.Count(text, "/") + strings.Count(text, "-")
	lead := 0
	if leading {
		lead = 1
	}
	// No doubled or trailing separator, and one at least.
	if len(segs) == 0 || seps != len(segs)-1+lead || seps == 0 {
		return false
	}
	capitals, abbrevs := 0, 0
	for _, seg := range segs {
		sr := []rune(seg)
		if len(sr) > symbolSegMax {
			return false
		}
		if strings.IndexFunc(seg, func(r rune) bool { return !unicode.IsDigit(r) }) < 0 {
			continue // a number or a year
		}
		small := 0
		for k, r := range sr {
			switch {
			case unicode.IsUpper(r):
				capitals++
			case unicode.IsLower(r) && k > 0:
				small++
			default:
				return false
			}
		}
		if small > 1 {
			return false
		}
		abbrevs++
	}
	return abbrevs > 0 && capitals >= 2
}

func hasAlnum(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
}

// textBounds is the left and right edge of the lines of print: marks
// outside them are in the margin.
func (p *page) textBounds() (left, right int) {
	var x0s, x1s []int
	for _, pt := range p.parts {
		if len(pt.words) >= 3 {
			x0s = append(x0s, pt.box.X0)
			x1s = append(x1s, pt.box.X1)
		}
	}
	if len(x0s) == 0 {
		return 0, p.w
	}
	slices.Sort(x0s)
	return x0s[len(x0s)/20], rightEdge(x1s)
}

// rightEdge is where most lines of print end, given the right ends xs of
// the lines (sorted here): the rightmost once a twentieth of them is left
// out, the lines a stray mark or a wide table row carries further.
func rightEdge(xs []int) int {
	slices.Sort(xs)
	return xs[len(xs)-1-len(xs)/20]
}

// recipientsLabel reports whether text reads, letters only and within
// two edits, as the "Nơi nhận:" label.
func recipientsLabel(text string) bool {
	l := letters(text)
	return len(l) >= 5 && len(l) <= 10 && editdist.Runes(l, []rune("NOINHAN")) <= 2
}

// typeName reports whether text, spaces and the dashes printed round a
// type line aside, spells a document type's name (viet.DocTypes) letter
// for letter: Tesseract reads a spaced capital type line glued and with no
// confidence, and the drop rules took it for marks.
func typeName(text string) bool {
	return typeNames()[squeezeTypeLine(text)]
}

// typeNames are viet.DocTypes squeezed (squeezeTypeLine), made once: the
// garbage rules ask of nearly every line.
var typeNames = sync.OnceValue(func() map[string]bool {
	m := make(map[string]bool, len(viet.DocTypes))
	for _, name := range viet.DocTypes {
		m[squeezeTypeLine(name)] = true
	}
	return m
})

// squeezeTypeLine is s in NFC without its spaces and dashes.
func squeezeTypeLine(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == '-' || r == '–' || r == '—' {
			return -1
		}
		return r
	}, norm.NFC.String(s))
}
