package repair

import (
	"sort"
	"unicode/utf8"
)

// trie holds the syllable inventory, lowercase, one rune per edge, so the
// candidate search can walk intended spellings and the observed token
// together and abandon a prefix as soon as no syllable starts with it.
//
// The edges of all nodes sit in one array, each node's sorted by rune: the
// search follows millions of edges per second and one contiguous array
// keeps them in few cache lines.
type trie struct {
	nodes []trieNode
	edges []trieEdge
	words int // syllables in the inventory
}

type trieNode struct {
	first, n int32 // the node's edges are edges[first : first+n]
	word     int32 // index of the syllable ending here, or -1
}

type trieEdge struct {
	r    rune
	next int32
}

func newTrie(words []string) *trie {
	// Build with per-node edge lists, then lay them out flat.
	type building struct {
		edges []trieEdge
		word  int32
	}
	nodes := []building{{word: -1}}
	for i, w := range words {
		n := int32(0)
		for _, r := range w {
			next := int32(-1)
			for _, e := range nodes[n].edges {
				if e.r == r {
					next = e.next
					break
				}
			}
			if next < 0 {
				nodes = append(nodes, building{word: -1})
				next = int32(len(nodes) - 1)
				nodes[n].edges = append(nodes[n].edges, trieEdge{r, next})
			}
			n = next
		}
		nodes[n].word = int32(i)
	}
	t := &trie{nodes: make([]trieNode, len(nodes)), words: len(words)}
	for i, b := range nodes {
		sort.Slice(b.edges, func(x, y int) bool { return b.edges[x].r < b.edges[y].r })
		t.nodes[i] = trieNode{first: int32(len(t.edges)), n: int32(len(b.edges)), word: b.word}
		t.edges = append(t.edges, b.edges...)
	}
	return t
}

// find returns the edge target for r from n, or -1.
func (t *trie) find(n int32, r rune) int32 {
	nd := t.nodes[n]
	e := t.edges[nd.first : nd.first+nd.n]
	if len(e) < 8 {
		for _, x := range e {
			if x.r == r {
				return x.next
			}
		}
		return -1
	}
	lo, hi := 0, len(e)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if e[mid].r < r {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo < len(e) && e[lo].r == r {
		return e[lo].next
	}
	return -1
}

// lookup returns the index of w, or -1.
func (t *trie) lookup(w string) int32 {
	n := int32(0)
	for _, r := range w {
		if n = t.find(n, r); n < 0 {
			return -1
		}
	}
	return t.nodes[n].word
}

// runeAt decodes the rune at byte offset j.
func runeAt(s string, j int) (rune, int) { return utf8.DecodeRuneInString(s[j:]) }
