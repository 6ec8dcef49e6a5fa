package repair

import "sort"

// How sure Tesseract was of a word decides how much changing it costs: a
// word it read surely is right far more often than the error model alone
// believes of its letters. Its sureness is the cell of three features,
// each cut at edges placed at quantiles of the training pages'
// (scripts/fit_alternatives.sh): the word confidence, the least top
// confidence of its glyphs and the least margin of a glyph's top choice
// over its runner-up.
var (
	sureConfEdges   = []float64{80, 93, 96, 96.6}
	sureTopEdges    = []float64{0.85, 0.9, 0.93}
	sureMarginEdges = []float64{0.2, 0.7}
)

// SureCells is the number of sureness cells.
var SureCells = (len(sureConfEdges) + 1) * (len(sureTopEdges) + 1) * (len(sureMarginEdges) + 1)

// SureCell is the sureness cell of a word read with word confidence conf
// (0–100), least glyph top confidence top and least margin margin (0–1);
// the first coordinate, conf's bin, is SureCell / SureCellsPerConf.
func SureCell(conf, top, margin float64) int {
	c := sort.SearchFloat64s(sureConfEdges, conf)
	t := sort.SearchFloat64s(sureTopEdges, top)
	m := sort.SearchFloat64s(sureMarginEdges, margin)
	return (c*(len(sureTopEdges)+1)+t)*(len(sureMarginEdges)+1) + m
}

// SureCellsPerConf is how many cells share one bin of word confidence.
var SureCellsPerConf = (len(sureTopEdges) + 1) * (len(sureMarginEdges) + 1)

func (r *Repairer) sureLogOdds() []float32 {
	if r.opts.SureLogOdds != nil {
		return r.opts.SureLogOdds
	}
	return FittedSureLogOdds[:]
}

// keepCost is what changing a word read in cell costs before the weight
// Keep: the log-odds that a word read so surely is right, none when it is
// as likely wrong as right.
func keepCost(logOdds []float32, cell int) float32 {
	if cell < 0 || cell >= len(logOdds) {
		return 0
	}
	return max(0, logOdds[cell])
}

// FittedSureLogOdds is, per sureness cell, the log-odds that a word read
// so surely is right, calibrated by scripts/fit_alternatives.sh
// (fit_alts.go, calibrate) on its 44 training pages: each word with
// choices was aligned with the truth's tokens and counted right when its
// token matched; a cell's share is smoothed toward its word-confidence
// bin and its glyphs' cell. 14943 of 15459 such words were right; e.g.
// confidence ≥ 96.6 with every glyph's top ≥ 0.93 and margin ≥ 0.7: 2230
// of 2239 (5.52); confidence < 80, a glyph's top < 0.85 and a margin
// < 0.2: 38 of 174 (−1.33).
var FittedSureLogOdds = []float32{-1.33, -2.13, -0.37, -1.11, -0.65, 0.81, -2.93, -0.77, 1.66, -3.18, -2.05, 1.80, -1.27, -0.92, 1.64, -0.11, 0.53, 2.71, -0.26, 0.69, 3.82, -0.61, 0.07, 3.36, -0.84, 0.25, 3.70, -0.29, 1.65, 4.72, 0.13, 1.97, 4.96, 1.44, 2.07, 5.21, 0.85, 1.95, 5.39, 1.40, 2.26, 5.68, 1.82, 2.46, 5.52, 3.13, 2.83, 6.06, 1.26, 2.36, 5.80, 1.81, 2.31, 6.72, 2.23, 4.84, 5.69, 3.54, 1.60, 5.52}
