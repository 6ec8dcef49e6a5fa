package repair

import (
	"math"
	"sort"
	"sync"
)

// arc is one way of reading one or two observed slots.
type arc struct {
	span  int      // observed slots consumed (2 for a merge)
	units [2]int32 // LM ids emitted; units[1] < 0 when only one
	// text is the intended lowercase spelling (two syllables joined by a
	// space for a split); keep means the observed text stays as it is.
	text   string
	keep   bool
	chLogP float32
	// reset starts a new sentence after the units: the context becomes <s>.
	reset bool
}

// scorer is the language model as the decoder drives it: a context state S
// (comparable, so paths with the same context recombine) and the
// log-probability of a unit in it.
type scorer[S comparable] interface {
	Null() S
	Begin() S // after <s>
	Score(s S, w int32) (float32, S)
}

// pathFinder is the decoder bound to one language model.
type pathFinder interface {
	// decode returns, for each slot, the arc of the best path that starts
	// there (nil for slots inside a merge).
	decode(arcs [][]arc, p decoderParams) []*arc
	// confidence is the posterior of the chosen arc among the arcs of the
	// same span at its slot, given the units before and after it.
	confidence(arcs []arc, chosen *arc, before, after []int32, p decoderParams) float64
}

type viterbi[S comparable] struct {
	lm   scorer[S]
	pool *sync.Pool // of *scratch[S]
}

// hyp is a partial path through the lattice.
type hyp[S comparable] struct {
	state S
	score float32
	prev  int32 // index in the arena of the hypothesis this one extends
	pos   int32 // slot index this hypothesis ends before
	arc   *arc
}

// decoderParams weigh the parts of the score.
type decoderParams struct {
	channelWeight float32
	beam          int
	// mergePenalty is the log-probability that a space inside a syllable
	// is OCR noise; splitPenalty the same for a missing space.
	mergePenalty float32
	splitPenalty float32
	// margin drops paths that far (in nats) behind the best one.
	margin float32
}

var defaultParams = decoderParams{channelWeight: 1.0, beam: 5, mergePenalty: -6, splitPenalty: -7, margin: 12}

// scratch holds a decoder's buffers between calls.
type scratch[S comparable] struct {
	arena    []hyp[S]
	frontier [][]int32
}

func (v viterbi[S]) decode(arcs [][]arc, p decoderParams) []*arc {
	n := len(arcs)
	sc, _ := v.pool.Get().(*scratch[S])
	if sc == nil {
		sc = &scratch[S]{}
	}
	defer v.pool.Put(sc)
	total := 0
	for i := range arcs {
		total += len(arcs[i])
	}
	if cap(sc.arena) < total*p.beam+1 {
		sc.arena = make([]hyp[S], 0, total*p.beam+1)
	}
	arena := sc.arena[:0]
	if cap(sc.frontier) < n+1 {
		sc.frontier = make([][]int32, n+1)
	}
	frontier := sc.frontier[:n+1]
	for i := range frontier {
		frontier[i] = frontier[i][:0]
	}
	arena = append(arena, hyp[S]{state: v.lm.Begin(), prev: -1})
	frontier[0] = append(frontier[0], 0)
	defer func() { sc.arena = arena[:0] }()
	for i := 0; i < n; i++ {
		cur := frontier[i] // best first, at most beam, distinct contexts
		if len(cur) > 1 {
			// Paths this far behind the best never catch up in practice.
			floor := arena[cur[0]].score - p.margin
			for len(cur) > 1 && arena[cur[len(cur)-1]].score < floor {
				cur = cur[:len(cur)-1]
			}
		}
		for _, hi := range cur {
			for ai := range arcs[i] {
				a := &arcs[i][ai]
				end := i + a.span
				if end > n {
					continue
				}
				st := arena[hi].state
				s := arena[hi].score + p.channelWeight*a.chLogP
				for _, u := range a.units {
					if u < 0 {
						continue
					}
					var lp float32
					lp, st = v.lm.Score(st, u)
					s += lp
				}
				if a.reset {
					st = v.lm.Begin()
				}
				arena = append(arena, hyp[S]{state: st, score: s, prev: hi, pos: int32(end), arc: a})
				frontier[end] = append(frontier[end], int32(len(arena)-1))
			}
		}
		// Keep the best paths into the next slot, one per context (paths
		// with the same context can only differ by their past).
		next := frontier[i+1]
		sort.Slice(next, func(a, b int) bool { return arena[next[a]].score > arena[next[b]].score })
		kept := next[:0]
		for _, x := range next {
			if len(kept) == p.beam {
				break
			}
			dup := false
			for _, y := range kept {
				if arena[y].state == arena[x].state {
					dup = true
					break
				}
			}
			if !dup {
				kept = append(kept, x)
			}
		}
		frontier[i+1] = kept
	}
	out := make([]*arc, n)
	last := frontier[n]
	if len(last) == 0 {
		return out
	}
	bi := last[0]
	for _, x := range last {
		if arena[x].score > arena[bi].score {
			bi = x
		}
	}
	for x := bi; x > 0; x = arena[x].prev {
		h := arena[x]
		out[int(h.pos)-h.arc.span] = h.arc
	}
	return out
}

func (v viterbi[S]) confidence(arcs []arc, chosen *arc, before, after []int32, p decoderParams) float64 {
	ctx := v.lm.Null()
	for _, u := range before {
		_, ctx = v.lm.Score(ctx, u)
	}
	var scores []float64
	chosenScore := math.Inf(-1)
	for ai := range arcs {
		a := &arcs[ai]
		if a.span != chosen.span {
			continue
		}
		s := float64(p.channelWeight * a.chLogP)
		st := ctx
		for _, u := range a.units {
			if u < 0 {
				continue
			}
			var lp float32
			lp, st = v.lm.Score(st, u)
			s += float64(lp)
		}
		for _, u := range after {
			var lp float32
			lp, st = v.lm.Score(st, u)
			s += float64(lp)
		}
		scores = append(scores, s)
		if a == chosen {
			chosenScore = s
		}
	}
	if math.IsInf(chosenScore, -1) {
		return 0
	}
	m := chosenScore
	for _, s := range scores {
		m = math.Max(m, s)
	}
	sum := 0.0
	for _, s := range scores {
		sum += math.Exp(s - m)
	}
	return math.Exp(chosenScore-m) / sum
}
