package lm

import (
	"fmt"
	"maps"
	"math"
	"slices"
)

// MaxOrder is the highest n-gram order the format and the scorer support:
// four 16-bit word IDs fill the uint64 keys the builder counts with.
const MaxOrder = 4

const idBits = 16

const maxVocab = 1<<idBits - 1

func packKey(key uint64, id uint32) uint64 { return key<<idBits | uint64(id) }

func lastID(key uint64) uint32 { return uint32(key & (1<<idBits - 1)) }

// firstID returns the first word of an n-gram key of order n.
func firstID(key uint64, n int) uint32 { return uint32(key >> (idBits * (n - 1))) }

// suffixKey drops the first word of an n-gram key of order n.
func suffixKey(key uint64, n int) uint64 {
	return key & (1<<(idBits*(n-1)) - 1)
}

// prefixKey drops the last word.
func prefixKey(key uint64) uint64 { return key >> idBits }

// counts holds raw n-gram counts, orders 1..N (index n-1).
type counts struct {
	order int
	raw   []map[uint64]uint32
}

func newCounts(order int) *counts {
	c := &counts{order: order, raw: make([]map[uint64]uint32, order)}
	for n := range c.raw {
		c.raw[n] = make(map[uint64]uint32, 1<<20)
	}
	return c
}

// addSentence counts the n-grams of <s> ids </s>.
func (c *counts) addSentence(ids []uint32, bos, eos uint32, weight uint32) {
	var hist [MaxOrder]uint32
	h := 0 // words in hist
	push := func(id uint32) {
		if h < c.order {
			hist[h] = id
			h++
		} else {
			copy(hist[:], hist[1:c.order])
			hist[c.order-1] = id
		}
		// count every n-gram ending at id
		for n := 1; n <= h; n++ {
			var key uint64
			for _, w := range hist[h-n : h] {
				key = packKey(key, w)
			}
			c.raw[n-1][key] += weight
		}
	}
	hist[0] = bos
	h = 1
	for _, id := range ids {
		push(id)
	}
	push(eos)
}

// addPhrase counts the n-grams inside a phrase, with no sentence
// boundaries: the in-domain supplement.
func (c *counts) addPhrase(ids []uint32, weight uint32) {
	for i := range ids {
		for n := 1; n <= c.order && n <= i+1; n++ {
			var key uint64
			for _, w := range ids[i-n+1 : i+1] {
				key = packKey(key, w)
			}
			c.raw[n-1][key] += weight
		}
	}
}

// Discounts are the three modified Kneser–Ney discounts of one order.
type Discounts [3]float64

func (d Discounts) of(c uint32) float64 {
	switch {
	case c == 0:
		return 0
	case c == 1:
		return d[0]
	case c == 2:
		return d[1]
	}
	return d[2]
}

// discountsFrom computes D1, D2, D3+ from the count-of-counts n1..n4
// (Chen & Goodman 1998, eq. 26).
func discountsFrom(cc [5]float64) (Discounts, error) {
	n1, n2, n3, n4 := cc[1], cc[2], cc[3], cc[4]
	if n1 == 0 || n2 == 0 || n3 == 0 || n4 == 0 {
		return Discounts{0.5, 1, 1.5}, nil // too little data to estimate: the usual values
	}
	y := n1 / (n1 + 2*n2)
	d := Discounts{1 - 2*y*n2/n1, 2 - 3*y*n3/n2, 3 - 4*y*n4/n3}
	for i, v := range d {
		if v <= 0 || v > float64(i+1) {
			// Count-of-counts this irregular come only from tiny corpora:
			// fall back to one absolute discount (Ney et al.), which is
			// always in (0, 1).
			return Discounts{y, y, y}, nil
		}
	}
	return d, nil
}

// estimate is the smoothed model before it is written: for each order the
// kept n-grams with their log-probability and backoff.
type estimate struct {
	order     int
	vocab     int
	discounts []Discounts
	prob      []map[uint64]float64 // interpolated probability (not log)
	bow       []map[uint64]float64 // backoff weight (not log) of kept contexts
	kept      []map[uint64]bool    // n-grams kept after pruning, orders >= 2
	unigram   []float64
}

// estimateKN computes interpolated modified Kneser–Ney probabilities from
// raw counts: the highest order uses raw counts, lower orders continuation
// counts (distinct left neighbours), except n-grams that start with <s>,
// which cannot have one and keep their raw counts.
func estimateKN(c *counts, vocab int, bos uint32) (*estimate, error) {
	N := c.order
	e := &estimate{order: N, vocab: vocab, discounts: make([]Discounts, N),
		prob: make([]map[uint64]float64, N), bow: make([]map[uint64]float64, N), kept: make([]map[uint64]bool, N)}
	// adjusted counts
	adj := make([]map[uint64]uint32, N)
	adj[N-1] = c.raw[N-1]
	for n := N - 1; n >= 1; n-- {
		a := make(map[uint64]uint32, len(c.raw[n-1]))
		for key := range c.raw[n] { // (n+1)-grams: each is one distinct left extension of its suffix
			a[suffixKey(key, n+1)]++
		}
		for key, raw := range c.raw[n-1] {
			if firstID(key, n) == bos {
				a[key] = raw
			} else if a[key] == 0 {
				// Only the in-domain phrases, which have no left context,
				// start with it: count its one appearance.
				a[key] = 1
			}
		}
		if n == 1 {
			delete(a, uint64(bos)) // <s> is never predicted
		}
		adj[n-1] = a
	}
	// discounts from count-of-counts
	for n := 1; n <= N; n++ {
		var cc [5]float64
		for _, v := range adj[n-1] {
			if v <= 4 {
				cc[v]++
			}
		}
		d, err := discountsFrom(cc)
		if err != nil {
			return nil, fmt.Errorf("order %d: %w", n, err)
		}
		e.discounts[n-1] = d
	}
	// context statistics: total count and the discounted mass of each context
	type ctxStat struct{ total, mass float64 }
	// unigrams
	var total, mass float64
	d1 := e.discounts[0]
	for _, key := range sortedKeys(adj[0]) {
		a := adj[0][key]
		total += float64(a)
		mass += d1.of(a)
	}
	predicted := float64(vocab - 1) // every word but <s>
	e.unigram = make([]float64, vocab)
	for id := 0; id < vocab; id++ {
		if uint32(id) == bos {
			continue
		}
		a := adj[0][uint64(id)]
		e.unigram[id] = (float64(a)-d1.of(a))/total + mass/total/predicted
	}
	for n := 2; n <= N; n++ {
		d := e.discounts[n-1]
		stats := make(map[uint64]ctxStat, len(adj[n-2]))
		for _, key := range sortedKeys(adj[n-1]) {
			a := adj[n-1][key]
			s := stats[prefixKey(key)]
			s.total += float64(a)
			s.mass += d.of(a)
			stats[prefixKey(key)] = s
		}
		prob := make(map[uint64]float64, len(adj[n-1]))
		for key, a := range adj[n-1] {
			s := stats[prefixKey(key)]
			lower := e.lowerProb(n, key)
			prob[key] = (float64(a)-d.of(a))/s.total + s.mass/s.total*lower
		}
		e.prob[n-1] = prob
	}
	return e, nil
}

// lowerProb is the interpolated probability of the suffix of an n-gram key.
func (e *estimate) lowerProb(n int, key uint64) float64 {
	if n == 2 {
		return e.unigram[lastID(key)]
	}
	return e.prob[n-2][suffixKey(key, n)]
}

// Cutoffs gives, for orders 2..N (index n-2), the raw count an n-gram must
// exceed to be kept; n-grams that are prefixes or suffixes of kept ones stay.
type Cutoffs []uint32

// prune keeps n-grams above the cutoffs (and their prefixes and suffixes,
// which the trie and the backoff computation need) and computes backoff
// weights that renormalize every context over the kept n-grams.
func (e *estimate) prune(c *counts, cut Cutoffs) error {
	N := e.order
	for n := N; n >= 2; n-- {
		kept := make(map[uint64]bool)
		var k uint32
		if n-2 < len(cut) {
			k = cut[n-2]
		}
		for key := range e.prob[n-1] {
			if c.raw[n-1][key] > k {
				kept[key] = true
			}
		}
		if n < N {
			for key := range e.kept[n] {
				kept[prefixKey(key)] = true
				kept[suffixKey(key, n+1)] = true
			}
		}
		e.kept[n-1] = kept
	}
	// suffixes of kept n-grams must be kept at every lower order
	for n := N; n >= 3; n-- {
		for key := range e.kept[n-1] {
			e.kept[n-2][suffixKey(key, n)] = true
		}
	}
	for n := 2; n <= N; n++ {
		for key := range e.kept[n-1] {
			if _, ok := e.prob[n-1][key]; !ok {
				return fmt.Errorf("kept %d-gram %x has no probability (internal error)", n, key)
			}
		}
	}
	// backoffs, lowest order first, so that the lower-order model used in the
	// denominator is final
	for n := 1; n < N; n++ {
		num := map[uint64]float64{} // Σ p(w|h) over kept hw
		den := map[uint64]float64{} // Σ P(w|h') over the same w
		for _, key := range sortedKeys(e.kept[n]) {
			h := prefixKey(key)
			num[h] += e.prob[n][key]
			den[h] += e.backoffProb(n, suffixKey(key, n+1))
		}
		bow := make(map[uint64]float64, len(num))
		for h, s := range num {
			nu, de := 1-s, 1-den[h]
			if nu < 1e-12 || de < 1e-12 {
				bow[h] = 1e-12 / math.Max(de, 1e-12)
				if nu > 1e-12 {
					bow[h] = nu / 1e-12
				}
				continue
			}
			bow[h] = nu / de
		}
		e.bow[n-1] = bow
	}
	return nil
}

// backoffProb is the probability the pruned backoff model gives the last
// word of an n-gram key of order n, given the rest.
func (e *estimate) backoffProb(n int, key uint64) float64 {
	if n == 1 {
		return e.unigram[key]
	}
	if e.kept[n-1][key] {
		return e.prob[n-1][key]
	}
	b := 1.0
	if w, ok := e.bow[n-2][prefixKey(key)]; ok {
		b = w
	}
	return b * e.backoffProb(n-1, suffixKey(key, n))
}

// sortedKeys lists a map's n-gram keys in order. Sums of floating-point
// values over a context are taken in this order, not the map's random one, so
// that rounding, and with it every byte of the model, is the same on each
// build.
func sortedKeys[V any](m map[uint64]V) []uint64 {
	return slices.Sorted(maps.Keys(m))
}
