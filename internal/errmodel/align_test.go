package errmodel

import (
	"math"
	"math/rand/v2"
	"reflect"
	"testing"
)

// TestAlignLettersIsTheTable: alignLetters, with its tables flattened and
// its observed runs made once, aligns as the plain dynamic programme below
// does, on random pairs of Vietnamese letters and OCR debris, under the
// heuristic cost that seeds training.
func TestAlignLettersIsTheTable(t *testing.T) {
	letters := []rune("aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạếềệốờợứừựíìýỹ0123456789~'`^.,?rnmIl1 ")
	rng := rand.New(rand.NewPCG(3, 4))
	aligned := 0
	for i := 0; i < 4000; i++ {
		word := func(n int) []rune {
			w := make([]rune, n)
			for k := range w {
				w[k] = letters[rng.IntN(len(letters))]
			}
			return w
		}
		tr := word(rng.IntN(8))
		ob := word(rng.IntN(10))
		if rng.IntN(2) == 0 { // mostly alike, as a change's two sides are
			ob = append([]rune{}, tr...)
			for k := rng.IntN(3); k > 0 && len(ob) > 0; k-- {
				ob[rng.IntN(len(ob))] = letters[rng.IntN(len(letters))]
			}
		}
		got, gotOK := alignLetters(tr, ob, heuristicCost)
		want, wantOK := alignLettersTable(tr, ob, heuristicCost)
		if gotOK != wantOK || !reflect.DeepEqual(got, want) {
			t.Fatalf("alignLetters(%q, %q) = %v %v, want %v %v", string(tr), string(ob), got, gotOK, want, wantOK)
		}
		if gotOK {
			aligned++
		}
	}
	if aligned < 1000 {
		t.Errorf("only %d of 4000 pairs aligned: the test says little", aligned)
	}
}

// alignLettersTable is alignLetters as first written, a table of rows and
// the observed runs converted where used: the reference it must match.
func alignLettersTable(t, o []rune, cost costFunc) ([]alignStep, bool) {
	n, m := len(t), len(o)
	inf := math.Inf(1)
	d := make([][]float64, n+1)
	back := make([][]int8, n+1) // k ≥ 0: t[i-1] emitted k runes; -1: insertion
	for i := range d {
		d[i] = make([]float64, m+1)
		back[i] = make([]int8, m+1)
		for j := range d[i] {
			d[i][j] = inf
		}
	}
	d[0][0] = 0
	for i := 0; i <= n; i++ {
		for j := 0; j <= m; j++ {
			if i == 0 && j == 0 {
				continue
			}
			best, arg := inf, int8(0)
			if j > 0 && d[i][j-1] < inf {
				if v := d[i][j-1] + cost(0, string(o[j-1])); v < best {
					best, arg = v, -1
				}
			}
			if i > 0 {
				for k := 0; k <= maxEmit && k <= j; k++ {
					if d[i-1][j-k] == inf {
						continue
					}
					if v := d[i-1][j-k] + cost(t[i-1], string(o[j-k:j])); v < best {
						best, arg = v, int8(k)
					}
				}
			}
			d[i][j], back[i][j] = best, arg
		}
	}
	if d[n][m] == inf || d[n][m] > 4+1.5*float64(n) {
		return nil, false
	}
	var path []alignStep
	i, j := n, m
	for i > 0 || j > 0 {
		k := back[i][j]
		if k < 0 {
			path = append(path, alignStep{0, string(o[j-1])})
			j--
			continue
		}
		path = append(path, alignStep{t[i-1], string(o[j-int(k) : j])})
		i, j = i-1, j-int(k)
	}
	return path, true
}
