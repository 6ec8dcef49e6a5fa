package layout

import (
	"slices"
	"strings"
	"unicode"

	"github.com/vidoc/vidoc/internal/viet"
)

// The Nơi nhận list (ND 30/2020 Phụ lục I mục IV.7; HD 36 mục 3.4): under
// the "Nơi nhận:" label, one recipient a line, each opening with a dash at
// the label's left edge, the last one the archive's copy ("- Lưu: VT,
// PC06(Đ2)."). Its last lines are short and full of unit codes, and the
// seal, the signer's flourish or a stamp often lies over them: the rules
// that drop a seal's letters, a signature or garbage take a word or two
// there, and a line of three words that loses two is lost. A lost line is
// worse than a garbled one, so a list line that would lose much of what
// Tesseract read on it keeps all of it (the words stay listed nowhere as
// dropped, since they are in the text).
const (
	// listEdge is how far, in type sizes, a list line's first word may
	// start from the label's left edge.
	listEdge = 1.5
	// listPitch is the widest gap, in type sizes, between a list line and
	// the one above it: a blank line ends the list.
	listPitch = 2.5
	// listKeepShare of a list line's letters and digits the drop rules
	// must leave it, or it keeps every word Tesseract read on it.
	listKeepShare = 0.75
)

// markListLines finds the lines of the Nơi nhận list and gives back to
// each the words the drop rules took from it when they took more than a
// quarter of its letters and digits. Its run of words ends at the first
// column gap, and at the list's right edge (listRight): a signature's
// loops read beside the list, the signer's column, are not the list's. The
// lines found are remembered (word.listed) so that the garbage filter of
// split leaves them whole.
func (p *page) markListLines() {
	for _, label := range p.recipientLabels() {
		lx, bottom := p.words[label[0]].Box.X0, p.words[label[0]].Box.Y1
		var runs [][]int
		for _, t := range p.linesBelow(label) {
			line := p.tlines[t]
			first := p.words[line[0]].Box
			if first.Y0-bottom > int(listPitch*float64(p.xh)) {
				break
			}
			if abs(first.X0-lx) > int(listEdge*float64(p.xh)) {
				continue // a line of the signer's column, or a seal's word
			}
			run := p.listRun(line)
			if !opensWithDash(p.words[run[0]].Text) && !archiveLine(run, p.words) {
				// A recipient's name wrapped onto a second line is long,
				// and not lost for a word; a flourish's loops at the
				// list's edge are no line of it.
				continue
			}
			bottom = max(bottom, first.Y1)
			runs = append(runs, run)
		}
		right := p.listRight(lx, runs)
		for _, run := range runs {
			k := 1
			for k < len(run) && p.words[run[k]].Box.X1 <= right {
				k++
			}
			for _, i := range run[:k] {
				p.words[i].listed = true
			}
			p.restoreRun(run[:k], false)
		}
	}
}

// listWidth is the least width, in type sizes, the list's column is given
// from its label's left edge: a short list of short lines still holds an
// archive line of codes ("- Lưu: VT, PC06(Đ2).").
const listWidth = 15

// wordSpace is the widest gap, in type sizes, between two words of one
// stretch of print.
const wordSpace = 1.2

// listRight is the list's right edge: the end of the longest line's print
// as the drop rules left it (up to its first gap wider than a word space:
// a signature's loops read beside it stand apart), a type size on, or
// listWidth from the label's left edge lx when that is further.
func (p *page) listRight(lx int, runs [][]int) int {
	right := lx + int(listWidth*float64(p.xh))
	for _, run := range runs {
		for k, i := range run {
			if k > 0 && p.words[i].Box.X0-p.words[run[k-1]].Box.X1 > int(wordSpace*float64(p.xh)) {
				break
			}
			if p.kept(i) {
				right = max(right, p.words[i].Box.X1+p.xh)
			}
		}
	}
	return right
}

// recipientLabels are the Tesseract lines opening with the "Nơi nhận:"
// label (read as one word or two), marks read before it (a speck, a
// stroke of the seal or the signature) passed over: a label missed loses
// the whole list its protection.
func (p *page) recipientLabels() [][]int {
	var out [][]int
	for _, line := range p.tlines {
		text := ""
		start := 0
		for start < len(line)-1 && !hasAlnum(p.words[line[start]].Text) {
			start++
		}
		for _, i := range line[start:min(start+2, len(line))] {
			text += p.words[i].Text
			if recipientsLabel(text) {
				out = append(out, line)
				break
			}
		}
	}
	return out
}

// linesBelow are the indices of the Tesseract lines under the label's
// line, top to bottom.
func (p *page) linesBelow(label []int) []int {
	top := p.words[label[0]].Box.Y1
	var out []int
	for t, line := range p.tlines {
		if len(line) > 0 && p.words[line[0]].Box.Y0 >= top-p.xh/4 && !slices.Equal(line, label) {
			out = append(out, t)
		}
	}
	slices.SortStableFunc(out, func(a, b int) int {
		return p.words[p.tlines[a][0]].Box.Y0 - p.words[p.tlines[b][0]].Box.Y0
	})
	return out
}

// listRun is a list line's words up to its first column gap, dropped ones
// included. Words replaced by a second reading are no longer on any line
// (rereadStamps, rereadSealRuns rebuild the lines before markListLines).
func (p *page) listRun(line []int) []int {
	return p.gapRuns(line, int(columnGap*float64(p.xh)))[0]
}

// listCut reports whether a list line may lose its words tail and keep
// head: when head holds listKeepShare of its letters and digits and the
// tail does not read as print (a scribble's loops, not a code read with
// little confidence through a seal's ring: "(0Ở" for "(07).").
func (p *page) listCut(head, tail []int) bool {
	print := !slices.ContainsFunc(tail, func(i int) bool { return !plausiblePieces(p.words[i].Text) })
	return !print && float64(p.alnum(head)) >= listKeepShare*float64(p.alnum(head)+p.alnum(tail))
}

// alnum is the number of letters and digits of words idx.
func (p *page) alnum(idx []int) int {
	n := 0
	for _, i := range idx {
		n += alnumCount(p.words[i].Text)
	}
	return n
}

// restoreRun keeps the words of a line's run on its row when the drop
// rules left it less than listKeepShare of their letters and digits, and
// reports whether it did. A word standing much taller than the line, or
// off its row, is a seal's arc or a flourish's loop read beside it: it
// stays dropped, and would join the line to the next one. With tallLost,
// a tall word centred on the row counts among the letters the run lost
// (a stamp's ink joined to a word of the line, "ÌÖ}háng" over "19
// tháng"), though it stays dropped.
func (p *page) restoreRun(run []int, tallLost bool) bool {
	tall := 2 * p.xh
	var centres []int
	for _, i := range run {
		if b := p.words[i].Box; b.Y1-b.Y0 <= tall {
			centres = append(centres, (b.Y0+b.Y1)/2)
		}
	}
	if len(centres) == 0 {
		return false
	}
	row := median(centres)
	offRow := func(i int) bool { b := p.words[i].Box; return abs((b.Y0+b.Y1)/2-row) > p.xh*3/4 }
	isTall := func(i int) bool { b := p.words[i].Box; return b.Y1-b.Y0 > tall }
	onRow := slices.DeleteFunc(slices.Clone(run), func(i int) bool { return isTall(i) || offRow(i) })
	counted := onRow
	if tallLost {
		counted = slices.DeleteFunc(slices.Clone(run), offRow)
	}
	kept := p.alnum(slices.DeleteFunc(slices.Clone(counted), func(i int) bool { return !p.kept(i) }))
	if all := p.alnum(counted); all == 0 || float64(kept) >= listKeepShare*float64(all) {
		return false
	}
	for _, i := range onRow {
		p.words[i].drop = ""
	}
	return true
}

// opensWithDash reports whether a list line's first word is its dash, or
// starts with it ("-Lưu:"), as printed or as OCR misreads a short dash
// on a scan ("~ Tòa án nhân dân tối cao;", "_", "=").
func opensWithDash(text string) bool {
	r := []rune(strings.TrimSpace(text))
	return len(r) > 0 && strings.ContainsRune("-–—+•~_=", r[0])
}

// archiveLine reports whether a list line's run opens with "Lưu" (its
// marks aside), the archive's copy every list ends with (ND 30/2020 Phụ
// lục I: "- Lưu: VT, …"): a line of the list even when its dash, short and
// thin, was lost to thresholding or read into a speck.
func archiveLine(run []int, words []word) bool {
	fold := strings.TrimLeftFunc(strings.ToLower(viet.StripDiacritics(words[run[0]].Text)), func(r rune) bool { return !unicode.IsLetter(r) })
	rest, ok := strings.CutPrefix(fold, "luu")
	return ok && !strings.HasPrefix(rest, " ") && (rest == "" || !unicode.IsLetter([]rune(rest)[0])) && len(run) > 1
}

// alnumCount is the number of letters and digits in s.
func alnumCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			n++
		}
	}
	return n
}
