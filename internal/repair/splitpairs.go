package repair

import "slices"

// A token cut in two is read part by part, and each part's readings are
// ranked alone, by their channel cost and how common each syllable is. The
// split arcs paired only the first few of each list, so the reading the
// other part calls for was cut off before the language model could weigh
// it: "s61ap" for "số lớp" had "lạp", "lập" and "áp" before "lớp" (ớ read
// as a costs more than a kept a), and the arcs offered "số lạp" or "sổ
// lập", never the pair that goes together. pairReadings ranks the pairs of
// a wider pool of each part's readings by the channel and by the bigram of
// the two syllables, the one context a cut token always carries, and keeps
// the best: as many arcs as before, chosen by the language model as well
// as by the channel; the decoder then weighs them in their full context.

// pairPool is how many readings of each part are paired: wide enough for a
// reading a look-alike row pushes down a part's list (a legacy list holds
// maxLegacyCandidates), small enough that ranking the pairs costs less
// than searching the parts did.
const pairPool = 12

// readingPair is one reading of each part of a cut token, with its score:
// both parts' channel log-probabilities, the left syllable's unigram and
// the right one's bigram after it.
type readingPair struct {
	a, b  candidate
	score float32
}

// pairReadings returns the keep best pairs of left and right readings,
// best first.
func (r *Repairer) pairReadings(left, right []candidate, keep int) []readingPair {
	left, right = left[:min(pairPool, len(left))], right[:min(pairPool, len(right))]
	var ids [pairPool]int32
	var bi [pairPool]float32
	for k, b := range right {
		ids[k] = r.sylID[b.word]
	}
	pairs := make([]readingPair, 0, len(left)*len(right))
	for _, a := range left {
		ua := r.sylID[a.word]
		first := a.logP + r.lm.Unigram(ua)
		r.lm.Bigrams(ua, ids[:len(right)], bi[:len(right)])
		for k, b := range right {
			pairs = append(pairs, readingPair{a, b, first + b.logP + bi[k]})
		}
	}
	slices.SortStableFunc(pairs, func(x, y readingPair) int {
		switch {
		case x.score > y.score:
			return -1
		case x.score < y.score:
			return 1
		}
		return 0
	})
	return pairs[:min(keep, len(pairs))]
}
