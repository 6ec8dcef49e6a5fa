package layout

import (
	"slices"

	"github.com/vidoc/vidoc/internal/ocr"
)

// Geometry of a note beside the header, in type sizes (p.xh).
const (
	// noteAlign: the note's lines start at one left edge, within this.
	noteAlign = 0.5
	// noteSize: the note is set in smaller type than the document (a
	// receiving office's 10–11 pt against the letter's 13–14 pt); its
	// words' median height is at most this share of the page's.
	noteSize = footnoteSize
	// noteRows: lines of the note starting at its left edge with nothing
	// printed left of them: one such line could be anything, two at one
	// edge are a block set apart.
	noteRows = 2
)

// noteRow is one Tesseract line under the header's right column: its kept
// words, left to right.
type noteRow struct {
	words []int
	box   ocr.Box
}

// dropHeaderNote drops a block of text set beside the header by whoever
// received the copy. ND 30/2020 Phụ lục I places a letter's abstract
// (V/v …) centred under its number in the left column, and nothing in the
// right column below the place and date down to "Kính gửi": a block of
// lines there, left-aligned at one edge right of the left column's
// centre and in smaller type, is a handling note ("1. Gửi … 2. …") typed
// onto the copy, not the document. Tesseract reads each of its lines with
// the abstract line beside it, a word's space apart, so the header ended
// at the number and abstract and note came out as one garbled body. Its
// words are dropped and listed as a note; the caller cuts the page's
// lines again and finds the header with the abstract in it. It runs once
// the header's columns are found, and reports whether it dropped words.
func (p *page) dropHeaderNote() bool {
	var left, right ocr.Box
	var hasLeft, hasRight bool
	for _, pt := range p.parts {
		switch pt.kind {
		case HeaderLeft:
			left, hasLeft = unionIf(left, pt.box, hasLeft), true
		case HeaderRight:
			right, hasRight = unionIf(right, pt.box, hasRight), true
		}
	}
	if !hasLeft || !hasRight {
		return false
	}
	rows := p.rowsUnder(right.Y1-p.xh/2, int(headerShare*float64(p.h)))
	// The note's left edge: where its lines that stand alone begin.
	var starts []int
	for _, r := range rows {
		if x := p.words[r.words[0]].Box.X0; x > centerX(left) {
			starts = append(starts, x)
		}
	}
	// The leftmost start that others share: a centred line under the
	// header may start further left, alone.
	tol := int(noteAlign * float64(p.xh))
	slices.Sort(starts)
	edge := -1
	for k, x := range starts {
		if k+noteRows-1 < len(starts) && starts[k+noteRows-1]-x <= tol {
			edge = x
			break
		}
	}
	if edge < 0 {
		return false
	}
	// The note's words, row by row from the first row that reaches the
	// edge: the block ends at a row with nothing at the edge, or whose
	// print crosses the edge (a line of the body or a title under the
	// header, not a row beside it).
	var note, heights []int
	started, aligned := false, 0
	for _, r := range rows {
		var at []int
		crosses := false
		for _, i := range r.words {
			b := p.words[i].Box
			if b.X0 >= edge-tol {
				at = append(at, i)
			} else if b.X1 > edge {
				crosses = true
			}
		}
		if crosses && !started {
			return false
		}
		if len(at) == 0 || crosses {
			if started {
				break
			}
			continue
		}
		if addressee(p.partOf(-1, at).text) {
			return false // "Kính gửi" set beside the abstract: the letter's own
		}
		started = true
		if at[0] == r.words[0] && p.words[at[0]].Box.X0-edge <= tol {
			aligned++
		}
		for _, i := range at {
			note = append(note, i)
			if len([]rune(p.words[i].Text)) >= 2 {
				heights = append(heights, p.words[i].Box.Y1-p.words[i].Box.Y0)
			}
		}
	}
	if aligned < noteRows {
		return false
	}
	if len(heights) == 0 || float64(median(heights)) > noteSize*float64(p.xh) {
		return false
	}
	for _, i := range note {
		if p.words[i].hand || p.words[i].fixed {
			return false
		}
	}
	for _, i := range note {
		p.words[i].drop = ReasonNote
	}
	return true
}

// rowsUnder is the Tesseract lines whose kept words start at or below top
// and above bottom, top to bottom, up to the first that opens "Kính gửi"
// (the addressees follow the header, never stand beside it).
func (p *page) rowsUnder(top, bottom int) []noteRow {
	var rows []noteRow
	for _, line := range p.tlines {
		var r noteRow
		for _, i := range line {
			w := p.words[i]
			if !p.kept(i) || w.inTable {
				continue
			}
			r.box = unionIf(r.box, w.Box, len(r.words) > 0)
			r.words = append(r.words, i)
		}
		if len(r.words) > 0 && r.box.Y0 >= top && r.box.Y0 < bottom {
			rows = append(rows, r)
		}
	}
	slices.SortStableFunc(rows, func(a, b noteRow) int { return a.box.Y0 - b.box.Y0 })
	for k, r := range rows {
		if addressee(p.partOf(-1, r.words).text) {
			return rows[:k]
		}
	}
	return rows
}

// unionIf is a and b joined, or b alone when a is not yet set.
func unionIf(a, b ocr.Box, set bool) ocr.Box {
	if !set {
		return b
	}
	return union(a, b)
}
