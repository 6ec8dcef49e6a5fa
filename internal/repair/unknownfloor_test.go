package repair

import (
	"context"
	"testing"

	"github.com/vidoc/vidoc/internal/ocrchan"
)

// A name read right whose syllable the inventory does not know ("phố
// Lẩng") stays as printed, with its glyphs' runners-up spelling known
// syllables: the floor of what the glyphs offered (AltWeights.Floor) lets
// the language model choose among syllables, and it cannot weigh an
// unknown word against them. Text-only repair keeps these names too.
func TestRepairWordsKeepsUnknownNamesTheGlyphsRead(t *testing.T) {
	r := realRepairer(t, Options{})
	ctx := context.Background()
	for _, c := range []struct {
		word  string
		glyph int
		alts  []ocrchan.Choice
	}{
		{"Lẩng,", 1, []ocrchan.Choice{{Text: "ẩ", P: 0.92}, {Text: "ậ", P: 0.6}, {Text: "ạ", P: 0.45}, {Text: "ấ", P: 0.3}}},
		{"Kẻm,", 1, []ocrchan.Choice{{Text: "ẻ", P: 0.92}, {Text: "ẽ", P: 0.6}, {Text: "è", P: 0.45}, {Text: "é", P: 0.3}}},
		{"Thẻm,", 2, []ocrchan.Choice{{Text: "ẻ", P: 0.92}, {Text: "ê", P: 0.6}, {Text: "ề", P: 0.45}, {Text: "ẽ", P: 0.3}}},
		{"Nưởng,", 2, []ocrchan.Choice{{Text: "ở", P: 0.92}, {Text: "ơ", P: 0.6}, {Text: "ờ", P: 0.45}, {Text: "ớ", P: 0.3}}},
	} {
		text := "Hồ sơ nộp tại số 5 phố " + c.word + " phường Bình Minh."
		if k := r.trie.lookup(normalizeObserved(c.word[:len(c.word)-1])); k >= 0 {
			t.Fatalf("%s is a syllable the inventory knows: pick another made-up name", c.word)
		}
		words := channelsFor(text, map[string]map[int][]ocrchan.Choice{c.word: {c.glyph: c.alts}})
		for i := range words {
			words[i].Confidence = 97
			if words[i].Printed == c.word {
				words[i].Confidence = 76 // the comma lowers it: no keep cost
			}
		}
		res, err := r.RepairWords(ctx, text, words)
		if err != nil {
			t.Fatal(err)
		}
		if res.Text != text {
			t.Errorf("%q → %q", text, res.Text)
		}
	}
}
