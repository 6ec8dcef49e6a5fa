package repair

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vidoc/vidoc/internal/errmodel"
)

// A sentence's full stop glued to the capital that opens the next one
// ("đầu.Hạn"): text layers lose the space after a stop as after any mark,
// and the token, two damaged syllables and a dot, reads as no syllable.
// stopCutArcs offers it cut after the stop, each part read through the
// channel and the stop kept, as one more reading for the language model and
// the channel to weigh against the whole token. An abbreviation with a dot
// ("TP.HCM", "TL.HIỆU", "Q.Bình") is no such pair: its first part is in
// capitals or one letter.

// stopCut returns the byte offset just after the full stop of w when w is a
// word of two letters or more, one small, a dot, and a capital then two
// runes or more; no other dot.
func stopCut(w string) (int, bool) {
	k := strings.IndexByte(w, '.')
	if k < 0 || strings.Count(w, ".") != 1 {
		return 0, false
	}
	left, right := w[:k], w[k+1:]
	first, _ := utf8.DecodeRuneInString(right)
	if utf8.RuneCountInString(left) < 2 || !strings.ContainsFunc(left, unicode.IsLower) || !unicode.IsLetter([]rune(left)[0]) ||
		!unicode.IsUpper(first) || utf8.RuneCountInString(right) < 3 {
		return 0, false
	}
	return k + 1, true
}

// stopCutArcs are the readings of w cut after its full stop: the best few
// readings of each part, rendered each in its own case, the stop kept.
// None in correct text.
func (r *Repairer) stopCutArcs(ch *errmodel.Channel, w string) []arc {
	cut, ok := stopCut(w)
	if !ok || ch.Name == errmodel.Clean {
		return nil
	}
	left := r.candidates(ch, normalizeObserved(w[:cut-1]))
	right := r.candidates(ch, normalizeObserved(w[cut:]))
	var out []arc
	for _, a := range left[:min(casePartReads, len(left))] {
		for _, b := range right[:min(casePartReads, len(right))] {
			out = append(out, arc{span: 1, units: [2]int32{r.sylID[a.word], r.sylID[b.word]}, text: r.syl[a.word] + ". " + r.syl[b.word],
				glued: int32(cut), caseCut: true, chLogP: a.logP + b.logP + r.params.splitPenalty + caseCutPenalty})
		}
	}
	return out
}
