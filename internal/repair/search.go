package repair

import (
	"sort"
	"strings"
	"sync"
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
}

var defaultLimits = searchLimits{minLogP: -18, maxResults: 32, maxDeletes: 2, maxInserts: 2}

// searcher walks the inventory trie and one observed string together,
// consuming the observation through the channel's emissions.
type searcher struct {
	t     *trie
	ch    *channel
	obs   string
	lim   searchLimits
	best  map[int32]float32 // word → best logP
	seen  map[searchState]float32
	floor float32
}

// searcherPool keeps searchers, whose maps are the search's main garbage.
var searcherPool sync.Pool

type searchState struct {
	node     int32
	pos      int
	del, ins int8
}

// candidates returns the syllables obs (lowercase NFC) may stand for,
// most likely first.
func (t *trie) candidates(obs string, ch *channel, lim searchLimits) []candidate {
	s, _ := searcherPool.Get().(*searcher)
	if s == nil {
		s = &searcher{best: map[int32]float32{}, seen: map[searchState]float32{}}
	}
	defer searcherPool.Put(s)
	clear(s.best)
	clear(s.seen)
	s.t, s.ch, s.obs, s.lim, s.floor = t, ch, obs, lim, lim.minLogP
	s.walk(searchState{}, 0)
	out := make([]candidate, 0, len(s.best))
	for w, lp := range s.best {
		out = append(out, candidate{word: w, logP: lp})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].logP != out[j].logP {
			return out[i].logP > out[j].logP
		}
		return out[i].word < out[j].word
	})
	if len(out) > lim.maxResults {
		out = out[:lim.maxResults]
	}
	return out
}

func (s *searcher) walk(st searchState, lp float32) {
	if lp < s.floor {
		return
	}
	if prev, ok := s.seen[st]; ok && prev >= lp {
		return
	}
	s.seen[st] = lp
	node := &s.t.nodes[st.node]
	if st.pos == len(s.obs) {
		if node.word >= 0 {
			if prev, ok := s.best[node.word]; !ok || lp > prev {
				s.best[node.word] = lp
			}
			s.raiseFloor()
		}
	} else {
		r, size := runeAt(s.obs, st.pos)
		matchedSelf := false
		for _, e := range s.ch.byObserved[r] {
			if !strings.HasPrefix(s.obs[st.pos:], e.observed) {
				continue
			}
			next := s.t.find(st.node, e.intended)
			if next < 0 {
				continue
			}
			if e.intended == r && len(e.observed) == size {
				matchedSelf = true
			}
			s.walk(searchState{next, st.pos + len(e.observed), st.del, st.ins}, lp+e.logP)
		}
		if !matchedSelf {
			// A letter the table never saw intended as itself (digits, rare letters).
			if next := s.t.find(st.node, r); next >= 0 && len(s.ch.emit[r]) == 0 {
				s.walk(searchState{next, st.pos + size, st.del, st.ins}, lp+s.ch.unseenLogP)
			}
		}
		if int(st.ins) < s.lim.maxInserts {
			s.walk(searchState{st.node, st.pos + size, st.del, st.ins + 1}, lp+s.ch.insertLogP)
		}
	}
	if int(st.del) < s.lim.maxDeletes {
		for _, e := range s.ch.deletions {
			if lp+e.logP < s.floor {
				break
			}
			if next := s.t.find(st.node, e.intended); next >= 0 {
				s.walk(searchState{next, st.pos, st.del + 1, st.ins}, lp+e.logP)
			}
		}
	}
}

// raiseFloor tightens the bound once enough candidates are known: nothing
// below the maxResults-th best can enter the result.
func (s *searcher) raiseFloor() {
	if len(s.best) < s.lim.maxResults {
		return
	}
	lps := make([]float32, 0, len(s.best))
	for _, lp := range s.best {
		lps = append(lps, lp)
	}
	sort.Slice(lps, func(i, j int) bool { return lps[i] > lps[j] })
	if f := lps[s.lim.maxResults-1]; f > s.floor {
		s.floor = f
	}
}
