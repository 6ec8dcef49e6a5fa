package layout

import "slices"

// A line of print that a stamp or a seal crosses loses the words it
// garbles to the drop rules: a receiving office's stamp over the place and
// date line leaves "ÌÖ}háng 12năm" between "ngày" and the year, read with
// no confidence, and a seal's own letters over the signer's title turn
// "T/M ỦY BAN" into one word of mixed letters inside the ring. A line that
// loses a third of its letters is lost to a reader (scripts/lost_lines.py
// holds a line kept at 60 % of its characters), and a lost line is worse
// than a garbled one (issue 11: no line of the body or of the Nơi nhận list
// is lost). So a run of a line, cut at column gaps, that keeps print read
// well yet would lose more than a quarter of its letters and digits keeps
// every word Tesseract read on its row, as the Nơi nhận list's lines do
// (markListLines, restoreRun). Coloured ink and a stamp's frame's words
// stay dropped: they are told from print surely, and rereadStamps reads
// the print under coloured ink again.

// heldPrint is how many words read well (plausible, of two letters or
// more, one a letter, at sealKeepConf or more: a flourish's loops read as
// one-letter syllables, "Ụ Ị Ụ") a stretch must hold, one of them kept, to be a
// line of print: a stamp's or a signature's own line holds none, or one
// mark read as a syllable. A word read well may have been dropped for
// standing alone past the hole ("VỤ" of a title).
const heldPrint = 2

// markHeldLines gives back to each stretch of print the words the drop
// rules took from it when they took more than a quarter of its letters and
// digits, marks the stretch's words held so that the garbage filter of
// split leaves the line whole, and reports whether it gave any back. A
// stretch is a line's runs (cut at column gaps) no further apart than two
// column gaps: the hole a stamp leaves in a line ("ƒM BAN" and "ïÙNG VỤ"
// for "T/M BAN THƯỜNG VỤ" under a red seal) may be as wide as a column
// gap, as noteSealRuns has it. The Nơi nhận list's lines are
// markListLines'.
func (p *page) markHeldLines() bool {
	gap := int(columnGap * float64(p.xh))
	listed := func(run []int) bool { return slices.ContainsFunc(run, func(i int) bool { return p.words[i].listed }) }
	restored := false
	for _, line := range p.tlines {
		runs := p.gapRuns(line, gap)
		for k := 0; k < len(runs); {
			if listed(runs[k]) {
				k++
				continue
			}
			stretch := slices.Clone(runs[k])
			for k++; k < len(runs) && !listed(runs[k]) && p.words[runs[k][0]].Box.X0-p.words[stretch[len(stretch)-1]].Box.X1 <= 2*gap; k++ {
				stretch = append(stretch, runs[k]...)
			}
			if !p.printRun(stretch) {
				continue
			}
			stretch = slices.DeleteFunc(stretch, p.stamped)
			if p.restoreRun(stretch, true) {
				restored = true
				for _, i := range stretch {
					p.words[i].held = true
				}
			}
		}
	}
	return restored
}

// printRun reports whether a stretch holds heldPrint words read well, one
// of them kept.
func (p *page) printRun(run []int) bool {
	n, kept := 0, false
	for _, i := range run {
		w := p.words[i]
		if w.Confidence >= sealKeepConf && plausible(w.Text) && hasLetter(w.Text) && alnumCount(w.Text) >= 2 && !p.stamped(i) {
			n++
			kept = kept || w.drop == ""
		}
	}
	return kept && n >= heldPrint
}

// stamped reports whether word i is surely a stamp's or a receiving
// office's: in coloured ink (markInk), whose colour tells it from print,
// inside a stamp's frame (dropInFrame), a receiving office's own words and
// a clerk's hand, or in a note set beside the header (dropHeaderNote),
// whose place and type tell it, on the abstract's rows.
func (p *page) stamped(i int) bool {
	w := p.words[i]
	return w.inked && w.colour >= colourShare || w.framed || w.drop == ReasonNote
}
