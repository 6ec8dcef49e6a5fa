package editdist

// Pair is one column of an alignment: item A of the first sequence with
// item B of the second; -1 marks an empty side.
type Pair struct{ A, B int }

// Backtrace moves of the alignment, two bits per cell.
const (
	moveDiag   = 0 // a paired with b (match or substitution)
	moveDelete = 1 // a with nothing
	moveInsert = 2 // b with nothing
)

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

// Align aligns a sequence of n items with one of m items by Levenshtein
// distance, where same(i, j) says item i of the first equals item j of the
// second, and returns the distance and the alignment in order. Ties are
// broken diagonal first, then deletion, then insertion (vscore.py's order,
// which eval's figures depend on). It keeps the whole edit script, so it
// costs n×m time and n×m/4 bytes: for tokens, not characters.
func Align(n, m int, same func(i, j int) bool) (int, []Pair) {
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
		for j := 1; j <= m; j++ {
			cost := 1
			if same(i-1, j-1) {
				cost = 0
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
	var pairs []Pair
	i, j := n, m
	for i > 0 || j > 0 {
		b := back.get(i, j)
		switch {
		case i > 0 && j > 0 && b == moveDiag:
			pairs = append(pairs, Pair{i - 1, j - 1})
			i--
			j--
		case i > 0 && (j == 0 || b == moveDelete):
			pairs = append(pairs, Pair{i - 1, -1})
			i--
		default:
			pairs = append(pairs, Pair{-1, j - 1})
			j--
		}
	}
	for l, r := 0, len(pairs)-1; l < r; l, r = l+1, r-1 {
		pairs[l], pairs[r] = pairs[r], pairs[l]
	}
	return prev[m], pairs
}
