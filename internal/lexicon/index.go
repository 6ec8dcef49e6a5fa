package lexicon

import (
	"cmp"
	"slices"
	"unicode/utf8"

	"github.com/vidoc/vidoc/internal/viet"
)

// Candidate is a syllable a token could be.
type Candidate struct {
	Syllable string  // lowercase NFC, old-style tone
	Count    uint32  // corpus count
	Cost     float64 // edit cost from the token's skeleton; 0 for accent variants
	Loan     bool    // a loanword syllable
}

// maxDeletes is the radius of the symmetric-deletion index: Near finds every
// skeleton within two insertions, deletions or substitutions of the token's.
const maxDeletes = 2

// maxSkeleton bounds the bytes of a skeleton Near and Variants accept; no
// Vietnamese syllable comes close ("nghieng" has 7).
const maxSkeleton = 24

func (l *Lexicon) buildIndex() {
	l.bySkel = make(map[string]int32, 5000)
	var buf []byte
	for id, text := range l.text {
		if l.count[id] < indexMinCount && l.flags[id]&flagHunspell == 0 {
			continue
		}
		buf = viet.AppendSkeleton(buf[:0], text)
		sid, ok := l.bySkel[string(buf)]
		if !ok {
			sid = int32(len(l.skeletons))
			sk := string(buf)
			l.bySkel[sk] = sid
			l.skeletons = append(l.skeletons, sk)
			l.variants = append(l.variants, nil)
		}
		l.indexed++
		// ids run from most to least frequent, so each list stays sorted
		l.variants[sid] = append(l.variants[sid], Candidate{
			Syllable: text, Count: l.count[id], Loan: l.flags[id]&flagLoan != 0,
		})
	}
	l.deletes = make(map[string][]int32, len(l.skeletons)*16)
	var scratch deletionSet
	for sid, sk := range l.skeletons {
		scratch.generate([]byte(sk))
		for i := range scratch.len() {
			d := string(scratch.at(i))
			l.deletes[d] = append(l.deletes[d], int32(sid))
		}
	}
}

// Variants returns the syllables whose skeleton equals token's ("thuc" →
// thức, thực, thúc, thuộc…; "Ke" → kế, kể, kê…), most frequent first, with
// Cost 0. token may be in any case and carry any diacritics. The slice is
// shared: do not modify it. Variants does not allocate.
func (l *Lexicon) Variants(token string) []Candidate {
	var buf [4 * maxSkeleton]byte
	sk := viet.AppendSkeleton(buf[:0], token)
	if sid, ok := l.bySkel[string(sk)]; ok {
		return l.variants[sid]
	}
	return nil
}

// Indexed returns the number of syllables the candidate index offers: those
// seen at least indexMinCount times or listed by hunspell-vi.
func (l *Lexicon) Indexed() int { return l.indexed }

// Skeletons returns the number of distinct skeletons in the candidate index.
func (l *Lexicon) Skeletons() int { return len(l.skeletons) }

// Searcher finds near neighbours in a Lexicon. It keeps scratch space and a
// bounded cache of answers between calls, so a goroutine that holds one
// answers repeated queries without allocating; it is not safe for
// concurrent use.
type Searcher struct {
	// Limit caps the candidates one Near call appends; 0 means no cap.
	Limit int

	l     *Lexicon
	cost  CostModel
	dels  deletionSet
	stamp []uint32 // per skeleton: generation that last saw it
	gen   uint32
	found []nearSkel
	a, b  []rune
	dp    []float64
	del   [26]float64 // cost of deleting each intended letter a–z
	ins   []float64   // cost of inserting each query rune
	sub   []float64   // [query rune][intended letter a–z] substitution cost

	pair    PairCostModel // cost's pair extension, nil if it has none
	pairSub []float64     // [query rune i][letter]: cost of reading letter as runes i, i+1; -1 if none

	// cache remembers the full answer per query skeleton: OCR text repeats
	// its damaged tokens, so most queries are answered by a copy.
	cache map[string]cached
}

type cached struct {
	maxCost float64
	cands   []Candidate
}

// searchCacheSize bounds the cached answers; the cache is emptied when full.
const searchCacheSize = 1 << 13

type nearSkel struct {
	sid  int32
	cost float64
}

// NewSearcher returns a Searcher over l pricing edits with cost; nil means
// OCRCost.
func (l *Lexicon) NewSearcher(cost CostModel) *Searcher {
	if cost == nil {
		cost = OCRCost{}
	}
	s := &Searcher{l: l, cost: cost, stamp: make([]uint32, len(l.skeletons))}
	s.pair, _ = cost.(PairCostModel)
	for c := 'a'; c <= 'z'; c++ {
		s.del[c-'a'] = cost.Delete(c)
	}
	return s
}

// Near appends to dst the syllables whose skeleton lies within maxCost of
// token's skeleton under the searcher's cost model, and within two edits
// (the index radius), and returns it. Candidates come cheapest first; at
// equal cost, grouped by skeleton, the skeleton of the most frequent syllable
// first and each group most frequent first. The exact skeleton's accent
// variants come with Cost 0. At most Limit candidates are appended when
// Limit > 0.
// "Huyn" finds huyện, huyền… at the cost of a lost vowel.
func (s *Searcher) Near(token string, maxCost float64, dst []Candidate) []Candidate {
	var buf [4 * maxSkeleton]byte
	q := viet.AppendSkeleton(buf[:0], token)
	if len(q) == 0 || len(q) > maxSkeleton {
		return dst
	}
	if c, ok := s.cache[string(q)]; ok && c.maxCost == maxCost {
		return s.appendLimited(dst, c.cands)
	}
	s.gen++
	if s.gen == 0 { // wrapped: forget every stamp
		clear(s.stamp)
		s.gen = 1
	}
	s.found = s.found[:0]
	s.a = appendRunes(s.a[:0], q)
	s.prepare()
	s.dels.generate(q)
	for i := range s.dels.len() {
		for _, sid := range s.l.deletes[string(s.dels.at(i))] {
			if s.stamp[sid] == s.gen {
				continue
			}
			s.stamp[sid] = s.gen
			c := s.distance(s.l.skeletons[sid], maxCost)
			if c <= maxCost {
				s.found = append(s.found, nearSkel{sid, c})
			}
		}
	}
	slices.SortFunc(s.found, func(x, y nearSkel) int {
		if c := cmp.Compare(x.cost, y.cost); c != 0 {
			return c
		}
		// ids of skeletons follow the frequency of their first syllable
		return cmp.Compare(x.sid, y.sid)
	})
	n := 0
	for _, f := range s.found {
		n += len(s.l.variants[f.sid])
	}
	all := make([]Candidate, 0, n)
	for _, f := range s.found {
		for _, v := range s.l.variants[f.sid] {
			v.Cost = f.cost
			all = append(all, v)
		}
	}
	if s.cache == nil || len(s.cache) >= searchCacheSize {
		s.cache = make(map[string]cached)
	}
	s.cache[string(q)] = cached{maxCost, all}
	return s.appendLimited(dst, all)
}

func (s *Searcher) appendLimited(dst, cands []Candidate) []Candidate {
	if s.Limit > 0 && len(cands) > s.Limit {
		cands = cands[:s.Limit]
	}
	return append(dst, cands...)
}

// Near is Searcher.Near with a fresh searcher and OCRCost, for occasional use.
func (l *Lexicon) Near(token string, maxCost float64) []Candidate {
	return l.NewSearcher(nil).Near(token, maxCost, nil)
}

// distance is the weighted optimal-string-alignment distance that turns
// intended skeleton want into the query (s.a), abandoning rows past limit.
// Costs come from the tables prepare filled; the cost model is only asked
// about letters outside a–z and about transpositions.
func (s *Searcher) distance(want string, limit float64) float64 {
	s.b = appendStringRunes(s.b[:0], want)
	a, b := s.a, s.b // a observed, b intended
	w := len(a) + 1
	need := (len(b) + 1) * w
	if cap(s.dp) < need {
		s.dp = make([]float64, need)
	}
	d := s.dp[:need]
	d[0] = 0
	for i := 1; i <= len(a); i++ {
		d[i] = d[i-1] + s.ins[i-1]
	}
	for j := 1; j <= len(b); j++ {
		bj := b[j-1]
		del := s.deleteCost(bj)
		row := j * w
		d[row] = d[row-w] + del
		best := d[row]
		for i := 1; i <= len(a); i++ {
			v := d[row-w+i-1] + s.substituteCost(i-1, bj)
			v = min(v, d[row+i-1]+s.ins[i-1])
			v = min(v, d[row-w+i]+del)
			if i > 1 && s.pair != nil && 'a' <= bj && bj <= 'z' {
				if c := s.pairSub[(i-2)*26+int(bj-'a')]; c >= 0 {
					v = min(v, d[row-w+i-2]+c)
				}
			}
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == bj {
				v = min(v, d[row-2*w+i-2]+s.cost.Transpose(b[j-2], bj))
			}
			d[row+i] = v
			best = min(best, v)
		}
		if best > limit {
			return best
		}
	}
	return d[need-1]
}

// prepare fills the per-query cost tables for the query runes in s.a.
func (s *Searcher) prepare() {
	s.ins = s.ins[:0]
	s.sub = s.sub[:0]
	for _, r := range s.a {
		s.ins = append(s.ins, s.cost.Insert(r))
		for c := 'a'; c <= 'z'; c++ {
			s.sub = append(s.sub, s.cost.Substitute(c, r))
		}
	}
	if s.pair == nil {
		return
	}
	s.pairSub = s.pairSub[:0]
	for i := 0; i+1 < len(s.a); i++ {
		for c := 'a'; c <= 'z'; c++ {
			cost, ok := s.pair.SubstitutePair(c, s.a[i], s.a[i+1])
			if !ok {
				cost = -1
			}
			s.pairSub = append(s.pairSub, cost)
		}
	}
}

func (s *Searcher) substituteCost(i int, want rune) float64 {
	if 'a' <= want && want <= 'z' {
		return s.sub[i*26+int(want-'a')]
	}
	return s.cost.Substitute(want, s.a[i])
}

func (s *Searcher) deleteCost(want rune) float64 {
	if 'a' <= want && want <= 'z' {
		return s.del[want-'a']
	}
	return s.cost.Delete(want)
}

// appendRunes decodes the UTF-8 bytes p into dst.
func appendRunes(dst []rune, p []byte) []rune {
	for len(p) > 0 {
		r, n := utf8.DecodeRune(p)
		dst = append(dst, r)
		p = p[n:]
	}
	return dst
}

// appendStringRunes decodes s into dst.
func appendStringRunes(dst []rune, s string) []rune {
	for _, r := range s {
		dst = append(dst, r)
	}
	return dst
}

// deletionSet collects the distinct strings made by deleting up to
// maxDeletes bytes of a skeleton (skeletons of the inventory are ASCII; a
// query's stray non-ASCII letters may split, which only costs recall on
// already hopeless tokens). The strings live back to back in buf, so
// generating them allocates nothing once buf has grown.
type deletionSet struct {
	spans []span
	buf   []byte
}

type span struct{ start, end int32 }

func (ds *deletionSet) len() int { return len(ds.spans) }

func (ds *deletionSet) at(i int) []byte { return ds.buf[ds.spans[i].start:ds.spans[i].end] }

func (ds *deletionSet) generate(s []byte) {
	ds.spans = ds.spans[:0]
	ds.buf = append(ds.buf[:0], s...)
	ds.spans = append(ds.spans, span{0, int32(len(s))})
	for round, from := 0, 0; round < maxDeletes; round++ {
		to := len(ds.spans)
		for k := from; k < to; k++ {
			sp := ds.spans[k]
			for i := sp.start; i < sp.end; i++ {
				start := int32(len(ds.buf))
				ds.buf = append(ds.buf, ds.buf[sp.start:i]...)
				ds.buf = append(ds.buf, ds.buf[i+1:sp.end]...)
				ds.keep(span{start, int32(len(ds.buf))})
			}
		}
		from = to
	}
}

// keep adds the new string at the end of buf unless it is a duplicate, in
// which case it is dropped from buf.
func (ds *deletionSet) keep(n span) {
	p := ds.buf[n.start:n.end]
	for _, sp := range ds.spans {
		if string(ds.buf[sp.start:sp.end]) == string(p) {
			ds.buf = ds.buf[:n.start]
			return
		}
	}
	ds.spans = append(ds.spans, n)
}
