package ocr

import (
	"math"
	"sort"
)

// Char is one glyph of a word as Tesseract's LSTM saw it, in the order of
// the word's text: Alts are its top choices, best first. In JSON a word
// carries them as
//
//	"chars": [{"alts": [{"c": "ư", "p": 0.55}, {"c": "u", "p": 0.4}]}, ...]
//
// one entry per glyph Tesseract printed. The printed word (Word.Text) comes
// from Tesseract's own beam search with its dictionary, so it is not always
// the string of every glyph's first choice.
type Char struct {
	Alts []Alt `json:"alts"`
}

// Alt is one choice for a glyph: its text (one letter, with its marks) and
// Tesseract's confidence in it on 0–1 (the choice iterator's 0–100 over
// 100). The choices of one glyph roughly, not exactly, add up to 1.
type Alt struct {
	C string  `json:"c"`
	P float64 `json:"p"`
}

// choiceIterations is how many extra beam searches Tesseract runs per line
// to find more choices, each leaving out those found before (its
// lstm_choice_iterations). On the dev texts' rendered pages, 5 (its
// default) reached 196 of 285 misread syllables for 13–17 % more CPU per
// page, 4 reached 195 for 4–10 %, 2 only 164 for 5 %.
const choiceIterations = 4

// MaxAlternatives is how many choices a glyph keeps. Tesseract lists up to
// about ten, but past the fifth their confidences are near zero.
const MaxAlternatives = 5

// glyphChoices turns a glyph's raw choices (confidences 0–100) into its
// Alts: best first, at most MaxAlternatives, blanks and repeats dropped
// (the LSTM reports a choice once per time step it won), confidences
// rounded to 0.001 so that JSON stays short.
func glyphChoices(texts []string, confs []float32) []Alt {
	alts := make([]Alt, 0, len(texts))
	seen := make(map[string]int, len(texts))
	for i, c := range texts {
		if c == "" || c == " " {
			continue
		}
		p := math.Round(float64(confs[i])*10) / 1000
		if j, ok := seen[c]; ok {
			alts[j].P = max(alts[j].P, p)
			continue
		}
		seen[c] = len(alts)
		alts = append(alts, Alt{C: c, P: p})
	}
	sort.SliceStable(alts, func(i, j int) bool { return alts[i].P > alts[j].P })
	if len(alts) > MaxAlternatives {
		alts = alts[:MaxAlternatives]
	}
	return alts
}
