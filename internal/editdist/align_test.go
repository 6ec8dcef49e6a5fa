package editdist

import (
	"reflect"
	"strings"
	"testing"
)

func TestAlign(t *testing.T) {
	for _, c := range []struct {
		a, b string
		dist int
		want []Pair
	}{
		{"", "", 0, nil},
		{"a b c", "a b c", 0, []Pair{{0, 0}, {1, 1}, {2, 2}}},
		{"a b c", "a x c", 1, []Pair{{0, 0}, {1, 1}, {2, 2}}},
		{"a b c", "a c", 1, []Pair{{0, 0}, {1, -1}, {2, 1}}},
		{"a c", "a b c", 1, []Pair{{0, 0}, {-1, 1}, {1, 2}}},
		{"a", "", 1, []Pair{{0, -1}}},
		{"", "a b", 2, []Pair{{-1, 0}, {-1, 1}}},
	} {
		A, B := strings.Fields(c.a), strings.Fields(c.b)
		dist, pairs := Align(len(A), len(B), func(i, j int) bool { return A[i] == B[j] })
		if dist != c.dist || !reflect.DeepEqual(pairs, c.want) {
			t.Errorf("Align(%q, %q) = %d %v, want %d %v", c.a, c.b, dist, pairs, c.dist, c.want)
		}
	}
}
