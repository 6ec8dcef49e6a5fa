package ocrchan

import (
	"math"
	"sort"
	"unicode/utf8"
)

// Choice is one reading of a glyph: its text and Tesseract's confidence in
// it on 0–1 (ocr.Alt).
type Choice struct {
	Text string  `json:"c"`
	P    float64 `json:"p"`
}

// Candidate is one spelling of a word. Cost is its negative natural log
// probability under the glyphs' choices (each glyph's confidences
// normalised to sum to 1); P is its share among the candidates kept.
type Candidate struct {
	Text string
	Cost float64
	P    float64
}

// Word is one word's channel: its candidates, best first. The printed word
// is always among them.
type Word struct {
	Printed    string
	Candidates []Candidate
	// FromGlyphs says the candidates come from the glyphs' choices: false
	// when the glyphs did not line up with the printed letters and the
	// printed word stands alone for want of them.
	FromGlyphs bool
	// How sure Tesseract was of the word, for the cost of changing it:
	// its word confidence (0–100, 0 when unknown), the least top
	// confidence of its glyphs and the least margin of a glyph's top
	// choice over its runner-up (raw confidences, 0–1; both 0 when the
	// candidates are not FromGlyphs).
	Confidence, MinTop, MinMargin float64
	// Tops and Margins are each glyph's top confidence and its margin over
	// its runner-up, in the order of the printed letters (nil when the
	// candidates are not FromGlyphs): how surely a part of the word was
	// read, "chính" of "chính/BQP;" apart from its semicolon (repair's
	// glyph veto).
	Tops, Margins []float64
}

// Options bound the beam.
type Options struct {
	// Beam is how many spellings are kept after each glyph; DefaultBeam
	// when 0. A word of n glyphs with k choices each has k^n spellings.
	Beam int
	// Floor is the confidence given to a choice Tesseract listed at 0 (its
	// choice iterator clips low confidences to 0) and to a letter of the
	// printed word that is no choice at all; DefaultFloor when 0.
	Floor float64
}

const (
	DefaultBeam  = 8
	DefaultFloor = 0.01
	// MaxGlyphs is the longest word whose glyphs' choices are listened
	// to. The beam copies each spelling once a glyph, so a word's cost
	// grows with the square of its length: a hostile OCR JSON with one
	// word of 100 000 glyphs took a minute of CPU. No syllable, code or address
	// of a document is near this long; a longer word stands alone.
	MaxGlyphs = 64
)

// Build makes the channel of a word from its printed text and each glyph's
// choices, in the order of the printed letters. When the glyphs and the
// printed letters do not line up one to one (Tesseract merged or split a
// glyph), the channel is the printed word alone: the choices cannot be
// placed.
func Build(printed string, glyphs [][]Choice, opts Options) Word {
	if opts.Beam <= 0 {
		opts.Beam = DefaultBeam
	}
	if opts.Floor <= 0 {
		opts.Floor = DefaultFloor
	}
	alone := Word{Printed: printed, Candidates: []Candidate{{Text: printed, P: 1}}}
	if len(glyphs) == 0 || len(glyphs) > MaxGlyphs || len(glyphs) != utf8.RuneCountInString(printed) {
		return alone
	}
	beam := []Candidate{{}}
	next := make([]Candidate, 0, opts.Beam*4)
	for _, g := range glyphs {
		costs := glyphCosts(g, opts.Floor)
		if len(costs) == 0 {
			return alone
		}
		next = next[:0]
		for _, b := range beam {
			for _, c := range costs {
				next = append(next, Candidate{Text: b.Text + c.Text, Cost: b.Cost + c.Cost})
			}
		}
		sort.SliceStable(next, func(i, j int) bool { return next[i].Cost < next[j].Cost })
		beam = append(beam[:0], next[:min(len(next), opts.Beam)]...)
	}
	if !contains(beam, printed) {
		beam = append(beam, Candidate{Text: printed, Cost: printedCost(printed, glyphs, opts.Floor)})
		sort.SliceStable(beam, func(i, j int) bool { return beam[i].Cost < beam[j].Cost })
	}
	var sum float64
	for _, c := range beam {
		sum += math.Exp(-c.Cost)
	}
	for i := range beam {
		beam[i].P = math.Exp(-beam[i].Cost) / sum
	}
	w := Word{Printed: printed, Candidates: beam, FromGlyphs: true}
	w.MinTop, w.MinMargin, w.Tops, w.Margins = sureness(glyphs)
	return w
}

// sureness is the least top confidence of the glyphs and the least margin
// of a glyph's top choice over its runner-up (the top's own confidence when
// it has none): the weakest glyph decides how sure the word is; and each
// glyph's.
func sureness(glyphs [][]Choice) (top, margin float64, tops, margins []float64) {
	top, margin = 1, 1
	tops, margins = make([]float64, len(glyphs)), make([]float64, len(glyphs))
	for i, g := range glyphs {
		var first, second float64
		for _, c := range g {
			switch {
			case c.P > first:
				first, second = c.P, first
			case c.P > second:
				second = c.P
			}
		}
		tops[i], margins[i] = first, first-second
		top = min(top, first)
		margin = min(margin, first-second)
	}
	return top, margin, tops, margins
}

// glyphCosts normalises a glyph's confidences, floored and capped at 1,
// to probabilities and returns their costs; a repeated text keeps its best
// confidence. The cap keeps confidences no OCR gives (1e308 twice sums to
// infinity) from making every cost infinite and every share NaN.
func glyphCosts(g []Choice, floor float64) []Candidate {
	out := make([]Candidate, 0, len(g))
	var sum float64
	for _, c := range g {
		if c.Text == "" || contains(out, c.Text) {
			continue
		}
		p := c.P
		if !(p >= floor) { // NaN too
			p = floor
		}
		p = min(p, 1)
		out = append(out, Candidate{Text: c.Text, Cost: p})
		sum += p
	}
	for i := range out {
		out[i].Cost = -math.Log(out[i].Cost / sum)
	}
	return out
}

// printedCost is the printed word's cost when the beam lost it: each
// letter costs what its glyph's choice of it does, or the floor's share.
func printedCost(printed string, glyphs [][]Choice, floor float64) float64 {
	var cost float64
	i := 0
	for _, r := range printed {
		costs := glyphCosts(glyphs[i], floor)
		c := -math.Log(floor / (1 + floor)) // as if it were one more choice at the floor
		for _, gc := range costs {
			if gc.Text == string(r) {
				c = gc.Cost
				break
			}
		}
		cost += c
		i++
	}
	return cost
}

func contains(cs []Candidate, text string) bool {
	for _, c := range cs {
		if c.Text == text {
			return true
		}
	}
	return false
}
