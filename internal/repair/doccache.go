package repair

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"

	"github.com/vidoc/vidoc/internal/lm"
	"github.com/vidoc/vidoc/internal/token"
	"github.com/vidoc/vidoc/internal/viet"
)

// A document cache language model (Kuhn & De Mori 1990): a document repeats
// its own vocabulary, so the syllables and syllable pairs it reads
// confidently in one place are likelier wherever it is damaged. The corpus
// model knows little Party text, and prefers a common reading ("quản trị")
// of a damaged heading over the rarer one the body spells intact six times
// ("quán triệt"). The cache is counted from adaptation's first decoding of
// the document's sample (AdaptSample bytes at most, so it stays small) and
// interpolated with the corpus model in probability:
//
//	P(w | h) = (1−λ) P_lm(w | h) + λ P_cache(w | prev)
//	P_cache(w | prev) = μ c(prev w)/c(prev) + (1−μ) c(w)/N
//
// (the bigram part only when prev is cached). Only syllables read at least
// cacheMinCount times enter it, so one misreading cannot reinforce itself.
type docCache struct {
	// uni counts the cached syllables by LM id (0 for one not cached): a
	// slice up to the largest cached id, not a map, since the decoder asks
	// it on every unit it scores.
	uni   []int32
	bi    map[[2]int32]int32
	total float64
	// logKeep is log(1−λ), the corpus model's share, all a word the
	// cache does not hold gets.
	logKeep float32
	// note says what the cache holds, for --explain and the adaptation
	// note.
	note CacheNote
}

// Weights of the cache, set on the tuning material (the sample and the epu
// layer, scripts/bench_textlayers.sh; syllable accuracy of sample / epu,
// 95.31 / 86.11 % without the cache): λ its share against the corpus model
// (0.05: 95.65 / 87.01, 0.1: 95.83 / 86.90, 0.15: 95.89 / 87.12, 0.2:
// 95.77 / 87.12, 0.3: 95.80 / 86.79), μ the bigram share inside it (0.3
// to 0.5 alike, 0.8 lower), and the least count of a syllable it holds
// (2: 95.62 / 87.35 at λ 0.2, 4 and 5 lower; 3 keeps one misreading
// repeated twice out). cacheMinWords: a sample shorter than this has too
// few readings to say which of its words it repeats. Nor does a sample of
// one block (blockLines lines, about a page): there the cache only echoes
// the block's own first decoding, and on the rendered one-page benchmarks
// (scripts/bench_rendered.sh) it cost 0.07 points of stripped and 0.1 of
// eng syllable accuracy.
const (
	cacheLambda   = 0.15
	cacheMu       = 0.5
	cacheMinCount = 3
	cacheMinWords = 200
)

// newDocCacheWhy counts the syllables of text (a decoding of the sample)
// except those of changes less sure than minAdaptConfidence: a word left as
// read and known to the model, or a confident repair. It returns nil when
// the text is too short to teach anything or is one block, and a note
// saying what the cache holds or, when there is none, why.
func (r *Repairer) newDocCacheWhy(res Result) (*docCache, CacheNote) {
	// Unsure replacements, by their lowercase syllables: a decoding's
	// output offsets are not the input's, so these are skipped by value,
	// once per unsure change.
	unsure := map[string]int{}
	for _, c := range res.Changes {
		if c.Kept || c.Confidence < minAdaptConfidence {
			for _, w := range strings.Fields(c.Replacement) {
				unsure[viet.Lower(w)]++
			}
		}
	}
	text := res.Text
	var ids []int32 // syllable ids in text order, -1 where a run breaks
	var unit []byte
	names := map[int32]string{} // the syllables' text, for the note
	for _, t := range token.Tokenize(text, nil) {
		if t.Kind != token.Word {
			ids = append(ids, -1)
			continue
		}
		w := t.Text(text)
		if lw := viet.Lower(w); unsure[lw] > 0 {
			unsure[lw]--
			ids = append(ids, -1)
			continue
		}
		unit = token.AppendWordUnit(unit[:0], w)
		id, ok := r.lm.ID(string(unit))
		if !ok || id == r.unk {
			ids = append(ids, -1)
			continue
		}
		if _, seen := names[id]; !seen {
			names[id] = string(unit)
		}
		ids = append(ids, id)
	}
	all := map[int32]int32{}
	words := 0
	for _, id := range ids {
		if id >= 0 {
			all[id]++
			words++
		}
	}
	switch {
	case words < cacheMinWords:
		return nil, CacheNote{Why: fmt.Sprintf("the sample's first decoding has %d sure known syllables, fewer than %d", words, cacheMinWords)}
	case strings.Count(text, "\n") < blockLines:
		return nil, CacheNote{Why: fmt.Sprintf("the sample is one block (under %d lines)", blockLines)}
	}
	c := &docCache{bi: map[[2]int32]int32{}, logKeep: float32(math.Log(1 - cacheLambda))}
	top := int32(-1)
	for id, n := range all {
		if n >= cacheMinCount {
			top = max(top, id)
		}
	}
	if top < 0 {
		return nil, CacheNote{Why: fmt.Sprintf("no syllable is read surely %d times", cacheMinCount)}
	}
	c.uni = make([]int32, top+1)
	for id, n := range all {
		if n >= cacheMinCount {
			c.uni[id] = n
			c.total += float64(n)
		}
	}
	for i := 1; i < len(ids); i++ {
		a, b := ids[i-1], ids[i]
		if a >= 0 && b >= 0 && c.count(a) > 0 && c.count(b) > 0 {
			c.bi[[2]int32{a, b}]++
		}
	}
	c.note = c.noteOf(names)
	return c, c.note
}

// CacheNote says whether a document cache weighed in a repair and what it
// held: how many syllables (each read surely at least cacheMinCount times
// in the sample's first decoding), how many readings of them and how many
// distinct pairs of them, and the most frequent; or why there was none.
type CacheNote struct {
	Used      bool          `json:"used"`
	Why       string        `json:"why,omitempty"` // when not used
	Syllables int           `json:"syllables,omitempty"`
	Readings  int           `json:"readings,omitempty"`
	Pairs     int           `json:"pairs,omitempty"`
	Top       []CachedCount `json:"top,omitempty"` // the NoteCached most frequent syllables
}

// CachedCount is one syllable of a document cache and how often the sample
// reads it.
type CachedCount struct {
	Syllable string `json:"syllable"`
	Count    int    `json:"count"`
}

// NoteCached is how many of the cache's syllables a note lists.
const NoteCached = 12

// noteOf is the note of a built cache; names are the syllables' text.
func (c *docCache) noteOf(names map[int32]string) CacheNote {
	n := CacheNote{Used: true, Readings: int(c.total), Pairs: len(c.bi)}
	for id, k := range c.uni {
		if k > 0 {
			n.Syllables++
			n.Top = append(n.Top, CachedCount{names[int32(id)], int(k)})
		}
	}
	slices.SortFunc(n.Top, func(a, b CachedCount) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Syllable, b.Syllable))
	})
	n.Top = n.Top[:min(len(n.Top), NoteCached)]
	return n
}

// String is the note on one line, for --explain.
func (n CacheNote) String() string {
	if !n.Used {
		return "not used: " + n.Why
	}
	top := make([]string, len(n.Top))
	for i, t := range n.Top {
		top[i] = fmt.Sprintf("%s ×%d", t.Syllable, t.Count)
	}
	more := ""
	if len(n.Top) < n.Syllables {
		more = ", …"
	}
	return fmt.Sprintf("used: %d syllables read surely at least %d times in the sample (%d readings, %d distinct pairs of them), mixed at %.2f into the language model: %s%s",
		n.Syllables, cacheMinCount, n.Readings, n.Pairs, cacheLambda, strings.Join(top, ", "), more)
}

// count is how many times the cache holds the syllable id, 0 when it does
// not hold it (and for -1, no syllable).
func (c *docCache) count(id int32) int32 {
	if id < 0 || int(id) >= len(c.uni) {
		return 0
	}
	return c.uni[id]
}

// mix is the log-probability of w after prev given lp, the corpus model's;
// n is w's count (count).
func (c *docCache) mix(lp float32, prev, w, n int32) float32 {
	if n == 0 {
		return lp + c.logKeep
	}
	pc := float64(n) / c.total
	if np := c.count(prev); np > 0 {
		pc = cacheMu*float64(c.bi[[2]int32{prev, w}])/float64(np) + (1-cacheMu)*pc
	}
	return float32(math.Log((1-cacheLambda)*math.Exp(float64(lp)) + cacheLambda*pc))
}

// cacheState is a model state with the unit it ends with, the bigram
// cache's context.
type cacheState[S comparable] struct {
	s    S
	prev int32
}

// cacheScorer is a scorer with a document cache mixed in.
type cacheScorer[S comparable] struct {
	base  scorer[S]
	cache *docCache
}

func (k cacheScorer[S]) Null() cacheState[S]  { return cacheState[S]{k.base.Null(), -1} }
func (k cacheScorer[S]) Begin() cacheState[S] { return cacheState[S]{k.base.Begin(), -1} }

func (k cacheScorer[S]) Score(s cacheState[S], w int32) (float32, cacheState[S]) {
	lp, next := k.base.Score(s.s, w)
	// Only a cached syllable is bigram context: the rest all stand as -1,
	// so paths the cache cannot tell apart share one state, as they did
	// without the cache.
	prev := int32(-1)
	n := k.cache.count(w)
	if n > 0 {
		prev = w
	}
	return k.cache.mix(lp, s.prev, w, n), cacheState[S]{next, prev}
}

// cachedFinder returns a decoder over base with c mixed in.
func cachedFinder[S comparable](base scorer[S], c *docCache) pathFinder {
	return viterbi[cacheState[S]]{cacheScorer[S]{base, c}, &sync.Pool{}}
}

// withDocCache returns r decoding with c mixed into its language model, r
// itself when c is nil or the model cannot take a cache.
func (r *Repairer) withDocCache(c *docCache) *Repairer {
	k, ok := r.lm.(lmAdapter)
	if c == nil || !ok {
		return r
	}
	out := *r
	out.finder = cachedFinder[lm.State](k, c)
	return &out
}
