package eval

import (
	"strings"

	"github.com/vidoc/vidoc/internal/editdist"
)

// WordError is one truth syllable the hypothesis got wrong. Missing is true
// when the alignment paired it with no hypothesis token (Hyp is then empty).
type WordError struct {
	Truth   string `json:"truth"`
	Hyp     string `json:"hyp"`
	Missing bool   `json:"missing,omitempty"`
}

// Result holds the counts of one comparison and the rates derived from
// them. Counts add up over files (see Sum); rates are recomputed from them.
type Result struct {
	Tokens     int // truth tokens, punctuation included
	Words      int // truth tokens holding a letter: the syllables scored
	Correct    int // syllables matched exactly
	CorrectCI  int // syllables matched ignoring case
	TokenEdits int // token-level edit distance
	CharEdits  int // character edit distance
	TruthChars int // characters of the truth as scored (tokens joined by one space)

	SylAcc   float64 // Correct / Words
	SylAccCI float64 // CorrectCI / Words
	WER      float64 // TokenEdits / Tokens
	CER      float64 // CharEdits / TruthChars

	Errors []WordError // wrong syllables in text order, for --diff
}

// Compare scores hypothesis hyp against truth with vscore.py's definitions.
func Compare(truth, hyp string) Result {
	T, H := Tokens(truth), Tokens(hyp)
	dist, pairs := align(T, H)
	r := Result{Tokens: len(T), TokenEdits: dist}
	resolved := make([]string, 0, len(T))
	for _, p := range pairs {
		if p.t < 0 {
			continue
		}
		t := T[p.t]
		h, missing := "", p.h < 0
		if !missing {
			h = H[p.h]
		}
		if isWord(t) {
			r.Words++
			ok := !missing && matches(t, h, false)
			if ok {
				r.Correct++
			}
			if !missing && matches(t, h, true) {
				r.CorrectCI++
			}
			if !ok {
				r.Errors = append(r.Errors, WordError{Truth: t, Hyp: h, Missing: missing})
			}
		}
		// For CER a token with alternatives counts as the one the
		// hypothesis chose, or as its first alternative.
		if alts := alternatives(t); len(alts) > 1 {
			t = alts[0]
			for _, a := range alts {
				if !missing && a == h {
					t = h
					break
				}
			}
		}
		resolved = append(resolved, t)
	}
	truthRunes := []rune(strings.Join(resolved, " "))
	r.TruthChars = len(truthRunes)
	r.CharEdits = editdist.Runes(truthRunes, []rune(strings.Join(H, " ")))
	r.rates()
	return r
}

// Sum adds the counts of several comparisons (files of one folder, say) and
// recomputes the rates over the whole: syllables, not files, weigh equally.
// Errors are concatenated in order.
func Sum(results ...Result) Result {
	var s Result
	for _, r := range results {
		s.Tokens += r.Tokens
		s.Words += r.Words
		s.Correct += r.Correct
		s.CorrectCI += r.CorrectCI
		s.TokenEdits += r.TokenEdits
		s.CharEdits += r.CharEdits
		s.TruthChars += r.TruthChars
		s.Errors = append(s.Errors, r.Errors...)
	}
	s.rates()
	return s
}

// rates derives the ratios from the counts; each denominator is at least
// one, as in vscore.py, so empty inputs give 0 rather than NaN.
func (r *Result) rates() {
	r.SylAcc = float64(r.Correct) / float64(max(1, r.Words))
	r.SylAccCI = float64(r.CorrectCI) / float64(max(1, r.Words))
	r.WER = float64(r.TokenEdits) / float64(max(1, r.Tokens))
	r.CER = float64(r.CharEdits) / float64(max(1, r.TruthChars))
}
