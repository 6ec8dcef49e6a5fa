package repair

import (
	"unicode"
	"unicode/utf8"

	"github.com/vidoc/vidoc/internal/errmodel"
	"github.com/vidoc/vidoc/internal/viet"
)

// In a heading in capitals an engine that draws a marked capital vowel as a
// digit ("L1C" for LỰC) makes a word look like a code of capitals and
// digits ("QH15"), which the slotter keeps. A code has its digits at its end
// or more than one ("QH15", "H5N1"); one digit between capitals, on a line
// of capitals, may as well be a damaged vowel: capsCodeArcs offers the
// token's readings as a word, in capitals, against the code.

// maxCapsCodeRunes bounds such a word: a syllable's longest spelling.
const maxCapsCodeRunes = 7

// capsCodeWord reports a token of capitals with one digit between them.
func capsCodeWord(w string) bool {
	n := utf8.RuneCountInString(w)
	if n < 3 || n > maxCapsCodeRunes {
		return false
	}
	digits := 0
	for k, r := range []rune(w) {
		switch {
		case unicode.IsDigit(r):
			if k == 0 || k == n-1 {
				return false
			}
			digits++
		case !unicode.IsUpper(r):
			return false
		}
	}
	return digits == 1
}

// capsCodeArcs are the readings of a code slot on a heading line as a
// word in capitals. None in correct text, where a code is what it seems.
func (r *Repairer) capsCodeArcs(ch *errmodel.Channel, s slot, w string) []arc {
	if ch.Name == errmodel.Clean || !s.capsLine || !capsCodeWord(w) {
		return nil
	}
	var out []arc
	for _, c := range r.candidates(ch, normalizeObserved(w)) {
		out = append(out, arc{span: 1, units: [2]int32{r.sylID[c.word], -1}, text: viet.RaiseCase(r.syl[c.word], viet.CaseUpper), chLogP: c.logP})
	}
	return out
}
