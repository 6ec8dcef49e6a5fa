package repair

import (
	"slices"
	"strings"
)

// Why is what decided one change: the reading the decoder chose against
// the printed word's, by the channel (the error model's, and mixed with
// the OCR's glyph choices) and by the language model in the path's
// context. It is for finding why repair harms a word Tesseract read right
// (fit_alts.go -harm); the decoder never reads it.
type Why struct {
	// Rule is the rule that wrote the reading over the token (render):
	// "token's case" for a syllable in the token's own case, a rule of
	// case ("ocrCapital", "short capitals"...), "merge", "split",
	// "glued"...
	Rule string
	// Reading is the chosen reading as the decoder saw it (lowercase,
	// syllables joined by a space; empty for a word kept).
	Reading string
	// Printed says the decoder offered the printed letters as a reading;
	// the Printed costs below are then that reading's.
	Printed bool
	// The channel's log-probability of the chosen reading and of the
	// printed one, under the error model alone (Err) and as the decoder
	// used it, mixed with the word's OCR channel when it has one (Ch).
	ErrChosen, ErrPrinted, ChChosen, ChPrinted float32
	// The language model's log-probability of each reading with the next
	// two units of the path, given the units before it since the sentence
	// began (three at most).
	LMChosen, LMPrinted float64
	// Alts says the word had an OCR channel (its glyphs' choices);
	// FromGlyphs that the chosen reading is one only the glyphs offered
	// (ErrChosen is then 0).
	Alts, FromGlyphs bool
}

// Explaining returns a repairer like r whose changes say what decided
// them (Change.Why). It decodes as r does; it only costs more.
func (r *Repairer) Explaining() *Repairer {
	c := *r
	c.explain = true
	return &c
}

// why explains the choice of arc a (the k-th of the path seq) among its
// slot's arcs, errArcs being the same arcs before the OCR channel mixed
// in; obs is the printed token normalized.
func (r *Repairer) why(seq []placed, k int, arcs, errArcs []arc, a *arc, obs, rule string, alts bool) *Why {
	w := &Why{Rule: rule, Reading: a.text, Alts: alts}
	_, next := contextOf(seq, k)
	// The decoder starts a sentence afresh after an arc that ends one
	// (and at the block's start): so does the context here.
	var before []int32
	begin := false
	j := k - 1
	for ; j >= max(0, k-3); j-- {
		if seq[j].reset {
			begin = true
			break
		}
		us := seq[j].units
		before = append(slices.DeleteFunc(us[:], func(u int32) bool { return u < 0 }), before...)
	}
	if j < 0 {
		begin = true
	}
	w.LMChosen = r.finder.lmLogP(a, before, next, begin)
	w.ChChosen = a.chLogP
	printed := -1
	for i := range arcs {
		b := &arcs[i]
		if b.span != 1 || b.glued != 0 || b.caseCut || b.third != 0 {
			continue
		}
		if strings.ReplaceAll(b.text, " ", "") == obs || printed < 0 && b.keep {
			printed = i
		}
	}
	for i := range arcs {
		if &arcs[i] == a {
			if i < len(errArcs) {
				w.ErrChosen = errArcs[i].chLogP
			} else {
				w.FromGlyphs = true
			}
		}
	}
	if printed >= 0 {
		p := &arcs[printed]
		w.Printed = true
		w.ChPrinted = p.chLogP
		if printed < len(errArcs) {
			w.ErrPrinted = errArcs[printed].chLogP
		}
		w.LMPrinted = r.finder.lmLogP(p, before, next, begin)
	}
	return w
}
