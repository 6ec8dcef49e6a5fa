package lm

import (
	"math"

	"github.com/vidoc/vidoc/internal/token"
)

// Eval accumulates how well a model predicts a text: every unit of every
// line and the line's </s> is scored; units outside the vocabulary are
// counted as OOV and left out of the perplexity (as SRILM does), though the
// model moves past them as <unk>.
type Eval struct {
	Units       int     `json:"units"`        // scored units, OOV excluded, </s> included
	LogProb     float64 `json:"logprob"`      // natural log, sum over Units
	Words       int     `json:"words"`        // word tokens (syllables and foreign words)
	OOV         int     `json:"oov"`          // word tokens outside the vocabulary
	WordUnits   int     `json:"word_units"`   // in-vocabulary word tokens scored
	WordLogProb float64 `json:"word_logprob"` // natural log, sum over WordUnits
}

// Add adds the figures of o to e.
func (e *Eval) Add(o Eval) {
	e.Units += o.Units
	e.LogProb += o.LogProb
	e.Words += o.Words
	e.OOV += o.OOV
	e.WordUnits += o.WordUnits
	e.WordLogProb += o.WordLogProb
}

// Perplexity per unit (syllables, classes, punctuation and </s>).
func (e Eval) Perplexity() float64 { return math.Exp(-e.LogProb / float64(max(e.Units, 1))) }

// WordPerplexity is the per-syllable perplexity: the geometric mean over
// word tokens only, each still predicted from its full context.
func (e Eval) WordPerplexity() float64 {
	return math.Exp(-e.WordLogProb / float64(max(e.WordUnits, 1)))
}

// OOVRate is the share of word tokens outside the vocabulary.
func (e Eval) OOVRate() float64 { return float64(e.OOV) / float64(max(e.Words, 1)) }

// Evaluate scores text, one sentence per line.
func (m *Model) Evaluate(text string) Eval {
	var e Eval
	var s token.Scanner
	var buf []byte
	st := m.Begin()
	inLine := false
	end := func() {
		if inLine {
			lp, _ := m.Score(st, m.eos)
			e.Units++
			e.LogProb += float64(lp)
		}
		st, inLine = m.Begin(), false
	}
	s.Reset(text)
	for {
		t, ok := s.Next()
		if !ok {
			break
		}
		if t.Kind == token.LineBreak {
			end()
			continue
		}
		inLine = true
		buf = token.AppendUnit(buf[:0], text, t)
		id, known := m.vocab[string(buf)]
		isWord := t.Kind == token.Word || t.Kind == token.Latin
		if isWord {
			e.Words++
		}
		if !known {
			id = m.unk
			if isWord {
				e.OOV++
			}
		}
		var lp float32
		lp, st = m.Score(st, id)
		if !known {
			continue
		}
		e.Units++
		e.LogProb += float64(lp)
		if isWord {
			e.WordUnits++
			e.WordLogProb += float64(lp)
		}
	}
	end()
	return e
}

// TextLogProb is the natural-log probability of text, one sentence per
// line, every unit scored; a word outside the vocabulary is scored as <unk>
// plus UnknownPenalty.
func (m *Model) TextLogProb(text string) float64 {
	var s token.Scanner
	var buf []byte
	var total float64
	st, inLine := m.Begin(), false
	var lp float32
	s.Reset(text)
	for {
		t, ok := s.Next()
		if !ok {
			break
		}
		if t.Kind == token.LineBreak {
			if inLine {
				lp, _ = m.Score(st, m.eos)
				total += float64(lp)
			}
			st, inLine = m.Begin(), false
			continue
		}
		inLine = true
		buf = token.AppendUnit(buf[:0], text, t)
		id, known := m.vocab[string(buf)]
		if !known {
			id = m.unk
			total += float64(m.UnknownPenalty())
		}
		lp, st = m.Score(st, id)
		total += float64(lp)
	}
	if inLine {
		lp, _ = m.Score(st, m.eos)
		total += float64(lp)
	}
	return total
}
