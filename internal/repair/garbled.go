package repair

import (
	"strings"

	"github.com/vidoc/vidoc/internal/errmodel"
)

// garbledHold says whether the decoder's reading repl of slot i, a known
// syllable changed in its marks only ("Đối" → "Đổi"), stands on no
// evidence and is held: the block reads as fresh OCR (the clean channel),
// and the nearest words on its line are garbage, no syllable the
// inventory knows as printed ("ỡr Đối ê!1ả"). A mark is where the error
// model is cheapest, so the language model decides such a change, and
// there its context is what repair made of garbage, no evidence of the
// word between. A number, a code or a known word beside it is context;
// so is the glyphs' own offer of the reading (an OCR channel that lists
// it), which the decoder has already weighed.
func (r *Repairer) garbledHold(text string, slots []slot, i int, a *arc, repl string, ch *errmodel.Channel, d *altDist) bool {
	s := slots[i]
	orig := text[s.start:s.end]
	if ch.Name != errmodel.Clean || a.span != 1 || a.keep || s.kind != slotWord || !sameLettersBeneath(orig, repl) {
		return false
	}
	obs := normalizeObserved(orig)
	if r.trie.lookup(obs) < 0 {
		return false
	}
	if d != nil {
		if _, offered := d.logQ[a.text]; offered {
			return false
		}
	}
	neighbours := 0
	for _, step := range []int{-1, 1} {
		for k := i + step; k >= 0 && k < len(slots) && slots[k].line == s.line && slots[k].kind != slotBoundary; k += step {
			n := slots[k]
			if n.kind == slotFixed && (strings.HasPrefix(n.unit, "<punct-") || n.unit == "<sym>") {
				continue // punctuation is no context
			}
			if n.kind != slotWord || r.trie.lookup(normalizeObserved(text[n.start:n.end])) >= 0 {
				return false // a number, a code or a known word
			}
			neighbours++
			break
		}
	}
	return neighbours > 0
}
