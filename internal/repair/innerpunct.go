package repair

import (
	"strings"
	"unicode/utf8"

	"github.com/vidoc/vidoc/internal/errmodel"
)

// The slotter cuts a token at inner punctuation ("khẩu/ngoài", "a;b"), but
// old OCR engines write a dot below or a hook as a parenthesis or a
// semicolon: "hC)ct~p" for "học tập", "t<;>p" for "tập". Whether such a mark
// is punctuation or a damaged mark is the decoder's choice: innerRunArcs
// offers, over a word, the mark and the word glued after it, the readings
// of the three as one damaged token, one syllable or two, cut anywhere
// (not only at the mark), against the reading that keeps the mark.

// innerMarkPenalty is the log-probability that a punctuation mark between
// letters with no space around it is a damaged letter or mark.
const innerMarkPenalty = -4

// damageMarks are the inner punctuation marks OCR makes of a dot below, a
// hook or a horn. "/" is not one: "khẩu/ngoài", "V/v" are written so.
const damageMarks = ",;:()[]"

// innerRun reports whether slots i, i+1 and i+2 are a word, one damage
// mark and a word with no space between them.
func innerRun(text string, slots []slot, i int) bool {
	if i+2 >= len(slots) {
		return false
	}
	p, w := slots[i+1], slots[i+2]
	if p.kind != slotFixed || p.start != slots[i].end || w.kind != slotWord || w.start != p.end {
		return false
	}
	r, n := utf8.DecodeRuneInString(text[p.start:p.end])
	return n == p.end-p.start && strings.ContainsRune(damageMarks, r)
}

// innerRunArcs are the readings of slots i..i+2 as one damaged token: one
// syllable, or two. Not in clean text, where a mark is what it seems.
func (r *Repairer) innerRunArcs(text string, slots []slot, i int, ch *errmodel.Channel) []arc {
	if ch.Name == errmodel.Clean || !innerRun(text, slots, i) {
		return nil
	}
	left, right := text[slots[i].start:slots[i].end], text[slots[i+2].start:slots[i+2].end]
	var out []arc
	// The mark read as a letter of the channel's ("hq)c"), and as a mark
	// placeholder: gone, the letter before it lost its mark ("hoc" for
	// "học"), which the channel restores.
	for _, obs := range []string{normalizeObserved(left + text[slots[i+1].start:slots[i+1].end] + right), normalizeObserved(left + right)} {
		for _, c := range r.candidates(ch, obs) {
			out = append(out, arc{span: 3, units: [2]int32{r.sylID[c.word], -1}, text: r.syl[c.word], chLogP: c.logP + innerMarkPenalty})
		}
		for _, a := range r.splitArcs(ch, obs) {
			a.span = 3
			a.chLogP += innerMarkPenalty
			out = append(out, a)
		}
	}
	// The mark as the placeholder of a mark whose syllable the next one
	// follows with no space ("hC)ct~p" for "học tập"): cut after it.
	return append(out, r.markCutArcs(ch, text[slots[i].start:slots[i+2].end], 3)...)
}
