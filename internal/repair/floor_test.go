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

// A word read with a runner-up glyph, the top choice well ahead ("Chị"
// with ị 0.9, i 0.55), keeps its reading where the language model prefers
// the runner-up's syllable only a little (a sentence opening with "Chi" as
// in "Chi cục"): the floor leaves such a change Floor below the runner-up's
// share, and −1 let it through (pages never fitted on: three words read
// right were changed so, all with the language model's preference under
// 3 nats).
func TestRepairWordsFloorKeepsTheTopChoiceAgainstASmallPreference(t *testing.T) {
	text := "Chị Trần Thị Hảo, giáo viên trường mầm non Hoa Sen."
	r := realRepairer(t, Options{})
	words := channelsFor(text, map[string]map[int][]ocrchan.Choice{"Chị": {2: {{Text: "ị", P: 0.9}, {Text: "i", P: 0.55}, {Text: "ì", P: 0.3}}}})
	for i := range words {
		words[i].Confidence = 96
		if words[i].Printed == "Chị" {
			words[i].Confidence = 82
		}
	}
	res, err := r.RepairWords(context.Background(), text, words)
	if err != nil {
		t.Fatal(err)
	}
	if res.Text != text {
		t.Errorf("%q → %q", text, res.Text)
	}
}
