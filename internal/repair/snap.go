package repair

import (
	"sort"
	"strings"
	"sync"

	"github.com/vidoc/vidoc/dictionaries"
	"github.com/vidoc/vidoc/internal/editdist"
	"github.com/vidoc/vidoc/internal/errmodel"
	"github.com/vidoc/vidoc/internal/viet"
)

// An engine with an English dictionary snaps a word it read badly to the
// nearest word it knows: "throng" for trường, "Wen" for biến. The letters
// of such a word are the dictionary's, not a reading of the glyphs, so the
// channel, which prices each letter as a misread glyph, finds the intended
// syllable dear and a syllable one cheap edit away ("thương", "trong")
// cheap, whatever the sentence says. What the snapped word does tell is
// that it lies near the damaged reading, hence near the intended
// syllable's letters. So a word of Tesseract's English word list
// (english.txt) that the deeper search is asked for (between Vietnamese
// words, under legacy damage) is asked it even when the channel explains it
// cheaply, and reads as every syllable whose letters without marks lie
// within snapMaxEdits edits of it too, at a cost set by the number of edits
// alone; deepArcs ranks them with the rest by their neighbours and the
// decoder weighs them against keeping the word, as a name or a term. A
// word of no language ("tnrong") is the glyphs' own damage, which the
// channel reads; correct text never gets here, as the clean channel never
// searches deeper.

// snapMaxEdits is how far from a snapped word of n letters its syllable
// is looked for: the dictionaries snap to a word a letter or two away from
// what the engine read, but two edits from a three-letter word reach most
// short syllables, which then outbid the channel's own reading ("rna" is mà,
// m read as rn, not là).
func snapMaxEdits(n int) int {
	if n <= 3 {
		return 1
	}
	return 2
}

// snapLogP is the channel cost of a syllable d edits away from a snapped
// word: snapBaseLogP plus snapEditLogP per edit, one edit a little dearer
// than a hand look-alike row (0.01), so that where the table explains the
// word as well its reading stays ahead. Measured on the tuned text layers
// and bench_legacy (see the commit): -2 per edit left "quản lý throng học"
// as trong học, -1 reads trường học.
func snapLogP(d int) float32 { return snapBaseLogP + snapEditLogP*float32(d) }

const (
	snapBaseLogP = -5
	snapEditLogP = -1
)

// snapMinRunes: shorter words are the inventory's own or abbreviations.
const snapMinRunes = 3

// snapIndex files the inventory's syllables under their letters without
// marks ("truong" → trường, trưởng, trương, …).
type snapIndex struct {
	skeletons []string  // distinct skeletons
	words     [][]int32 // trie word indexes under skeletons[k]
}

// snapIndexes holds one snapIndex per inventory (*trie), built when a
// document first needs it: most inputs have no snapped word.
var snapIndexes sync.Map

// snapIndexOf returns the snapIndex of r's inventory.
func (r *Repairer) snapIndexOf() *snapIndex {
	if x, ok := snapIndexes.Load(r.trie); ok {
		return x.(*snapIndex)
	}
	ix := &snapIndex{}
	at := map[string]int{}
	for w, s := range r.syl {
		sk := viet.Skeleton(s)
		k, ok := at[sk]
		if !ok {
			k = len(ix.skeletons)
			at[sk] = k
			ix.skeletons = append(ix.skeletons, sk)
			ix.words = append(ix.words, nil)
		}
		ix.words[k] = append(ix.words[k], int32(w))
	}
	x, _ := snapIndexes.LoadOrStore(r.trie, ix)
	return x.(*snapIndex)
}

// snappedWord reports whether w, a word as the layer writes it, is one an
// English dictionary may have put in place of a damaged syllable: a word
// of english.txt, small but for its first letter (a word in capitals is an
// abbreviation or a heading, whose damage no dictionary snapped). Only
// real English words: a word of no language ("tnrong", "tiit") is the
// glyphs' own damage, which the channel reads.
func snappedWord(w string) bool {
	if len(w) < snapMinRunes || len(w) > maxDeepRunes {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' && i == 0 {
			continue
		}
		if c < 'a' || c > 'z' {
			return false
		}
	}
	list := englishWords()
	lw := viet.Lower(w)
	k := sort.SearchStrings(list, lw)
	return k < len(list) && list[k] == lw
}

// englishWords are the words of english.txt, sorted.
var englishWords = sync.OnceValue(func() []string {
	var out []string
	for _, l := range strings.Split(dictionaries.English, "\n") {
		if l != "" && !strings.HasPrefix(l, "#") {
			out = append(out, l)
		}
	}
	sort.Strings(out)
	return out
})

// snapped reports whether w (as written) may be a word an English
// dictionary snapped a damaged syllable to, under ch: legacy damage and a
// snappedWord. english.txt holds no syllable, marked or not.
func (r *Repairer) snapped(ch *errmodel.Channel, w string) bool {
	return ch.Name == errmodel.Legacy && snappedWord(w)
}

// withSnapReadings returns pool with the syllables near w added, or
// raised to their snap cost where the channel priced them dearer, when w
// (as written) may be a snapped word under ch. pool itself is left
// untouched (it may be the candidate cache's).
func (r *Repairer) withSnapReadings(ch *errmodel.Channel, w string, pool []candidate) []candidate {
	if !r.snapped(ch, w) {
		return pool
	}
	obs, limit := viet.Lower(w), snapMaxEdits(len(w))
	ix := r.snapIndexOf()
	out := append(make([]candidate, 0, len(pool)+64), pool...)
	at := make(map[int32]int, len(pool))
	for k, c := range out {
		at[c.word] = k
	}
	for k, sk := range ix.skeletons {
		d := editdist.AtMost(obs, sk, limit)
		if d > limit {
			continue
		}
		lp := snapLogP(d)
		for _, w := range ix.words[k] {
			if j, ok := at[w]; ok {
				out[j].logP = max(out[j].logP, lp)
				continue
			}
			at[w] = len(out)
			out = append(out, candidate{word: w, logP: lp})
		}
	}
	return out
}
