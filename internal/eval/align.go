package eval

import "github.com/vidoc/vidoc/internal/editdist"

// pair is one column of the alignment; an empty side is marked by -1.
type pair struct{ t, h int }

// align computes the token-level Levenshtein distance between truth T and
// hypothesis H, a hypothesis token matching when it is one of the truth
// token's alternatives, and returns the alignment. editdist.Align breaks
// ties exactly as vscore.py does, so the pairs and every figure derived
// from them are identical.
func align(T, H []string) (int, []pair) {
	acc := make([][]string, len(T))
	for i, t := range T {
		acc[i] = alternatives(t)
	}
	dist, ps := editdist.Align(len(T), len(H), func(i, j int) bool {
		for _, a := range acc[i] {
			if a == H[j] {
				return true
			}
		}
		return false
	})
	pairs := make([]pair, len(ps))
	for k, p := range ps {
		pairs[k] = pair{p.A, p.B}
	}
	return dist, pairs
}
