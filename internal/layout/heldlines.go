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
// (markListLines, restoreRun). Coloured ink stays dropped: its colour tells
// it from print surely, and rereadStamps reads the print under it again.

// heldPrint is how many words read well (plausible, with a letter, at
// sealKeepConf or more) a run must keep to be a line of print: a stamp's
// or a signature's own line keeps none, or one mark read as a syllable.
const heldPrint = 2

// markHeldLines gives back to each run of print the words the drop rules
// took from it when they took more than a quarter of its letters and
// digits, and marks the run's words held so that the garbage filter of
// split leaves the line whole. The Nơi nhận list's lines are markListLines'.
func (p *page) markHeldLines() {
	gap := int(columnGap * float64(p.xh))
	for _, line := range p.tlines {
		for _, run := range p.gapRuns(line, gap) {
			if slices.ContainsFunc(run, func(i int) bool { return p.words[i].listed }) || !p.printRun(run) {
				continue
			}
			run = slices.DeleteFunc(slices.Clone(run), p.coloured)
			if p.restoreRun(run, true) {
				for _, i := range run {
					p.words[i].held = true
				}
			}
		}
	}
}

// printRun reports whether a run keeps heldPrint words read well.
func (p *page) printRun(run []int) bool {
	n := 0
	for _, i := range run {
		w := p.words[i]
		if w.drop == "" && w.Confidence >= sealKeepConf && plausible(w.Text) && hasLetter(w.Text) {
			n++
		}
	}
	return n >= heldPrint
}

// coloured reports whether word i is in coloured ink (markInk).
func (p *page) coloured(i int) bool {
	w := p.words[i]
	return w.inked && w.colour >= colourShare
}
