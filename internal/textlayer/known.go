package textlayer

import (
	"fmt"
	"sync"

	"github.com/vidoc/vidoc/internal/lm"
	"github.com/vidoc/vidoc/internal/viet"
)

// knownSkeletons holds the skeleton (viet.Skeleton: lowercase, no
// diacritics) of every valid Vietnamese syllable in the language model's
// vocabulary, the one syllable inventory vidoc embeds: repair draws its
// candidates from the same vocabulary, so a word whose skeleton is here is
// one repair can give its diacritics back.
type knownSkeletons map[string]struct{}

// has reports whether word, in any case and with any diacritics, spells a
// known syllable once its diacritics are set aside ("thuc" → thức, thực…).
func (k knownSkeletons) has(word string) bool {
	var buf [64]byte
	_, ok := k[string(viet.AppendSkeleton(buf[:0], word))]
	return ok
}

var defaultKnown = sync.OnceValues(func() (knownSkeletons, error) {
	m, err := lm.Default()
	if err != nil {
		return nil, fmt.Errorf("loading the language model's syllables: %w", err)
	}
	k := make(knownSkeletons, 8000)
	for i := range m.VocabSize() {
		if w := m.Word(lm.WordID(i)); viet.Valid(w) {
			k[viet.Skeleton(w)] = struct{}{}
		}
	}
	return k, nil
})
