package lm

import (
	"math"

	"github.com/vidoc/vidoc/internal/token"
)

// WordID identifies a unit of the model's vocabulary.
type WordID uint16

// State is the context a decoder carries between words: the trie nodes of
// the last words, for each context length. It is a small value; copy it
// freely. Get one from Begin or Null, and the next from Score.
type State struct {
	node [MaxOrder - 1]int32 // node[k]: index of the last k+1 words among the (k+1)-grams, or -1
}

// Model is a loaded language model. It is safe for concurrent use.
type Model struct {
	hdr      Header
	order    int
	vocab    map[string]WordID
	nameOffs []uint32
	names    string
	prob     [MaxOrder][]uint16
	bow      [MaxOrder][]uint16
	ids      [MaxOrder][]uint16
	child    [MaxOrder][]uint32
	pq, bq   [MaxOrder][2]float32 // quantization: min, step
	bos      WordID
	eos      WordID
	unk      WordID
	size     int
}

// Header returns the figures stored with the model.
func (m *Model) Header() Header { return m.hdr }

// Order is the model's n-gram order.
func (m *Model) Order() int { return m.order }

// VocabSize is the number of units in the vocabulary, classes included.
func (m *Model) VocabSize() int { return m.hdr.Vocab }

// SizeOnDisk is the size of the model file in bytes.
func (m *Model) SizeOnDisk() int { return m.size }

// HeapBytes estimates the memory the loaded model holds beyond the file's
// bytes, which it maps without copying: the vocabulary map.
func (m *Model) HeapBytes() int {
	// a Go map entry: 16-byte string header + 2-byte value, in buckets of 8
	// with tophash bytes and overflow pointers, at a load of about 6.5/8
	return int(float64(m.hdr.Vocab) * (16 + 2 + 1) * 8 / 6.5)
}

// Lookup returns the ID of a unit as package token spells it (see
// token.AppendUnit), and whether it is in the vocabulary.
func (m *Model) Lookup(unit string) (WordID, bool) {
	id, ok := m.vocab[unit]
	return id, ok
}

// LookupBytes is Lookup for a unit held in a byte slice; it does not allocate.
func (m *Model) LookupBytes(unit []byte) (WordID, bool) {
	id, ok := m.vocab[string(unit)]
	return id, ok
}

// WordID returns the ID of a word in any case, NFC or not, with either tone
// placement; Unknown() when the model does not know it.
func (m *Model) WordID(word string) WordID {
	var buf [64]byte
	u := token.AppendWordUnit(buf[:0], word)
	if id, ok := m.vocab[string(u)]; ok {
		return id
	}
	return m.unk
}

// TokenID returns the ID of token t of text: its word unit or its class.
func (m *Model) TokenID(text string, t token.Token) WordID {
	var buf [64]byte
	u := token.AppendUnit(buf[:0], text, t)
	if id, ok := m.vocab[string(u)]; ok {
		return id
	}
	return m.unk
}

// Word returns the unit of id.
func (m *Model) Word(id WordID) string {
	if int(id) >= m.hdr.Vocab {
		return ""
	}
	return m.names[m.nameOffs[id]:m.nameOffs[id+1]]
}

// Unknown is the ID of <unk>, which stands for every word outside the vocabulary.
func (m *Model) Unknown() WordID { return m.unk }

// UnknownPenalty is the natural-log share of one unknown spelling in the
// probability Score gives <unk>, which holds the mass of every word outside
// the vocabulary together: -ln(the number of distinct words the build mapped
// to <unk>). Add it when a decoder weighs one particular unknown spelling.
func (m *Model) UnknownPenalty() float32 {
	n := m.hdr.UnknownTypes
	if n < 2 {
		// Models built before the header counted them: the corpus had about
		// 80,000 such words.
		n = 80000
	}
	return -float32(math.Log(float64(n)))
}

// EOS is the ID of </s>: score it last to end a sentence.
func (m *Model) EOS() WordID { return m.eos }

// Begin returns the state at the start of a sentence, after <s>.
func (m *Model) Begin() State {
	s := m.Null()
	s.node[0] = int32(m.bos)
	return s
}

// Null returns a state with no context: the next word is scored by its
// unigram probability (for text that starts mid-sentence).
func (m *Model) Null() State {
	return State{node: [MaxOrder - 1]int32{-1, -1, -1}}
}

func (m *Model) logProb(n int, i int32) float32 {
	q := m.pq[n-1]
	return q[0] + float32(m.prob[n-1][i])*q[1]
}

func (m *Model) logBow(n int, i int32) float32 {
	q := m.bq[n-1]
	return q[0] + float32(m.bow[n-1][i])*q[1]
}

// find returns the index of word w among the children at order n+1 of node
// p at order n, or -1.
func (m *Model) find(n int, p int32, w WordID) int32 {
	ch := m.child[n-1]
	lo, end := int(ch[p]), int(ch[p+1])
	hi := end
	ids := m.ids[n]
	// Binary search down to a few entries, then a scan: most contexts of
	// the higher orders have only a handful of children. The first entry
	// not below w is in [lo, hi] (hi included), so the scan runs to end and
	// stops at it.
	for hi-lo > 8 {
		mid := int(uint(lo+hi) >> 1)
		if ids[mid] < uint16(w) {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	for ; lo < end; lo++ {
		if ids[lo] >= uint16(w) {
			if ids[lo] == uint16(w) {
				return int32(lo)
			}
			break
		}
	}
	return -1
}

// Score returns the natural-log probability of word w after the context s,
// and the state after w. It does not allocate.
func (m *Model) Score(s State, w WordID) (float32, State) {
	N := m.order
	next := State{node: [MaxOrder - 1]int32{int32(w), -1, -1}}
	// Longest match, shortest context first: an n-gram can only be stored
	// if its suffix is, so the search stops at the first miss.
	var found [MaxOrder - 1]int32
	top := -1 // highest k with found[k] >= 0
	for k := 0; k < N-1; k++ {
		found[k] = -1
		if s.node[k] < 0 || top != k-1 {
			continue
		}
		if j := m.find(k+1, s.node[k], w); j >= 0 {
			found[k] = j
			top = k
			if k+1 < N-1 {
				next.node[k+1] = j
			}
		}
	}
	var lp float32
	if top >= 0 {
		lp = m.logProb(top+2, found[top])
	} else {
		lp = m.logProb(1, int32(w))
	}
	// backoff weights of the longer contexts that did not match
	for k := top + 1; k < N-1; k++ {
		if s.node[k] >= 0 {
			lp += m.logBow(k+1, s.node[k])
		}
	}
	return lp, next
}

// SentenceLogProb scores words (in any case and tone placement) as one
// sentence, </s> included, in natural log; an unknown word costs its share
// of <unk> (UnknownPenalty).
func (m *Model) SentenceLogProb(words []string) float64 {
	s := m.Begin()
	var total float64
	var lp float32
	for _, w := range words {
		id := m.WordID(w)
		lp, s = m.Score(s, id)
		total += float64(lp)
		if id == m.unk {
			total += float64(m.UnknownPenalty())
		}
	}
	lp, _ = m.Score(s, m.eos)
	return total + float64(lp)
}
