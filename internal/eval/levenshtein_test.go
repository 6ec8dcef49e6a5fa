package eval

import (
	"math/rand/v2"
	"testing"
)

// naiveLevenshtein is the textbook table, the reference for the bit-parallel one.
func naiveLevenshtein(a, b []rune) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j-1]+cost, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

func TestLevenshteinMatchesTable(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	alphabet := []rune("aăâđêôơưáàạ ")
	randomText := func(n int) []rune {
		s := make([]rune, n)
		for i := range s {
			s[i] = alphabet[rng.IntN(len(alphabet))]
		}
		return s
	}
	// Lengths around the 64-bit block boundaries matter most.
	lengths := []int{0, 1, 2, 63, 64, 65, 127, 128, 129, 200}
	for _, n := range lengths {
		for _, m := range lengths {
			for range 3 {
				a, b := randomText(n), randomText(m)
				if got, want := levenshtein(a, b), naiveLevenshtein(a, b); got != want {
					t.Fatalf("levenshtein(len %d, len %d) = %d, want %d", n, m, got, want)
				}
			}
		}
	}
	// Similar strings: a text and a lightly edited copy.
	for range 50 {
		a := randomText(50 + rng.IntN(300))
		b := append([]rune(nil), a...)
		for range rng.IntN(20) {
			k := rng.IntN(len(b))
			switch rng.IntN(3) {
			case 0:
				b[k] = alphabet[rng.IntN(len(alphabet))]
			case 1:
				b = append(b[:k], b[k+1:]...)
			default:
				b = append(b[:k], append([]rune{alphabet[rng.IntN(len(alphabet))]}, b[k:]...)...)
			}
		}
		if got, want := levenshtein(a, b), naiveLevenshtein(a, b); got != want {
			t.Fatalf("levenshtein(edited copy) = %d, want %d", got, want)
		}
	}
}

func BenchmarkLevenshtein(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 2))
	alphabet := []rune("abcdefghiklmnopqrstuvxyđăâêôơư ")
	text := func(n int) []rune {
		s := make([]rune, n)
		for i := range s {
			s[i] = alphabet[rng.IntN(len(alphabet))]
		}
		return s
	}
	x, y := text(5000), text(5000)
	b.Run("bitparallel", func(b *testing.B) {
		for b.Loop() {
			levenshtein(x, y)
		}
	})
	b.Run("table", func(b *testing.B) {
		for b.Loop() {
			naiveLevenshtein(x, y)
		}
	})
}
