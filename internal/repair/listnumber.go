package repair

import (
	"unicode"

	"github.com/vidoc/vidoc/internal/token"
)

// Old text layers drop the space after the number that opens a section or
// a list item (Nghị định 30/2020/NĐ-CP numbers them "1.", "2."), and the
// words after it may be run together as well: "3.Mục tiêu" read as one
// token "3.Muctiêu". Read whole, the token is a damaged word no syllable
// explains, and kept it is an unknown word; its number and its words are
// lost to the language model, which knows "<num> . mục tiêu" well. A
// number and a full stop first on their line, before a word that starts
// with a capital, are the numbering of what follows: splitListNumbers cuts them off
// as a number and a full stop, and the decoder reads the letters as one
// syllable, two, or a word kept. Only where the damage is not the clean
// kind: there the token is left as the engine wrote it.

// maxListNumberDigits: list and section numbers run to two digits.
const maxListNumberDigits = 2

// listNumberCut returns where the letters start in a token that is a list
// number, a full stop and a word starting with a capital ("2.Yêu"), which
// may hold the digits and symbols of damaged marks ("2.T6chüc"): two
// letters at least, one of them small (not a code such as "1.A" or "2.TW").
func listNumberCut(w string) (int, bool) {
	n := 0
	for n < len(w) && isDigit(w[n]) {
		n++
	}
	if n == 0 || n > maxListNumberDigits || n+1 >= len(w) || w[n] != '.' {
		return 0, false
	}
	rest := w[n+1:]
	if !unicode.IsUpper(firstRune(rest)) {
		return 0, false
	}
	letters, lower := 0, false
	for _, r := range rest {
		if unicode.IsLetter(r) {
			letters++
			lower = lower || unicode.IsLower(r)
		}
	}
	return n + 1, letters >= 2 && lower
}

// splitListNumbers cuts the list number off each word slot that opens its
// line as such a token: a number slot, a full stop, and the word slot of
// the letters, marked spaceBefore so that a reading of them is written
// after a space.
func splitListNumbers(text string, slots []slot) []slot {
	var out []slot
	for i, s := range slots {
		if s.kind != slotWord || !firstOnLine(slots, i) {
			if out != nil {
				out = append(out, s)
			}
			continue
		}
		cut, ok := listNumberCut(text[s.start:s.end])
		if !ok {
			if out != nil {
				out = append(out, s)
			}
			continue
		}
		if out == nil {
			out = append(make([]slot, 0, len(slots)+2), slots[:i]...)
		}
		dot := s.start + cut - 1
		out = append(out, slot{start: s.start, end: dot, kind: slotFixed, unit: token.UnitNumber, line: s.line, marker: true})
		out = appendFixed(out, text, dot, dot+1, s.line)
		s.start = dot + 1
		s.joinable, s.lone, s.spaceBefore = false, false, true
		out = append(out, s)
	}
	if out == nil {
		return slots
	}
	return out
}

// firstOnLine reports whether slot i opens its line: only sentence
// boundaries (withBoundaries) come before it there.
func firstOnLine(slots []slot, i int) bool {
	k := i - 1
	for k >= 0 && slots[k].kind == slotBoundary {
		k--
	}
	return k < 0 || slots[k].line != slots[i].line
}
