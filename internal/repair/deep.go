package repair

import (
	"unicode/utf8"

	"github.com/vidoc/vidoc/internal/errmodel"
)

// A word the inventory does not know, that no reading of the channel
// explains well, between words that read as Vietnamese, is damage the table
// did not foresee more often than a word meant as it is: "teen" for trên,
// an English look-alike in a Vietnamese sentence. For such a word the
// candidate search goes deeper, reading one character as any letter
// (subLogP); the language model and the channel then choose between those
// readings and keeping the word, which still wins where no syllable fits
// the context. Names, codes and foreign terms of correct text are not
// asked: the clean channel never searches deeper, and a word among words
// that are no Vietnamese is left to the ordinary search.

// deepWorthLogP: a word whose best reading costs less than this under the
// channel is explained by the table, and needs no deeper search.
const deepWorthLogP = -6

// deepNeighbourLogP: a neighbour reads as Vietnamese when its best reading
// costs at least this much.
const deepNeighbourLogP = -3

// deepLimits is the search with one letter read as any character: lost
// and stray letters as the light search allows, so the result stays small.
var deepLimits = searchLimits{minLogP: -18, maxResults: 32, maxDeletes: 1, maxInserts: 1, maxSubs: 1}

// maxDeepRunes: a word longer than a syllable's longest spelling plus one
// stray character is not one damaged syllable.
const maxDeepRunes = 8

// asksDeeperSearch reports whether slot i, whose ordinary readings are
// arcs, is a word the channel cannot explain, or a foreign word the
// inventory knows (foreign: known but no valid Vietnamese syllable), between
// Vietnamese neighbours.
func (r *Repairer) asksDeeperSearch(text string, slots []slot, i int, ch *errmodel.Channel, arcs []arc, foreign bool) bool {
	if ch.Name == errmodel.Clean {
		return false
	}
	obs := normalizeObserved(text[slots[i].start:slots[i].end])
	if n := utf8.RuneCountInString(obs); n < 2 || n > maxDeepRunes {
		return false
	}
	for _, a := range arcs {
		if !foreign && a.chLogP >= deepWorthLogP {
			return false
		}
	}
	return r.readsVietnamese(text, slots, i-1, ch) && r.readsVietnamese(text, slots, i+1, ch)
}

// readsVietnamese reports whether slot k is a word whose best reading
// under ch is cheap: a syllable, or one the channel explains.
func (r *Repairer) readsVietnamese(text string, slots []slot, k int, ch *errmodel.Channel) bool {
	if k < 0 || k >= len(slots) || slots[k].kind != slotWord {
		return false
	}
	c := r.candidates(ch, normalizeObserved(text[slots[k].start:slots[k].end]))
	return len(c) > 0 && c[0].logP >= deepNeighbourLogP
}

// deepArcs are the readings of obs the deeper search adds to arcs.
func (r *Repairer) deepArcs(ch *errmodel.Channel, obs string, arcs []arc) []arc {
	seen := make(map[int32]bool, len(arcs))
	for _, a := range arcs {
		if a.span == 1 && a.units[1] < 0 {
			seen[a.units[0]] = true
		}
	}
	var out []arc
	for _, c := range r.candidatesLim(ch, obs, deepLimits) {
		if id := r.sylID[c.word]; !seen[id] {
			out = append(out, arc{span: 1, units: [2]int32{id, -1}, text: r.syl[c.word], chLogP: c.logP})
		}
	}
	return out
}
