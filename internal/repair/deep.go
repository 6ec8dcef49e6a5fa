package repair

import (
	"cmp"
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/vidoc/vidoc/internal/errmodel"
	"github.com/vidoc/vidoc/internal/viet"
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
//
// A word with a symbol or a digit among its letters, in a block of legacy
// damage, asks too, whatever its neighbours: a scanner's placeholder ("~"
// for a marked vowel, "lu~" for luận) reads as dozens of syllables at one
// cost, and the ordinary search, which keeps the likeliest readings under
// the channel alone, cut the one the context wants off among equals. The
// deeper search keeps many more, reaches a lost letter next to the
// placeholder, and ranks them by their neighbours (deepArcs). So does a
// word in small letters that no syllable is spelt as ("ngity", "thting":
// a marked vowel read as other letters), which the ordinary search, whose
// cheap readings are the table's guesses at other syllables, answers
// wrongly as often as not. A word of four letters or more that is surely
// damaged so is searched deeper still (heavyDeepLimits).

// deepWorthLogP: a word whose best reading costs less than this under the
// channel is explained by the table, and needs no deeper search.
const deepWorthLogP = -6

// deepNeighbourLogP: a neighbour reads as Vietnamese when its best reading
// costs at least this much.
const deepNeighbourLogP = -3

// deepLimits is the search with one letter read as any character, one lost
// and one stray letter: wide, so that readings of equal channel cost are
// all ranked in context rather than cut by the search. 512 results gained
// one syllable of the sample over 256 for a seventh more CPU time on it.
var deepLimits = searchLimits{minLogP: -20, maxResults: 256, maxDeletes: 1, maxInserts: 1, maxSubs: 1, pool: true}

// narrowDeepLimits is the deeper search outside legacy damage, where no
// placeholder makes readings of equal cost: the few best under the channel,
// as before the pool. The pool there cost the stripped pages, which
// adaptation decodes up to three times, half their speed, for nothing
// measured (scripts/bench_fix_ab.sh).
var narrowDeepLimits = searchLimits{minLogP: -18, maxResults: 32, maxDeletes: 1, maxInserts: 1, maxSubs: 1}

// deepLimitsFor is the deeper search's bound under ch.
func deepLimitsFor(ch *errmodel.Channel) searchLimits {
	if ch.Name == errmodel.Legacy {
		return deepLimits
	}
	return narrowDeepLimits
}

// heavyDeepLimits is the deeper search of a word that is surely damaged
// in legacy damage (surelyDamaged): two letters read as any character
// and two stray ones, as old engines garble a syllable ("tnx&ng" for
// trường, "kxçng" for lượng), where one such letter reaches none of the
// readings. Its readings cost two subLogP, so the ordinary and the
// one-letter readings still win where they fit the context.
var heavyDeepLimits = searchLimits{minLogP: -24, maxResults: 512, maxDeletes: 1, maxInserts: 2, maxSubs: 2, pool: true}

// heavyMinRunes: a shorter word reads as too many syllables with two
// letters free for the ranking to find the one meant.
const heavyMinRunes = 4

// deepLimitsOf is the deeper search's bound for obs under ch.
func deepLimitsOf(ch *errmodel.Channel, w, obs string) searchLimits {
	if ch.Name == errmodel.Legacy && utf8.RuneCountInString(obs) >= heavyMinRunes && surelyDamaged(w, obs) {
		return heavyDeepLimits
	}
	return deepLimitsFor(ch)
}

// deepPenalty is what a reading only the deeper search reached costs more
// than the channel says: the ordinary search's readings, at equal cost,
// were the likelier ones ("d~" is để more often than đệ). Measured on the
// tuned text layers (syllables right, epu layer / sample): 0 nats 87.7 /
// 96.1 %, 1 nat 88.2 / 96.1 %, 2 nats 88.1 / 96.0 %.
const deepPenalty = -1

// maxDeepRunes: a word longer than a syllable's longest spelling plus one
// stray character is not one damaged syllable.
const maxDeepRunes = 8

// asksDeeperSearch reports whether slot i, whose ordinary readings are
// arcs, is a word the channel cannot explain, or a foreign word the
// inventory knows (foreign: known but no valid Vietnamese syllable), between
// Vietnamese neighbours; or, in legacy damage, a word with a symbol among
// its letters or one in small letters no syllable is spelt as (a word in
// capitals is as often an abbreviation).
func (r *Repairer) asksDeeperSearch(text string, slots []slot, i int, ch *errmodel.Channel, arcs []arc, foreign bool) bool {
	if ch.Name == errmodel.Clean {
		return false
	}
	obs := normalizeObserved(text[slots[i].start:slots[i].end])
	if n := utf8.RuneCountInString(obs); n < 2 || n > maxDeepRunes {
		return false
	}
	if w := text[slots[i].start:slots[i].end]; ch.Name == errmodel.Legacy && !foreign && surelyDamaged(w, obs) &&
		(hasPlaceholder(obs) || viet.CaseOf(w) != viet.CaseUpper) {
		return true
	}
	// A snapped word's cheap readings are the channel's guesses at
	// letters a dictionary wrote, no evidence that it is explained.
	snapped := r.snapped(ch, text[slots[i].start:slots[i].end])
	for _, a := range arcs {
		if !foreign && !snapped && a.chLogP >= deepWorthLogP {
			return false
		}
	}
	left, right := r.neighbourKind(text, slots, i-1, ch), r.neighbourKind(text, slots, i+1, ch)
	return left != foreignNeighbour && right != foreignNeighbour && (left == vietNeighbour || right == vietNeighbour)
}

// What stands beside a word the deeper search may be asked for.
const (
	// noWordNeighbour: a number, a date, punctuation, a code, a line
	// that ends a sentence or the block's edge: no evidence either way
	// ("ngày 12/3/2024 teen địa bàn", "ở mục teen;").
	noWordNeighbour  = iota
	vietNeighbour    // a word that reads as Vietnamese
	foreignNeighbour // a word that does not: a name, a foreign phrase
)

// neighbourKind says what slot k is, for asksDeeperSearch.
func (r *Repairer) neighbourKind(text string, slots []slot, k int, ch *errmodel.Channel) int {
	switch {
	case k < 0 || k >= len(slots) || slots[k].kind != slotWord:
		return noWordNeighbour
	case r.readsVietnamese(text, slots, k, ch):
		return vietNeighbour
	}
	return foreignNeighbour
}

// hasPlaceholder reports a character in w that is no letter: a symbol or
// a digit standing for a marked letter ("lu~", "k€", "s6").
func hasPlaceholder(w string) bool {
	for _, c := range w {
		if !unicode.IsLetter(c) {
			return true
		}
	}
	return false
}

// surelyDamaged reports a word (w as written, obs normalised) that cannot
// be meant as it stands: a placeholder among its letters, or letters no
// Vietnamese syllable is spelt with ("ngity", "thting") that are no
// English word either. An English word ("email", "file", "Zoom") is as
// often meant as snapped (snap.go), and keeps the ordinary way there.
func surelyDamaged(w, obs string) bool {
	return hasPlaceholder(obs) || !viet.Valid(obs) && !snappedWord(w)
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

// deepArcs are the readings of obs (slot i) the deeper search adds to
// arcs. The search finds hundreds of readings at like cost, and how common
// a syllable is alone does not tell the one the sentence wants: "lu~"
// reads as lũ or lú more cheaply than as luận, which "thảo" before it
// calls for. So they are ranked by the channel and their bigrams with the
// likeliest readings of both neighbours, and the best few become arcs,
// which the decoder then weighs in full context.
func (r *Repairer) deepArcs(ch *errmodel.Channel, text string, slots []slot, i int, obs string, arcs []arc, budget *deepBudget) []arc {
	if !budget.take() {
		return nil
	}
	seen := make(map[int32]bool, len(arcs))
	for _, a := range arcs {
		if a.span == 1 && a.units[1] < 0 {
			seen[a.units[0]] = true
		}
	}
	pool := r.candidatesLim(ch, obs, deepLimitsOf(ch, text[slots[i].start:slots[i].end], obs))
	pool = r.withSnapReadings(ch, text[slots[i].start:slots[i].end], pool)
	ids := make([]int32, 0, len(pool))
	for _, c := range pool {
		ids = append(ids, r.sylID[c.word])
	}
	score := make([]float32, len(pool))
	for k, c := range pool {
		score[k] = c.logP
	}
	left, right := r.neighbourReadings(text, slots, i-1, ch), r.neighbourReadings(text, slots, i+1, ch)
	bi := make([]float32, len(pool))
	best := make([]float32, len(pool))
	for k := range best {
		best[k] = r.lm.Unigram(ids[k])
	}
	if len(left) > 0 {
		for k := range best {
			best[k] = -1e9
		}
		for _, l := range left {
			r.lm.Bigrams(l, ids, bi)
			for k, b := range bi {
				best[k] = max(best[k], b)
			}
		}
	}
	var rb [deepNeighbourReadings]float32
	for k := range score {
		score[k] += best[k]
		if len(right) > 0 {
			r.lm.Bigrams(ids[k], right, rb[:len(right)])
			score[k] += slices.Max(rb[:len(right)])
		}
	}
	order := make([]int, len(pool))
	for k := range order {
		order[k] = k
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(score[b], score[a]) })
	var out []arc
	for _, k := range order {
		if len(out) == deepKeep {
			break
		}
		if c := pool[k]; !seen[ids[k]] {
			out = append(out, arc{span: 1, units: [2]int32{ids[k], -1}, text: r.syl[c.word], chLogP: c.logP + deepPenalty})
		}
	}
	return out
}

// deepKeep is how many readings of the deeper search become arcs.
const deepKeep = 12

// deepNeighbourReadings is how many readings of a neighbour rank the
// deeper search's readings.
const deepNeighbourReadings = 4

// neighbourReadings are the LM units of the likeliest readings of slot k:
// its syllable candidates under ch, or its unit when it is a number, a
// code or a sentence boundary; none when k is out of the block.
func (r *Repairer) neighbourReadings(text string, slots []slot, k int, ch *errmodel.Channel) []int32 {
	if k < 0 || k >= len(slots) {
		return nil
	}
	s := slots[k]
	switch s.kind {
	case slotWord:
	case slotBoundary:
		return []int32{r.unitID("</s>")}
	default:
		if s.unit != "" {
			return []int32{r.unitID(s.unit)}
		}
		return nil
	}
	var out []int32
	for _, c := range r.candidates(ch, normalizeObserved(text[s.start:s.end])) {
		if len(out) == deepNeighbourReadings {
			break
		}
		out = append(out, r.sylID[c.word])
	}
	return out
}

// deepBudget bounds the deeper searches of one block: each is a wide
// search and a ranking of hundreds of readings, so a block of garbage (a
// table of codes, a page of another script) must not ask it of every word.
// Counted in words, whose searches are cached: a word met again is cheap.
type deepBudget struct{ used, max int }

// deepShare: at most one slot in this many of a block (words, numbers,
// punctuation, line ends) is searched deeply. The tuned scanner layer,
// whose legacy damage puts a symbol in one word of three, asks it of at
// most 129 of a block's 449 slots.
const deepShare = 2

// newDeepBudget is the budget of a block of n slots.
func newDeepBudget(n int) deepBudget { return deepBudget{max: n / deepShare} }

// take reports whether one more deep search fits the budget, and counts it.
func (b *deepBudget) take() bool {
	if b.used >= b.max {
		return false
	}
	b.used++
	return true
}
