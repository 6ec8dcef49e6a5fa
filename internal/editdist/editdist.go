package editdist

// Strings is the edit distance between a and b in code points.
func Strings(a, b string) int {
	// Short strings convert on the stack: neither slice escapes.
	return Runes([]rune(a), []rune(b))
}

// AtMost is Strings for callers that only care whether the distance is
// within limit: it returns limit+1 for any larger distance, and answers at
// once when the lengths alone differ by more than limit.
func AtMost(a, b string, limit int) int {
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d > limit || -d > limit {
		return limit + 1
	}
	return min(Runes(ra, rb), limit+1)
}

// Runes is the edit distance between a and b. It uses Myers' bit-parallel
// algorithm in Hyyrö's blocked form: one 64-bit word per 64 pattern
// characters, so a 40,000-character page pair costs about 25 M word
// operations instead of 1.6 G table cells. A shorter side of at most 64
// runes (words, codes, header phrases) allocates nothing.
func Runes(a, b []rune) int {
	// Common prefix and suffix never change the distance; near-correct
	// hypotheses shrink to their differing middle.
	for len(a) > 0 && len(b) > 0 && a[0] == b[0] {
		a, b = a[1:], b[1:]
	}
	for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	if len(a) < len(b) {
		a, b = b, a
	}
	m := len(b)
	if m == 0 {
		return len(a)
	}
	if m <= 64 {
		return oneBlock(a, b)
	}
	blocks := (m + 63) / 64
	// peq[c] holds, block by block, the bits of the pattern rows equal to c.
	peq := make(map[rune][]uint64)
	for i, c := range b {
		v := peq[c]
		if v == nil {
			v = make([]uint64, blocks)
			peq[c] = v
		}
		v[i/64] |= 1 << uint(i%64)
	}
	pv := make([]uint64, blocks)
	mv := make([]uint64, blocks)
	for k := range pv {
		pv[k] = ^uint64(0)
	}
	lastBit := uint((m - 1) % 64)
	zero := make([]uint64, blocks)
	score := m
	for _, c := range a {
		eqs := peq[c]
		if eqs == nil {
			eqs = zero
		}
		hin := 1 // the top row of a global distance rises by one per column
		for k := 0; k < blocks; k++ {
			top := uint(63)
			if k == blocks-1 {
				top = lastBit
			}
			hin = advanceBlock(&pv[k], &mv[k], eqs[k], hin, top)
		}
		score += hin
	}
	return score
}

// oneBlock is Runes for a pattern b of 1 to 64 runes: its match bits fit one
// word per distinct rune, kept in a small array searched linearly, as a short
// pattern holds few distinct runes.
func oneBlock(a, b []rune) int {
	var runes [64]rune
	var bits [64]uint64
	n := 0
	for i, c := range b {
		k := 0
		for k < n && runes[k] != c {
			k++
		}
		if k == n {
			runes[n] = c
			n++
		}
		bits[k] |= 1 << uint(i)
	}
	pv, mv := ^uint64(0), uint64(0)
	top := uint(len(b) - 1)
	score := len(b)
	for _, c := range a {
		var eq uint64
		for k := 0; k < n; k++ {
			if runes[k] == c {
				eq = bits[k]
				break
			}
		}
		score += advanceBlock(&pv, &mv, eq, 1, top)
	}
	return score
}

// advanceBlock moves one 64-row block of vertical deltas across one text
// column, given the horizontal delta hin entering at its top row, and returns
// the horizontal delta leaving at row top (the block's last row in use).
func advanceBlock(pv, mv *uint64, eq uint64, hin int, top uint) int {
	var hinNeg uint64
	if hin < 0 {
		hinNeg = 1
	}
	xv := eq | *mv
	eq |= hinNeg
	xh := (((eq & *pv) + *pv) ^ *pv) | eq
	ph := *mv | ^(xh | *pv)
	mh := *pv & xh
	hout := 0
	if ph>>top&1 != 0 {
		hout = 1
	} else if mh>>top&1 != 0 {
		hout = -1
	}
	ph <<= 1
	mh <<= 1
	mh |= hinNeg
	if hin > 0 {
		ph |= 1
	}
	*pv = mh | ^(xv | ph)
	*mv = ph & xv
	return hout
}
