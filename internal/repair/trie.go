package repair

import (
	"sort"
	"unicode/utf8"
)

// trie holds the syllable inventory, lowercase, one rune per edge, so the
// candidate search can walk intended spellings and the observed token
// together and abandon a prefix as soon as no syllable starts with it.
type trie struct {
	nodes []trieNode
}

type trieNode struct {
	edges []trieEdge
	word  int32 // index of the syllable ending here, or -1
}

type trieEdge struct {
	r    rune
	next int32
}

func newTrie(words []string) *trie {
	t := &trie{nodes: []trieNode{{word: -1}}}
	for i, w := range words {
		n := int32(0)
		for _, r := range w {
			n = t.child(n, r, true)
		}
		t.nodes[n].word = int32(i)
	}
	for i := range t.nodes {
		e := t.nodes[i].edges
		sort.Slice(e, func(a, b int) bool { return e[a].r < e[b].r })
	}
	return t
}

// child follows the edge labelled r from n; with add it creates the edge.
func (t *trie) child(n int32, r rune, add bool) int32 {
	for _, e := range t.nodes[n].edges {
		if e.r == r {
			return e.next
		}
	}
	if !add {
		return -1
	}
	t.nodes = append(t.nodes, trieNode{word: -1})
	next := int32(len(t.nodes) - 1)
	t.nodes[n].edges = append(t.nodes[n].edges, trieEdge{r, next})
	return next
}

// find returns the edge target for r from n, or -1 (edges are sorted).
func (t *trie) find(n int32, r rune) int32 {
	e := t.nodes[n].edges
	if len(e) < 8 {
		for _, x := range e {
			if x.r == r {
				return x.next
			}
		}
		return -1
	}
	i := sort.Search(len(e), func(i int) bool { return e[i].r >= r })
	if i < len(e) && e[i].r == r {
		return e[i].next
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
