package eval

// Backtrace moves of the token alignment, two bits per cell.
const (
	moveDiag   = 0 // truth token paired with hypothesis token (match or substitution)
	moveDelete = 1 // truth token with no hypothesis token
	moveInsert = 2 // hypothesis token with no truth token
)

// pair is one column of the alignment; an empty side is marked by -1.
type pair struct{ t, h int }

// backtrace stores one 2-bit move per cell of the (n+1)×(m+1) table, a
// quarter of the memory of a byte table: 20,000 tokens a side take 100 MB.
type backtrace struct {
	cols int
	bits []byte
}

func newBacktrace(rows, cols int) *backtrace {
	return &backtrace{cols: cols, bits: make([]byte, (rows*cols+3)/4)}
}

func (b *backtrace) set(i, j int, move byte) {
	k := i*b.cols + j
	shift := uint(k%4) * 2
	b.bits[k/4] = b.bits[k/4]&^(3<<shift) | move<<shift
}

func (b *backtrace) get(i, j int) byte {
	k := i*b.cols + j
	return b.bits[k/4] >> (uint(k%4) * 2) & 3
}

// align computes the token-level Levenshtein distance between truth T and
// hypothesis H, a hypothesis token matching when it is one of the truth
// token's alternatives, and returns the alignment. Ties are broken exactly
// as vscore.py does (diagonal, then deletion, then insertion), so the pairs
// and every figure derived from them are identical.
func align(T, H []string) (int, []pair) {
	n, m := len(T), len(H)
	acc := make([][]string, n)
	for i, t := range T {
		acc[i] = alternatives(t)
	}
	back := newBacktrace(n+1, m+1)
	prev := make([]int, m+1)
	cur := make([]int, m+1)
	for j := range prev {
		prev[j] = j
		if j > 0 {
			back.set(0, j, moveInsert)
		}
	}
	for i := 1; i <= n; i++ {
		cur[0] = i
		back.set(i, 0, moveDelete)
		ai := acc[i-1]
		for j := 1; j <= m; j++ {
			cost := 1
			for _, a := range ai {
				if a == H[j-1] {
					cost = 0
					break
				}
			}
			best, move := prev[j-1]+cost, byte(moveDiag)
			if c := prev[j] + 1; c < best {
				best, move = c, moveDelete
			}
			if c := cur[j-1] + 1; c < best {
				best, move = c, moveInsert
			}
			cur[j] = best
			back.set(i, j, move)
		}
		prev, cur = cur, prev
	}
	var pairs []pair
	i, j := n, m
	for i > 0 || j > 0 {
		b := back.get(i, j)
		switch {
		case i > 0 && j > 0 && b == moveDiag:
			pairs = append(pairs, pair{i - 1, j - 1})
			i--
			j--
		case i > 0 && (j == 0 || b == moveDelete):
			pairs = append(pairs, pair{i - 1, -1})
			i--
		default:
			pairs = append(pairs, pair{-1, j - 1})
			j--
		}
	}
	for l, r := 0, len(pairs)-1; l < r; l, r = l+1, r-1 {
		pairs[l], pairs[r] = pairs[r], pairs[l]
	}
	return prev[m], pairs
}
