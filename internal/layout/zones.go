package layout

import (
	"cmp"
	"regexp"
	"slices"

	"github.com/vidoc/vidoc/internal/viet"
)

// Geometry, in multiples of the type size p.xh unless said otherwise.
const (
	columnGap = 2.5 // a gap this wide inside a Tesseract line separates two columns
	// blankGap between a left-column line and the one above it, after the
	// right column has ended, ends the header: the blank line before
	// "Kính gửi" or the title.
	blankGap = 1.5
	// headerShare and closingShare bound where the header and the closing
	// may lie (share of the page height from the top and from the bottom).
	headerShare  = 0.5
	closingShare = 0.85
	// marginShare: page numbers are printed in this share of the page
	// height at the top or bottom.
	marginShare = 0.1
)

var (
	pageNumberRe = regexp.MustCompile(`^[-–—\s]*\d{1,3}[-–—\s]*$`)
	// addresseeRe opens "Kính gửi:", which follows the header, never in
	// it; it is matched on the line's letters without marks (addressee),
	// as OCR may give any tone mark on them.
	addresseeRe = regexp.MustCompile(`^(?i)kinh gui`)
)

// split cuts every Tesseract line at its wide gaps into parts, one per
// column, leaving out dropped words. A word dropped as garbage between two
// kept ones, a word's space from each, stood where the line is printed (a
// receiving office's stamp over the date's day and month, read
// "Ì9!háng"): the hole it leaves is no column gap, and the line stays one
// part. Cut there, its two halves each looked like a column of their own,
// and the place and date line was read half in the left column.
func (p *page) split() {
	p.splitParts()
	p.markGarbageParts()
	// A line of print crossing a stamp may have lost its garbled words
	// to the rules above, or to the garbage filter just now: it gets them
	// back, and is cut in parts again.
	if p.markHeldLines() {
		p.parts = nil
		p.splitParts()
		p.markGarbageParts()
	}
	p.parts = slices.DeleteFunc(p.parts, func(pt *part) bool { return !p.kept(pt.words[0]) })
	for _, pt := range p.parts {
		pt.kind = Body
		if p.words[pt.words[0]].banner {
			pt.kind = Banner
		}
	}
}

// splitParts cuts each Tesseract line into parts at its column gaps; a
// held stretch (markHeldLines) only at a gap wider than it may hold.
func (p *page) splitParts() {
	gap := int(columnGap * float64(p.xh))
	bridge := int(bridgeGap * float64(p.xh))
	for t, line := range p.tlines {
		var cur []int
		end, bridged := 0, false // right edge of the line's print so far; whether a dropped word set it
		for _, i := range line {
			w := p.words[i]
			if w.inTable {
				continue
			}
			if !p.kept(i) {
				if len(cur) > 0 && p.bridges(i) && w.Box.X0-end <= bridge {
					end, bridged = max(end, w.Box.X1), true
				}
				continue
			}
			if len(cur) > 0 && w.held && p.words[cur[len(cur)-1]].held {
				// One stretch of print given its words back
				// (markHeldLines): the hole a stamp left in it is
				// no column gap.
				if w.Box.X0-end > 2*gap {
					p.parts = append(p.parts, p.partOf(t, cur))
					cur = nil
				}
			} else if len(cur) > 0 && (w.Box.X0-end > gap || bridged && w.Box.X0-end > bridge || w.fixed != p.words[cur[len(cur)-1]].fixed) {
				// A fixed line (the national or Party title, the
				// motto) is a column's line of its own, however
				// narrow the gutter left beside it: on a small
				// photo, or with the issuing body's name as long as
				// the title, the two columns' first lines are read
				// as one line a word's space apart.
				p.parts = append(p.parts, p.partOf(t, cur))
				cur = nil
			}
			cur = append(cur, i)
			end, bridged = w.Box.X1, false
		}
		if len(cur) > 0 {
			p.parts = append(p.parts, p.partOf(t, cur))
		}
	}
}

// bridgeGap is the widest space, in type sizes, between a word dropped as
// garbage and the kept words on each side of it for the line to be one
// part across it: a word's space, well under a column gap.
const bridgeGap = 1.5

// bridges reports whether dropped word i may hold a line together across
// the hole it leaves: unreadable marks of a letter's height or more where
// print stands, not a speck, a stamp's or a signature's word.
func (p *page) bridges(i int) bool {
	w := p.words[i]
	return w.drop == ReasonGarbage && w.Box.Y1-w.Box.Y0 >= p.xh/2
}

// findZones marks page numbers, then the header and the closing with their
// columns; everything else is body, in Tesseract's order.
func (p *page) findZones() {
	for _, pt := range p.parts {
		if pageNumberRe.MatchString(pt.text) &&
			(pt.box.Y1 < int(marginShare*float64(p.h)) || pt.box.Y0 > int((1-marginShare)*float64(p.h))) {
			pt.kind = PageNumber
		}
	}
	p.ruledFootnotes()
	if p.columns(true) {
		p.reordered = true
	}
	if p.columns(false) {
		p.reordered = true
	}
	p.findFootnotes()
}

// footnoteSize: footnotes are set in smaller type than the body (10–11 pt
// against 13–14 pt, ND 30/2020 Phụ lục I), so their words are shorter.
const footnoteSize = 0.85

// footnoteMarkRe opens a footnote: its number or an asterisk.
var footnoteMarkRe = regexp.MustCompile(`^(\(?\d{1,2}\)?|\*+)\s*\S`)

// findFootnotes marks the block of small-type lines at the foot of the
// page, from the bottom up, that begins with a note mark.
func (p *page) findFootnotes() {
	var cand []*part
	for _, pt := range p.parts {
		if pt.kind == Body && pt.box.Y0 > p.h*2/3 {
			cand = append(cand, pt)
		}
	}
	slices.SortStableFunc(cand, func(a, b *part) int { return b.box.Y0 - a.box.Y0 })
	var notes []*part
	for _, pt := range cand {
		if float64(p.typeSize(pt)) > footnoteSize*float64(p.xh) {
			break
		}
		notes = append(notes, pt)
	}
	top := -1
	for k, pt := range notes {
		if footnoteMarkRe.MatchString(pt.text) {
			top = k
		}
	}
	if top < 0 || !p.below(notes[top]) {
		return
	}
	for _, pt := range notes[:top+1] {
		pt.kind = Footnote
	}
}

// ruledNoteSize: under a footnote rule the notes are set smaller than the
// body; the rule is evidence enough to allow type nearer the body's size.
const ruledNoteSize = 0.95

// ruledFootnotes marks the footnotes printed under a short rule at the foot
// of the page (ND 30/2020 and Word set one from the left margin, a third of
// the line or so): every line under such a rule, all in small type, is a
// note, with or without a note mark. It runs before the closing is looked
// for, which would take the notes for a column otherwise. A rule with text
// beside it is an underline; one wider than half the text, or with body
// type under it, is no footnote rule.
func (p *page) ruledFootnotes() {
	left, right := p.textBounds()
	for _, r := range p.hrules {
		if r.Min.Y < p.h*2/3 || 2*r.Dx() > right-left || abs(r.Min.X-left) > 2*p.xh {
			continue
		}
		var notes []*part
		ok := true
		for _, pt := range p.parts {
			if pt.box.Y1 >= r.Min.Y-ruleGap && pt.box.Y0 <= r.Max.Y+ruleGap {
				ok = false // text on the rule's row: an underline
			}
			if pt.kind != Body || pt.box.Y1 <= r.Max.Y {
				continue
			}
			if float64(p.typeSize(pt)) > ruledNoteSize*float64(p.xh) {
				ok = false
			}
			notes = append(notes, pt)
		}
		if ok && len(notes) > 0 {
			for _, pt := range notes {
				pt.kind = Footnote
			}
			return
		}
	}
}

// typeSize is the median height of a part's words of two letters or more.
func (p *page) typeSize(pt *part) int {
	var hs []int
	for _, i := range pt.words {
		if len([]rune(p.words[i].Text)) >= 2 {
			hs = append(hs, p.words[i].Box.Y1-p.words[i].Box.Y0)
		}
	}
	if len(hs) == 0 {
		return p.xh
	}
	return median(hs)
}

// below reports whether pt lies under every body and closing line: notes
// are the last thing printed above the page number.
func (p *page) below(pt *part) bool {
	for _, o := range p.parts {
		if o != pt && o.kind != PageNumber && o.kind != Footnote && o.box.Y0 > pt.box.Y0 && p.typeSize(o) > int(footnoteSize*float64(p.xh)) {
			return false
		}
	}
	return true
}

// columns finds the two-column zone at the top (header) or bottom
// (closing) of the page and marks its parts. It reports whether it found
// one: a zone needs a row where both columns are printed side by side.
func (p *page) columns(top bool) bool {
	var cand []*part
	for _, pt := range p.parts {
		if pt.kind != Body {
			continue
		}
		if top && pt.box.Y0 < int(headerShare*float64(p.h)) ||
			!top && pt.box.Y1 > int((1-closingShare)*float64(p.h)) {
			cand = append(cand, pt)
		}
	}
	slices.SortStableFunc(cand, func(a, b *part) int { return a.box.Y0 - b.box.Y0 })
	if !top {
		slices.Reverse(cand)
	}
	// The gutter between the columns, from rows printed side by side: the
	// left column ends by gl, the right one starts from gr.
	var lefts, rights, rightCentres []int
	for _, a := range cand {
		for _, b := range cand {
			// Lines of words, not lone marks, show where the columns are.
			if a != b && a.box.X1 < b.box.X0 && overlapY(a, b) && len(letters(a.text)) >= 3 && len(letters(b.text)) >= 3 {
				lefts = append(lefts, a.box.X1)
				rights = append(rights, b.box.X0)
				rightCentres = append(rightCentres, centerX(b.box))
			}
		}
	}
	if len(lefts) == 0 {
		return false
	}
	gl, gr, cr := median(lefts), median(rights), median(rightCentres)
	// A part centred on the page (the type line, a title) is no column.
	mid := (p.textCentre() + cr) / 2
	side := func(pt *part) Kind {
		switch {
		case pt.box.X1 <= gr && centerX(pt.box) < mid:
			if top {
				return HeaderLeft
			}
			return ClosingLeft
		case pt.box.X0 >= gl && centerX(pt.box) >= mid:
			if top {
				return HeaderRight
			}
			return ClosingRight
		}
		return Body
	}
	var zone []*part
	lastRight := -1
	for k, pt := range cand {
		kind := side(pt)
		if kind != HeaderRight && kind != ClosingRight && p.cutGarbageTail(pt, gl, gr) {
			kind = side(pt)
		}
		if kind == Body {
			break
		}
		if top && kind == HeaderLeft && lastRight >= 0 {
			// A left line printed beside a right one is a row of the
			// header, however far below the line above it stands: the
			// "Số:" and date row under a blank, where the issuing body
			// above "Số:" is cut off or too faint to read.
			prev := zone[len(zone)-1]
			if float64(pt.box.Y0-prev.box.Y1) > blankGap*float64(p.xh) && !besideRight(pt, cand, side) ||
				addressee(pt.text) {
				break
			}
		}
		if kind == HeaderRight || kind == ClosingRight {
			lastRight = k
		}
		zone = append(zone, pt)
	}
	if !top {
		// The closing starts at its signer block or at "Nơi nhận", whichever
		// is higher: short last lines of the body above them stay body.
		start := -1
		for k, pt := range zone {
			if pt.kind == Body && (side(pt) == ClosingRight || recipientsLabel(pt.text)) {
				start = k
			}
		}
		zone = zone[:start+1]
	}
	// Each column must hold a line of words, not only marks.
	var left, right bool
	for _, pt := range zone {
		pt.kind = side(pt)
		words := len(letters(pt.text)) >= 4
		left = left || words && (pt.kind == HeaderLeft || pt.kind == ClosingLeft)
		right = right || words && (pt.kind == HeaderRight || pt.kind == ClosingRight)
	}
	if !left || !right {
		for _, pt := range zone {
			pt.kind = Body
		}
		return false
	}
	return true
}

// besideRight reports whether a part of cand on the right side of the
// header stands on pt's row, to its right.
func besideRight(pt *part, cand []*part, side func(*part) Kind) bool {
	for _, q := range cand {
		if q != pt && q.box.X0 > pt.box.X1 && overlapY(pt, q) && side(q) == HeaderRight {
			return true
		}
	}
	return false
}

// textCentre is the middle of the printed text's width.
func (p *page) textCentre() int {
	var x0s, x1s []int
	for _, pt := range p.parts {
		x0s = append(x0s, pt.box.X0)
		x1s = append(x1s, pt.box.X1)
	}
	if len(x0s) == 0 {
		return p.w / 2
	}
	slices.Sort(x0s)
	slices.Sort(x1s)
	return (x0s[len(x0s)/10] + x1s[len(x1s)*9/10]) / 2
}

func overlapY(a, b *part) bool {
	top, bottom := max(a.box.Y0, b.box.Y0), min(a.box.Y1, b.box.Y1)
	return 2*(bottom-top) > min(a.box.Y1-a.box.Y0, b.box.Y1-b.box.Y0)
}

func median[T cmp.Ordered](xs []T) T {
	s := slices.Clone(xs)
	slices.Sort(s)
	return s[len(s)/2]
}

// cutGarbageTail cuts a line of the left column that runs on towards the
// right one with garbage (a stamp or signature printed beside it, read as
// part of the line): when the line has a gap in the gutter [gl, gr] and the
// words after it are garbage by their mean confidence, those words are
// dropped and the line keeps its left piece. It reports whether it cut.
// A left line's own words beyond gl are print, read with confidence.
func (p *page) cutGarbageTail(pt *part, gl, gr int) bool {
	for k := 1; k < len(pt.words); k++ {
		a, b := p.words[pt.words[k-1]].Box, p.words[pt.words[k]].Box
		if a.X1 < gl-p.xh || b.X0 > gr+p.xh || b.X0-a.X1 < p.xh {
			continue
		}
		tail := pt.words[k:]
		if p.words[tail[0]].listed && !p.listCut(pt.words[:k], tail) || p.words[tail[0]].held {
			return false
		}
		var sum float64
		for _, i := range tail {
			if p.words[i].hand || p.words[i].fixed {
				return false
			}
			sum += p.words[i].Confidence
		}
		if sum/float64(len(tail)) >= garbagePartMax {
			return false
		}
		for _, i := range tail {
			p.words[i].drop = ReasonGarbage
		}
		*pt = *p.partOf(pt.tline, pt.words[:k])
		return true
	}
	return false
}

// addressee reports whether a line opens "Kính gửi".
func addressee(text string) bool {
	return addresseeRe.MatchString(viet.StripDiacritics(text))
}
