package repair

import (
	"github.com/vidoc/vidoc/internal/ocrchan"
	"github.com/vidoc/vidoc/internal/token"
	"github.com/vidoc/vidoc/internal/viet"
)

// minForeignPieces is how many syllables joined by hyphens make a foreign
// name transcribed: Vietnamese writes a foreign name or loanword syllable
// by syllable with hyphens ("Ác-hen-ti-na", "ki-lô-gam"), while its own
// words never join three syllables so. Two may be OCR's hyphen for a
// space ("quản lý-sinh viên", hyphenSpaceArcs) or a place joined to
// another ("Rịa-Vũng Tàu"): those stay the decoder's.
const minForeignPieces = 3

// markForeignNames makes each syllable of a foreign name transcribed (a
// run of minForeignPieces or more word slots joined by hyphens, each a
// syllable, as appendHyphenated cut it) a fixed slot, kept as it is and
// seen by the language model as its syllable. Read one by one, its
// syllables are sounds, not words: the language model has no context for
// them and rewrote one into a commoner syllable ("Ê-thi-ô-pi-a" had
// become "Ê-ti-ô-pi-a"). When vidoc read the page itself (words), a name
// the OCR was unsure of stays the decoder's: its word's sureness cell
// must give a word read so surely better odds of being right than wrong
// (keepCost, FittedSureLogOdds).
func (r *Repairer) markForeignNames(text string, slots []slot, words []ocrchan.Placed) []slot {
	hyphenAfter := func(k int) bool {
		return k+2 < len(slots) && slots[k+1].start == slots[k].end && text[slots[k+1].start:slots[k+1].end] == "-" &&
			slots[k+2].kind == slotWord && slots[k+2].start == slots[k+1].end
	}
	for i := 0; i < len(slots); i++ {
		if slots[i].kind != slotWord || i >= 2 && slots[i-1].kind == slotFixed && slots[i-1].end == slots[i].start && text[slots[i-1].start:slots[i-1].end] == "-" {
			continue
		}
		end := i // the run's last piece
		for hyphenAfter(end) {
			end += 2
		}
		if (end-i)/2+1 < minForeignPieces || !r.readSurely(text, slots[i].start, slots[end].end, words) {
			i = end
			continue
		}
		for k := i; k <= end; k += 2 {
			s := &slots[k]
			w := text[s.start:s.end]
			if !viet.Valid(viet.Lower(w)) {
				break // appendHyphenated cut only syllables; a code's pieces are not
			}
			s.kind, s.unit = slotFixed, string(token.AppendWordUnit(nil, w))
		}
		i = end
	}
	return slots
}

// readSurely says whether the OCR word that holds text[a:b] was read
// surely enough to be kept as it is: it has no channel from the glyphs
// (plain text, or glyphs that did not line up) or its sureness cell's
// fitted log-odds of being right are positive.
func (r *Repairer) readSurely(text string, a, b int, words []ocrchan.Placed) bool {
	for _, w := range words {
		if w.End <= a || w.Start >= b {
			continue
		}
		if w.FromGlyphs && text[w.Start:w.End] == w.Printed &&
			keepCost(r.sureLogOdds(), SureCell(w.Confidence, w.MinTop, w.MinMargin)) <= 0 {
			return false
		}
	}
	return true
}
