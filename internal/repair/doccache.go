package repair

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/vidoc/vidoc/internal/lm"
	"github.com/vidoc/vidoc/internal/token"
	"github.com/vidoc/vidoc/internal/viet"
)

// A document cache language model (Kuhn & De Mori 1990): a document repeats
// its own vocabulary, so the syllables it reads confidently in one place are
// likelier wherever it is damaged. The corpus model knows little Party text,
// and prefers a common reading ("quản trị") of a damaged heading over the
// rarer one the body spells intact six times ("quán triệt"). The cache is
// counted from adaptation's first decoding of the document's sample
// (AdaptSample bytes at most, so it stays small).
//
// It rescales the corpus model's unigrams to the document's (unigram
// rescaling, the minimum discrimination information adaptation of Kneser,
// Peters & Klakow 1997, unnormalised as decoders use it):
//
//	log P(w | h) = log P_lm(w | h) + β log(P_doc(w) / P_lm(w))
//	P_doc(w) = (c(w) + K P_lm(w)) / (N + K)
//
// so a syllable the document repeats more than the corpus does gains, and
// one it never reads surely loses a little, by the same factor in every
// context. The cache used to be mixed in linearly, (1−λ) P_lm(w | h) +
// λ P_cache(w | prev): that adds the same probability to a cached syllable
// whatever the context, so one the document repeats ("động" of "hoạt
// động") beat, where the corpus model all but rules it out, the reading
// the context asks for ("cộng đồng" read as "công động"). Rescaling keeps
// the context's verdict and only tilts it towards the document.
type docCache struct {
	// uni counts the cached syllables by LM id (0 for one not cached): a
	// slice up to the largest cached id, not a map, since the decoder asks
	// it on every unit it scores; gain is each one's log-probability
	// change, β log(P_doc(w)/P_lm(w)).
	uni   []int32
	gain  []float32
	total float64
	// other is the change of a syllable the cache does not hold,
	// β log(K/(N+K)).
	other float32
	// pair is the gain of a syllable after the one before it where the
	// document reads that pair surely pairMinCount times or more, keyed
	// by pairKey (docpairs.go); nil when none is.
	pair   map[uint64]float32
	firsts []bool // pairFirsts of pair
	// note says what the cache holds, for --explain and the adaptation
	// note.
	note CacheNote
}

// Weights of the cache, set on the tuning material (the sample and the epu
// layer, scripts/bench_textlayers.sh; syllable accuracy of sample / epu %).
// Linear mixing as it was, best at λ 0.15: 95.89 / 88.02. Rescaling, β the
// exponent and K the corpus model's weight in P_doc, in readings: β 0.4,
// K 200: 96.01 / 88.58; β 0.5, K 100: 96.10 / 88.47; K 200: 96.07 / 88.47;
// K 400: 96.07 / 88.47; K 1000: 95.95 / 88.69; β 0.6, K 200: 96.10 /
// 88.47; β 0.3, K 200: 95.89 / 88.58; β 0.7, K 100: 95.89 / 88.24; β 1,
// K 100: 95.22 / 87.57 (the document's counts then overrule the context).
// The least count of a syllable it holds: 3 keeps one misreading repeated
// twice out. cacheMinWords: a sample shorter than this has too few
// readings to say which of its words it repeats. Nor does a sample of one
// block (blockLines lines, about a page): there the cache only echoes the
// block's own first decoding, and on the rendered one-page benchmarks
// (scripts/bench_rendered.sh) it cost 0.07 points of stripped and 0.1 of
// eng syllable accuracy.
const (
	cacheBeta     = 0.5
	cachePrior    = 200
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
	all := map[int32]int32{} // how often each sure known syllable is read
	words := 0
	var unit []byte
	names := map[int32]string{} // the syllables' text, for the note
	pairs := pairCounts{}
	prev := int32(-1) // the sure syllable just before, -1 after anything else
	for _, t := range token.Tokenize(text, nil) {
		if t.Kind != token.Word {
			prev = -1
			continue
		}
		w := t.Text(text)
		if lw := viet.Lower(w); unsure[lw] > 0 {
			unsure[lw]--
			prev = -1
			continue
		}
		unit = token.AppendWordUnit(unit[:0], w)
		id, ok := r.lm.ID(string(unit))
		if !ok || id == r.unk {
			prev = -1
			continue
		}
		pairs.add(prev, id)
		prev = id
		if _, seen := names[id]; !seen {
			names[id] = string(unit)
		}
		all[id]++
		words++
	}
	switch {
	case words < cacheMinWords:
		return nil, CacheNote{Why: fmt.Sprintf("the sample's first decoding has %d sure known syllables, fewer than %d", words, cacheMinWords)}
	case strings.Count(text, "\n") < blockLines:
		return nil, CacheNote{Why: fmt.Sprintf("the sample is one block (under %d lines)", blockLines)}
	}
	c := &docCache{}
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
	c.gain = make([]float32, top+1)
	for id, n := range c.uni {
		if n > 0 {
			u := float64(r.lm.Unigram(int32(id)))
			doc := (float64(n) + cachePrior*math.Exp(u)) / (c.total + cachePrior)
			c.gain[id] = float32(cacheBeta * (math.Log(doc) - u))
		}
	}
	c.other = float32(cacheBeta * math.Log(cachePrior/(c.total+cachePrior)))
	c.pair = r.pairGains(pairs)
	c.firsts = pairFirsts(c.pair)
	c.note = c.noteOf(names)
	return c, c.note
}

// CacheNote says whether a document cache weighed in a repair and what it
// held: how many syllables (each read surely at least cacheMinCount times
// in the sample's first decoding), how many readings of them, and the most
// frequent; or why there was none.
type CacheNote struct {
	Used      bool          `json:"used"`
	Why       string        `json:"why,omitempty"` // when not used
	Syllables int           `json:"syllables,omitempty"`
	Readings  int           `json:"readings,omitempty"`
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
	n := CacheNote{Used: true, Readings: int(c.total)}
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
	return fmt.Sprintf("used: %d syllables read surely at least %d times in the sample (%d readings), the language model's syllable frequencies rescaled towards theirs (β %.1f): %s%s",
		n.Syllables, cacheMinCount, n.Readings, cacheBeta, strings.Join(top, ", "), more)
}

// count is how many times the cache holds the syllable id, 0 when it does
// not hold it (and for -1, no syllable).
func (c *docCache) count(id int32) int32 {
	if id < 0 || int(id) >= len(c.uni) {
		return 0
	}
	return c.uni[id]
}

// rescaled is the log-probability of w given lp, the corpus model's.
func (c *docCache) rescaled(lp float32, w int32) float32 {
	if c.count(w) == 0 {
		return lp + c.other
	}
	return lp + c.gain[w]
}

// cacheScorer is a scorer with a document cache's rescaling applied. The
// rescaling needs no state of its own, so paths share states as they do
// without the cache.
type cacheScorer[S comparable] struct {
	base  scorer[S]
	cache *docCache
}

// cacheState is the base model's state and the last unit scored (-1 at
// the start), which the cache's pairs are looked up by. The base state
// already tells paths with different last units apart, so carrying it
// splits no state the decoder would otherwise recombine.
type cacheState[S comparable] struct {
	base S
	last int32
}

func (k cacheScorer[S]) Null() cacheState[S]  { return cacheState[S]{k.base.Null(), -1} }
func (k cacheScorer[S]) Begin() cacheState[S] { return cacheState[S]{k.base.Begin(), -1} }

func (k cacheScorer[S]) Score(s cacheState[S], w int32) (float32, cacheState[S]) {
	lp, next := k.base.Score(s.base, w)
	return k.cache.rescaled(lp, w) + k.cache.pairGain(s.last, w), cacheState[S]{next, w}
}

// cachedFinder returns a decoder over base rescaled by c.
func cachedFinder[S comparable](base scorer[S], c *docCache) pathFinder {
	return viterbi[cacheState[S]]{cacheScorer[S]{base, c}}
}

// withDocCache returns r decoding with its language model rescaled by c, r
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
