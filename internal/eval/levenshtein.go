package eval

// levenshtein returns the edit distance between a and b counted in code
// points, as Python counts string length. It uses Myers' bit-parallel
// algorithm in Hyyrö's blocked form: one 64-bit word per 64 pattern
// characters, so a 40,000-character page pair costs about 25 M word
// operations instead of 1.6 G table cells.
func levenshtein(a, b []rune) int {
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
