package repair

import (
	"cmp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/vidoc/vidoc/internal/errmodel"
)

// candidate is one syllable the writer may have meant by an observed string,
// with the channel's log-probability of the observation given it.
type candidate struct {
	word int32 // index in the inventory
	logP float32
	// prior is logP plus the syllable's unigram log-probability: what
	// ranks candidates before context is known.
	prior float32
}

// searchLimits bound the candidate search.
type searchLimits struct {
	minLogP    float32 // candidates less likely than this are dropped
	maxResults int
	maxDeletes int // intended letters the OCR lost ("Huyn" for "Huyện")
	maxInserts int // stray observed characters
	// maxSubs are observed characters read as an intended letter the
	// channel has no row for, at subLogP each: damage no table foresaw
	// ("teen" for trên), searched only when the context asks for it.
	maxSubs int
	// pool: every result is kept, ranked by prior (prune), for a caller
	// that ranks them again in context (deepArcs).
	pool bool
}

// subLogP is what one letter read as a character the channel has no row
// for costs: below every hand look-alike row (0.01), so a reading the
// table explains always wins over one it does not.
const subLogP = -7

var defaultLimits = searchLimits{minLogP: -18, maxResults: 32, maxDeletes: 2, maxInserts: 2}

// searcher walks the inventory trie and one observed string together,
// consuming the observation through the channel's emissions.
//
// It runs once for every distinct observed word of a document, so its
// bookkeeping is kept out of Go maps: the best score per syllable lives in
// a slice over the inventory and the states already reached in an
// open-addressing table, both reset in O(1) by a generation number.
type searcher struct {
	t   *trie
	ch  *errmodel.Channel
	obs string
	lim searchLimits
	// capital is the observed word's first letter when it is a capital
	// whose own rows the search is to read (obs then starts small).
	capital string
	floor   float32

	gen     uint32
	best    []float32 // best[w] is word w's best logP when bestGen[w] == gen
	bestGen []uint32
	found   []int32 // words with a score in this generation
	// improved counts score changes since the floor was last raised.
	improved int
	lps      []float32 // scratch for raiseFloor

	seen stateTable
}

// searcherPool keeps searchers, whose tables are the search's main garbage.
var searcherPool sync.Pool

// candidates returns the syllables obs (lowercase NFC) may stand for,
// most likely first.
func (t *trie) candidates(obs string, ch *errmodel.Channel, lim searchLimits) []candidate {
	if len(obs) > maxObservedBytes {
		return nil // no syllable, however damaged, is read as this much
	}
	s, _ := searcherPool.Get().(*searcher)
	if s == nil || len(s.best) != t.words {
		s = &searcher{best: make([]float32, t.words), bestGen: make([]uint32, t.words)}
	}
	defer searcherPool.Put(s)
	s.gen++
	if s.gen == 0 { // wrapped: old stamps could look current
		clear(s.bestGen)
		s.gen = 1
	}
	s.seen.reset()
	s.found = s.found[:0]
	s.improved = 0
	s.t, s.ch, s.obs, s.lim, s.floor = t, ch, obs, lim, lim.minLogP
	s.capital = ""
	if first, size := utf8.DecodeRuneInString(obs); unicode.IsUpper(first) {
		// A capital kept at the start (capitalObserved): its capital rows
		// are read from capital, every other row from the small letter.
		low := string(unicode.ToLower(first))
		if len(low) != size {
			return nil
		}
		s.capital, s.obs = obs[:size], low+obs[size:]
	}
	s.walk(0, 0, 0, 0, 0, 0)
	out := make([]candidate, 0, len(s.found))
	for _, w := range s.found {
		out = append(out, candidate{word: w, logP: s.best[w]})
	}
	slices.SortFunc(out, func(a, b candidate) int {
		if a.logP != b.logP {
			return cmp.Compare(b.logP, a.logP)
		}
		return cmp.Compare(a.word, b.word)
	})
	if len(out) > lim.maxResults {
		out = out[:lim.maxResults]
	}
	return out
}

// maxObservedBytes: the longest syllable has 7 letters, each at most a few
// bytes and a few observed characters; anything much longer is not one.
const maxObservedBytes = 64

func (s *searcher) walk(node int32, pos int, del, ins, subs int8, lp float32) {
	if lp < s.floor {
		return
	}
	if !s.seen.improve(stateKey(node, pos, del, ins, subs), lp) {
		return
	}
	nd := s.t.nodes[node]
	edges := s.t.edges[nd.first : nd.first+nd.n]
	if pos == len(s.obs) {
		if nd.word >= 0 {
			s.offer(nd.word, lp)
		}
	} else {
		r, size := runeAt(s.obs, pos)
		rest := s.obs[pos:]
		for gi := range s.ch.GroupsStartingWith(r) {
			g := &s.ch.GroupsStartingWith(r)[gi]
			if lp+g.Best < s.floor || len(g.Observed) > size && !strings.HasPrefix(rest, g.Observed) {
				continue
			}
			s.walkGroup(edges, g, pos, del, ins, subs, lp)
		}
		if pos == 0 && s.capital != "" {
			c, _ := utf8.DecodeRuneInString(s.capital)
			for gi := range s.ch.GroupsStartingWith(c) {
				g := &s.ch.GroupsStartingWith(c)[gi]
				if lp+g.Best < s.floor || !strings.HasPrefix(rest, strings.ToLower(g.Observed)) {
					continue
				}
				s.walkGroup(edges, g, pos, del, ins, subs, lp)
			}
		}
		for mi := range s.ch.MultiStartingWith(r) {
			m := &s.ch.MultiStartingWith(r)[mi]
			if lp+m.LogP >= s.floor && strings.HasPrefix(rest, m.Observed) {
				s.walkMulti(node, m, 0, pos+len(m.Observed), del, ins, subs, lp+m.LogP)
			}
		}
		if !s.ch.Emits(r) {
			// A letter the table never saw intended at all (digits, rare
			// letters) may still be itself.
			if next := s.t.find(node, r); next >= 0 {
				s.walk(next, pos+size, del, ins, subs, lp+s.ch.UnseenLogP)
			}
		}
		if int(subs) < s.lim.maxSubs && lp+subLogP >= s.floor {
			for _, e := range edges {
				s.walk(e.next, pos+size, del, ins, subs+1, lp+subLogP)
			}
		}
		if int(ins) < s.lim.maxInserts {
			s.walk(node, pos+size, del, ins+1, subs, lp+s.ch.InsertLogP)
		}
	}
	if int(del) < s.lim.maxDeletes {
		for _, e := range edges {
			if dl, ok := s.ch.Deletion(e.r); ok && lp+dl >= s.floor {
				s.walk(e.next, pos, del+1, ins, subs, lp+dl)
			}
		}
	}
}

// walkGroup reads the observed string of g at pos as each intended letter
// of g that is an edge of the node.
func (s *searcher) walkGroup(edges []trieEdge, g *errmodel.ObservedGroup, pos int, del, ins, subs int8, lp float32) {
	// Both lists are sorted by letter: merge them.
	em := g.Emissions
	for i, j := 0, 0; i < len(edges) && j < len(em); {
		switch {
		case edges[i].r < em[j].Intended:
			i++
		case edges[i].r > em[j].Intended:
			j++
		default:
			s.walk(edges[i].next, pos+len(g.Observed), del, ins, subs, lp+em[j].LogP)
			i++
			j++
		}
	}
}

// walkMulti follows m's intended letters from k on down the trie from
// node, then goes on reading the observation at pos.
func (s *searcher) walkMulti(node int32, m *errmodel.MultiRow, k, pos int, del, ins, subs int8, lp float32) {
	if k == len(m.Intended) {
		s.walk(node, pos, del, ins, subs, lp)
		return
	}
	nd := s.t.nodes[node]
	for _, e := range s.t.edges[nd.first : nd.first+nd.n] {
		if m.MatchesIntended(k, e.r) {
			s.walkMulti(e.next, m, k+1, pos, del, ins, subs, lp)
		}
	}
}

// offer records that the observation reads as word w with log-probability lp.
func (s *searcher) offer(w int32, lp float32) {
	if s.bestGen[w] != s.gen {
		s.bestGen[w] = s.gen
		s.best[w] = lp
		s.found = append(s.found, w)
	} else if lp > s.best[w] {
		s.best[w] = lp
	} else {
		return
	}
	s.improved++
	// Raising the floor costs a sort of the words found; doing it once a
	// quarter of the result's size has improved prunes nearly as well.
	if len(s.found) >= s.lim.maxResults && 4*s.improved >= s.lim.maxResults {
		s.raiseFloor()
	}
}

// raiseFloor tightens the bound once enough candidates are known: nothing
// below the maxResults-th best can enter the result, and scores only fall
// along a path, so paths already below it are abandoned.
func (s *searcher) raiseFloor() {
	s.improved = 0
	s.lps = s.lps[:0]
	for _, w := range s.found {
		s.lps = append(s.lps, s.best[w])
	}
	if f := kthSmallest(s.lps, len(s.lps)-s.lim.maxResults); f > s.floor {
		s.floor = f
	}
}

// kthSmallest is what xs[k] would be were xs sorted: a selection
// (Hoare's), which reorders xs but does not sort it, linear where the
// sort it replaced was not (the search raises its floor hundreds of times
// a page).
func kthSmallest(xs []float32, k int) float32 {
	lo, hi := 0, len(xs)-1
	for lo < hi {
		// The median of three as the pivot, so sorted runs stay linear.
		mid := int(uint(lo+hi) >> 1)
		if xs[mid] < xs[lo] {
			xs[mid], xs[lo] = xs[lo], xs[mid]
		}
		if xs[hi] < xs[lo] {
			xs[hi], xs[lo] = xs[lo], xs[hi]
		}
		if xs[hi] < xs[mid] {
			xs[hi], xs[mid] = xs[mid], xs[hi]
		}
		pivot := xs[mid]
		i, j := lo, hi
		for i <= j {
			for xs[i] < pivot {
				i++
			}
			for pivot < xs[j] {
				j--
			}
			if i <= j {
				xs[i], xs[j] = xs[j], xs[i]
				i++
				j--
			}
		}
		// Now xs[lo..j] ≤ pivot ≤ xs[i..hi], and xs[j+1..i-1] == pivot.
		switch {
		case k <= j:
			hi = j
		case k >= i:
			lo = i
		default:
			return xs[k]
		}
	}
	return xs[k]
}

// stateKey packs a search state: trie node, byte offset in the
// observation (below maxObservedBytes, so 6 bits), letters substituted,
// deleted and inserted.
func stateKey(node int32, pos int, del, ins, subs int8) uint64 {
	return uint64(uint32(node))<<32 | uint64(uint8(subs))<<24 | uint64(pos)<<16 | uint64(uint8(del))<<8 | uint64(uint8(ins))
}

// stateTable maps search states to the best log-probability they were
// reached with: open addressing, linear probing, cleared by generation.
type stateTable struct {
	slots []stateSlot
	used  int
	gen   uint32
}

type stateSlot struct {
	key uint64
	lp  float32
	gen uint32
}

func (t *stateTable) reset() {
	t.gen++
	t.used = 0
	if len(t.slots) == 0 || t.gen == 0 {
		t.slots = make([]stateSlot, 1<<10)
		t.gen = 1
	}
}

// improve records key at lp and reports true, unless key was already
// reached with lp or better.
func (t *stateTable) improve(key uint64, lp float32) bool {
	if 2*(t.used+1) > len(t.slots) {
		t.grow()
	}
	mask := uint64(len(t.slots) - 1)
	h := (key * 0x9E3779B97F4A7C15) >> 32
	for i := h & mask; ; i = (i + 1) & mask {
		sl := &t.slots[i]
		if sl.gen != t.gen {
			*sl = stateSlot{key: key, lp: lp, gen: t.gen}
			t.used++
			return true
		}
		if sl.key == key {
			if sl.lp >= lp {
				return false
			}
			sl.lp = lp
			return true
		}
	}
}

func (t *stateTable) grow() {
	old := t.slots
	t.slots = make([]stateSlot, 2*len(old))
	t.used = 0
	for _, sl := range old {
		if sl.gen == t.gen {
			t.improve(sl.key, sl.lp)
		}
	}
}
