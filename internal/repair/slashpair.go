package repair

import (
	"strings"
	"unicode"

	"github.com/vidoc/vidoc/internal/errmodel"
	"github.com/vidoc/vidoc/internal/viet"
)

// Two words joined by a slash ("thu/chi", "xuất khẩu/nhập khẩu")
// are written so in correct text; read by an engine that draws a marked
// vowel as a digit ("nhap/xu6t" for nhập/xuất) they look like a document code
// to the slotter, which keeps codes or mends them as capitals. A code is in
// capitals ("QĐ-UBND", "NQ/TU"): a token of two parts in small letters
// is as likely two damaged words, and slashPairArcs
// offers it so, each part read through the channel and the slash kept, for
// the language model and the channel to decide against the code.

// slashPairReads is how many readings of each part are tried.
const slashPairReads = 4

// slashPair returns the two parts of w, small letters (perhaps damaged by
// digits or marks) on both sides of one slash, each of two runes or more,
// starting with a letter, with a vowel or a digit standing for one.
func slashPair(w string) (left, right string, ok bool) {
	left, right, ok = strings.Cut(w, "/")
	if !ok || strings.Contains(right, "/") || strings.ContainsFunc(w, unicode.IsUpper) {
		return "", "", false
	}
	part := func(p string) bool {
		rs := []rune(p)
		return len(rs) >= 2 && unicode.IsLetter(rs[0]) && (viet.HasVowel(p) || strings.ContainsFunc(p, unicode.IsDigit))
	}
	return left, right, part(left) && part(right)
}

// slashPairArcs are the readings of a code slot as two words and a slash.
// None in correct text, where a code is what it seems.
func (r *Repairer) slashPairArcs(ch *errmodel.Channel, w string) []arc {
	left, right, ok := slashPair(w)
	if !ok || ch.Name == errmodel.Clean {
		return nil
	}
	lc, rc := r.candidates(ch, normalizeObserved(left)), r.candidates(ch, normalizeObserved(right))
	var out []arc
	for _, a := range lc[:min(slashPairReads, len(lc))] {
		for _, b := range rc[:min(slashPairReads, len(rc))] {
			out = append(out, arc{span: 1, units: [2]int32{r.sylID[a.word], r.sylID[b.word]},
				text: r.syl[a.word] + "/" + r.syl[b.word], chLogP: a.logP + b.logP})
		}
	}
	return out
}
