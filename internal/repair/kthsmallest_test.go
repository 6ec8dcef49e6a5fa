package repair

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestKthSmallest checks the selection against a sort on random slices,
// with many ties (scores of a search repeat), sorted and reversed runs.
func TestKthSmallest(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for trial := 0; trial < 2000; trial++ {
		n := 1 + rng.IntN(300)
		xs := make([]float32, n)
		levels := 1 + rng.IntN(40)
		for i := range xs {
			xs[i] = -float32(rng.IntN(levels)) / 4
		}
		switch trial % 3 {
		case 1:
			slices.Sort(xs)
		case 2:
			slices.Sort(xs)
			slices.Reverse(xs)
		}
		sorted := slices.Clone(xs)
		slices.Sort(sorted)
		k := rng.IntN(n)
		if got := kthSmallest(slices.Clone(xs), k); got != sorted[k] {
			t.Fatalf("trial %d: %d-th smallest of %v is %g, want %g", trial, k, xs, got, sorted[k])
		}
	}
}
