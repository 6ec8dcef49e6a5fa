package editdist

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// naive is the textbook table, the reference for the bit-parallel one.
func naive(a, b []rune) int {
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

func TestRunesMatchesTable(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	alphabet := []rune("aăâđêôơưáàạ ")
	randomText := func(n int) []rune { return randomRunes(rng, alphabet, n) }
	// Lengths around the 64-bit block boundaries matter most.
	lengths := []int{0, 1, 2, 5, 63, 64, 65, 127, 128, 129, 200}
	for _, n := range lengths {
		for _, m := range lengths {
			for range 3 {
				a, b := randomText(n), randomText(m)
				if got, want := Runes(a, b), naive(a, b); got != want {
					t.Fatalf("Runes(len %d, len %d) = %d, want %d", n, m, got, want)
				}
			}
		}
	}
	// Similar strings: a text and a lightly edited copy.
	for range 50 {
		a := randomText(1 + rng.IntN(300))
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
		if got, want := Runes(a, b), naive(a, b); got != want {
			t.Fatalf("Runes(edited copy) = %d, want %d", got, want)
		}
	}
}

func BenchmarkRunes(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 2))
	alphabet := []rune("abcdefghiklmnopqrstuvxyđăâêôơư ")
	x, y := randomRunes(rng, alphabet, 5000), randomRunes(rng, alphabet, 5000)
	b.Run("bitparallel", func(b *testing.B) {
		for b.Loop() {
			Runes(x, y)
		}
	})
	b.Run("table", func(b *testing.B) {
		for b.Loop() {
			naive(x, y)
		}
	})
}

func TestStrings(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want int
	}{
		{"", "", 0},
		{"", "thực", 4},
		{"thực hiện", "thực hiện", 0},
		{"thực", "thuc", 1},           // one marked letter, one rune
		{"Thirc hin", "Thực hiện", 3}, // OCR damage: ư read as ir, a lost ệ
		{"NĐ-CP", "ND-CP", 1},
		{"HĐND", "UBND", 2},
		{"kế hoạch", "hoạch kế", 6},
	} {
		if got := Strings(c.a, c.b); got != c.want {
			t.Errorf("Strings(%q, %q) = %d, want %d", c.a, c.b, got, c.want)
		}
		if got := Strings(c.b, c.a); got != c.want {
			t.Errorf("Strings(%q, %q) = %d, want %d (not symmetric)", c.b, c.a, got, c.want)
		}
	}
}

func TestAtMost(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 5))
	alphabet := []rune("ủyban nhâdđ")
	text := func() string {
		s := make([]rune, rng.IntN(12))
		for i := range s {
			s[i] = alphabet[rng.IntN(len(alphabet))]
		}
		return string(s)
	}
	for range 2000 {
		a, b, limit := text(), text(), rng.IntN(5)
		want := min(naive([]rune(a), []rune(b)), limit+1)
		if got := AtMost(a, b, limit); got != want {
			t.Fatalf("AtMost(%q, %q, %d) = %d, want %d", a, b, limit, got, want)
		}
	}
}

// TestShortAllocatesNothing: header matching and code mending call the
// distance once per candidate phrase or code part, many times per line.
func TestShortAllocatesNothing(t *testing.T) {
	a, b := "ủy ban nhân dân tỉnh", "uy ban nhan dân tinh"
	if n := testing.AllocsPerRun(100, func() { Strings(a, b) }); n != 0 {
		t.Errorf("Strings on short phrases: %.0f allocations, want 0", n)
	}
	if n := testing.AllocsPerRun(100, func() { AtMost(a, b, 2) }); n != 0 {
		t.Errorf("AtMost on short phrases: %.0f allocations, want 0", n)
	}
	text := []rune(strings.Repeat("cộng hòa xã hội chủ nghĩa việt nam ", 6))
	pattern := []rune(strings.Repeat("độc lập tự do hạnh phúc ", 3))[:64]
	if n := testing.AllocsPerRun(100, func() { Runes(text, pattern) }); n != 0 {
		t.Errorf("Runes with a 64-rune side: %.0f allocations, want 0", n)
	}
}

func BenchmarkStringsShort(b *testing.B) {
	x, y := "ủy ban nhân dân tỉnh", "uy ban nhan dân tinh"
	for b.Loop() {
		Strings(x, y)
	}
}

// randomRunes is n runes drawn from alphabet.
func randomRunes(rng *rand.Rand, alphabet []rune, n int) []rune {
	s := make([]rune, n)
	for i := range s {
		s[i] = alphabet[rng.IntN(len(alphabet))]
	}
	return s
}
