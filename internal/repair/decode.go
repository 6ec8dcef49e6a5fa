package repair

import (
	"math"
	"slices"
)

// arc is one way of reading one or two observed slots. Its fields are in
// the order that packs it into 48 bytes (64 in the order of their
// meaning): a block's arcs are most of the bytes it allocates.
type arc struct {
	span  int      // observed slots consumed (2 for a merge)
	units [2]int32 // LM ids emitted; units[1] < 0 when only one
	// third is a third LM id plus one, 0 when none: a token cut in three
	// (markcut.go). Kept apart so that units stays the pair every other
	// reading fills.
	third  int32
	chLogP float32
	// text is the intended lowercase spelling (two syllables joined by a
	// space for a split); keep means the observed text stays as it is.
	text string
	// glued > 0 marks a word and a number run together (gluedArcs): the
	// byte offset in the token where the second part starts; text is the
	// word's reading, numFirst says the number came first.
	glued int32
	keep  bool
	// reset starts a new sentence after the units: the context becomes <s>.
	reset    bool
	numFirst bool
	// caseCut marks a token cut where its case changes (caseSplitArcs):
	// glued is the cut, text the two parts' readings joined by a space.
	caseCut bool
}

// lmUnits are the LM ids a emits, -1 where none.
func (a *arc) lmUnits() [3]int32 {
	return [3]int32{a.units[0], a.units[1], a.third - 1}
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
	// lmLogP is the language model's log-probability of a's units and
	// then of the units after, given the units before, which follow the
	// start of a sentence when begin is set (Why).
	lmLogP(a *arc, before, after []int32, begin bool) float64
}

type viterbi[S comparable] struct {
	lm scorer[S]
}

// hyp is a partial path through the lattice. It names its last arc by
// index (arcs[from][ai]) rather than by pointer: an arena of hypotheses
// without pointers is one the garbage collector never scans, and it is the
// decoder's largest buffer.
type hyp[S comparable] struct {
	state S
	score float32
	prev  int32 // index in the arena of the hypothesis this one extends
	from  int32 // slot index the last arc starts at
	ai    int32 // the last arc's index in arcs[from]
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

// lmSlack allows for a language-model score a little above zero: the
// model's quantized backoff weights can push a log-probability there.
const lmSlack = 0.5

// scratch holds a decoder's buffers between calls.
type scratch[S comparable] struct {
	arena    []hyp[S]
	frontier [][]int32
	bestAt   []float32
	kept     []int32
}

// scratches is the free list of decoders' buffers, shared by every
// decoder of the process (a block's arena runs to megabytes). Not a
// sync.Pool, which drops its items at every other garbage collection: a
// decoding then allocated and cleared a fresh arena as large as its
// lattice could need, a twentieth of `vidoc fix`'s time. It holds at most
// maxScratches, more than the decoders that run at once.
var scratches = make(chan any, maxScratches)

const maxScratches = 64

func (v viterbi[S]) scratch() *scratch[S] {
	select {
	case x := <-scratches:
		if sc, ok := x.(*scratch[S]); ok {
			return sc
		}
		// Another model's state type (tests): left to the collector.
	default:
	}
	return &scratch[S]{}
}

// release gives sc back to the free list.
func (sc *scratch[S]) release() {
	select {
	case scratches <- sc:
	default:
	}
}

func (v viterbi[S]) decode(arcs [][]arc, p decoderParams) []*arc {
	n := len(arcs)
	sc := v.scratch()
	defer sc.release()
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
	// bestAt[j] is the best score of a path into slot j so far. A path
	// more than the margin behind it is dropped when slot j is expanded,
	// and the language model only lowers a score, so an arc that cannot
	// come within the margin even before its units are scored is skipped:
	// the same paths survive, with a fraction of the model lookups.
	if cap(sc.bestAt) < n+1 {
		sc.bestAt = make([]float32, n+1)
	}
	bestAt := sc.bestAt[:n+1]
	for i := range bestAt {
		bestAt[i] = float32(math.Inf(-1))
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
				s := arena[hi].score + p.channelWeight*a.chLogP
				if s+lmSlack < bestAt[end]-p.margin {
					continue
				}
				st := arena[hi].state
				for _, u := range a.units {
					if u < 0 {
						continue
					}
					var lp float32
					lp, st = v.lm.Score(st, u)
					s += lp
				}
				if a.third > 0 {
					var lp float32
					lp, st = v.lm.Score(st, a.third-1)
					s += lp
				}
				if a.reset {
					st = v.lm.Begin()
				}
				bestAt[end] = max(bestAt[end], s)
				arena = append(arena, hyp[S]{state: st, score: s, prev: hi, from: int32(i), ai: int32(ai)})
				frontier[end] = append(frontier[end], int32(len(arena)-1))
			}
		}
		// Keep the best paths into the next slot, one per context (paths
		// with the same context can only differ by their past).
		frontier[i+1], sc.kept = keepBest(arena, frontier[i+1], p.beam, sc.kept)
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
		out[h.from] = &arcs[h.from][h.ai]
	}
	return out
}

// keepBest reduces the hypotheses in next to the best beam of distinct
// contexts, best first, in place. It keeps a small sorted list instead of
// sorting them all: a slot of legacy damage collects hundreds of
// hypotheses for a beam of a dozen.
// buf is scratch space, returned for reuse.
func keepBest[S comparable](arena []hyp[S], next []int32, beam int, buf []int32) (best, scratch []int32) {
	kept := buf[:0]
	for _, x := range next {
		hx := &arena[x]
		if len(kept) == beam && hx.score <= arena[kept[beam-1]].score {
			continue
		}
		// A kept path with the same context: keep the better of the two.
		dup := -1
		for k, y := range kept {
			if arena[y].state == hx.state {
				dup = k
				break
			}
		}
		if dup >= 0 {
			if arena[kept[dup]].score >= hx.score {
				continue
			}
			kept = append(kept[:dup], kept[dup+1:]...)
		}
		// Insert in score order, best first.
		k := len(kept)
		for k > 0 && arena[kept[k-1]].score < hx.score {
			k--
		}
		kept = slices.Insert(kept, k, x)
		if len(kept) > beam {
			kept = kept[:beam]
		}
	}
	return append(next[:0], kept...), kept
}

func (v viterbi[S]) confidence(arcs []arc, chosen *arc, before, after []int32, p decoderParams) float64 {
	ctx := v.after(before)
	// own is an arc's channel and model log-probability over its own
	// units, and the model state after them; the units after it are
	// scored from that state.
	own := func(a *arc) (float64, S) {
		us := a.lmUnits()
		return v.units(ctx, us[:], float64(p.channelWeight*a.chLogP))
	}
	withContext := func(s float64, st S) float64 {
		s, _ = v.units(st, after, s)
		return s
	}
	chosenOwn, st := own(chosen)
	chosenScore := withContext(chosenOwn, st)
	// The posterior, as a sum relative to the chosen arc's score. An
	// alternative already confidenceHorizon nats behind on its own units
	// would need the next words to favour it by nearly as much to count;
	// its share is below e^-15 in practice, so its context is not scored.
	sum := 1.0
	for ai := range arcs {
		a := &arcs[ai]
		if a == chosen || a.span != chosen.span {
			continue
		}
		s, st := own(a)
		if s < chosenOwn-confidenceHorizon {
			continue
		}
		sum += math.Exp(withContext(s, st) - chosenScore)
	}
	return 1 / sum
}

func (v viterbi[S]) lmLogP(a *arc, before, after []int32, begin bool) float64 {
	st := v.after(before)
	if begin {
		_, st = v.units(v.lm.Begin(), before, 0)
	}
	us := a.lmUnits()
	own, st := v.units(st, us[:], 0)
	all, _ := v.units(st, after, own)
	return all
}

// after is the model's state after the units us, from no context.
func (v viterbi[S]) after(us []int32) S {
	st := v.lm.Null()
	for _, u := range us {
		_, st = v.lm.Score(st, u)
	}
	return st
}

// units adds to s the log-probability of the units us from state st
// (ids < 0 skipped) and returns it with the state after them.
func (v viterbi[S]) units(st S, us []int32, s float64) (float64, S) {
	for _, u := range us {
		if u >= 0 {
			var lp float32
			lp, st = v.lm.Score(st, u)
			s += float64(lp)
		}
	}
	return s, st
}

// confidenceHorizon: see confidence.
const confidenceHorizon = 20
