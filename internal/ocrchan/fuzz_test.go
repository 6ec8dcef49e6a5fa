package ocrchan

import (
	"encoding/json"
	"math"
	"strings"
	"testing"
)

// FuzzRead is what `vidoc fix` does first with anything that starts like
// vidoc's OCR JSON: read its pages and build and place each word's
// channel. Whatever the lines hold (malformed JSON, wrong types, words the
// text does not have, glyph lists that do not fit the word, confidences no
// OCR gives), it must not panic, and what it returns must be what the
// decoder relies on: words in order inside the text, each span holding the
// printed word, candidates with finite costs and shares that sum to 1.
func FuzzRead(f *testing.F) {
	page := func(text string, words ...map[string]any) string {
		b, err := json.Marshal(map[string]any{"file": "p.png", "page": 1, "text": text, "words": words,
			"lines": []any{map[string]any{"text": text, "box": map[string]int{"x0": -5, "y0": 1 << 30, "x1": 0, "y1": 0}}}})
		if err != nil {
			f.Fatal(err)
		}
		return string(b)
	}
	word := func(text string, conf float64, glyphs ...[]Choice) map[string]any {
		chars := make([]map[string]any, len(glyphs))
		for i, g := range glyphs {
			chars[i] = map[string]any{"alts": g}
		}
		return map[string]any{"text": text, "chars": chars, "confidence": conf,
			"box": map[string]int{"x0": 1 << 31, "y0": -1, "x1": -7, "y1": 3}}
	}
	u := []Choice{{"u", 0.55}, {"ư", 0.40}, {"ụ", 0}}
	f.Add(page("tu du", word("tu", 91, []Choice{{"t", 0.95}}, u), word("du", 90, []Choice{{"d", 0.9}, {"đ", 0.1}}, u)))
	// Confidences no OCR gives: huge, negative, a word's far over 100.
	f.Add(page("nam", word("nam", 1e308, []Choice{{"n", 1e308}, {"m", 1e308}}, []Choice{{"a", -1e308}, {"ă", 5}}, []Choice{{"m", 0}})))
	// Glyphs that do not fit the word, empty choices, a word the text
	// lacks, words out of the text's order, a word in two pages.
	f.Add(page("một hai ba", word("hai", 50, []Choice{{"h", 1}}), word("một", 50, []Choice{}, []Choice{{"", 1}}, []Choice{{"ộ", 1}}),
		word("bốn", 50), word("ba", 50, []Choice{{"b", 0.5}}, []Choice{{"a", 0.5}, {"à", 0.5}})) + "\n\n" + page("", word("x", 1, []Choice{{"x", 1}})))
	// The text is not the words joined (the layout dropped or re-read
	// some): three in a row find the way again.
	f.Add(page("a b c d e f g h i j k l m n o p q r s t u v w x y z", word("q", 1, []Choice{{"q", 1}}), word("0", 1), word("r", 1, []Choice{{"r", 1}}), word("s", 1), word("t", 1)))
	// Wrong types and malformed lines.
	f.Add(`{"file":"p.png","text":5,"words":"no"}`)
	f.Add(`{"file":"p.png","text":"a","words":[{"text":"a","chars":[{"alts":[{"c":"a","p":"high"}]}]}]}`)
	f.Add(`{"file":"p.png","text":"a","words":[{"text":"a","chars":[{"alts":[{"c":7,"p":null}]}]}]}` + "\n{\"file\":")
	f.Add("{\"file\":\"p\xff.png\",\"text\":\"a\\u0000\\u202eb\xc3\",\"words\":[{\"text\":\"a\\u0000\\u202eb\xc3\"}]}")
	f.Add("\n\n   \n")
	f.Fuzz(func(t *testing.T, data string) {
		text, words, err := Read(strings.NewReader(data), Options{})
		if err != nil {
			if text != "" || words != nil {
				t.Fatalf("error %v with text %q and %d words", err, text, len(words))
			}
			return
		}
		last := 0
		for i, w := range words {
			if w.Start < last || w.End < w.Start || w.End > len(text) {
				t.Fatalf("word %d at %d–%d: out of order (last ended at %d) or outside %d bytes", i, w.Start, w.End, last, len(text))
			}
			last = w.End
			if text[w.Start:w.End] != w.Printed {
				t.Fatalf("word %d: span holds %q, printed %q", i, text[w.Start:w.End], w.Printed)
			}
			checkWord(t, w.Word)
		}
	})
}

// checkWord checks what the decoder takes from a channel: the printed word
// among the candidates, best first, finite costs, shares that sum to 1.
func checkWord(t *testing.T, w Word) {
	t.Helper()
	if len(w.Candidates) == 0 || !contains(w.Candidates, w.Printed) {
		t.Fatalf("%q: printed word not among %+v", w.Printed, w.Candidates)
	}
	var sum float64
	for i, c := range w.Candidates {
		if math.IsNaN(c.Cost) || math.IsInf(c.Cost, 0) || math.IsNaN(c.P) || c.P < 0 || c.P > 1 {
			t.Fatalf("%q: candidate %+v", w.Printed, c)
		}
		if i > 0 && c.Cost < w.Candidates[i-1].Cost {
			t.Fatalf("%q: not best first: %+v", w.Printed, w.Candidates)
		}
		sum += c.P
	}
	if math.Abs(sum-1) > 1e-6 {
		t.Fatalf("%q: shares sum to %g: %+v", w.Printed, sum, w.Candidates)
	}
}

// Confidences are 0–1; ones out of range (a hostile or broken JSON) are
// taken at the nearest bound, so two equal absurd ones are a coin toss.
func TestBuildAbsurdConfidences(t *testing.T) {
	w := Build("na", [][]Choice{{{"n", 1e308}, {"m", 1e308}}, {{"a", -1}, {"ă", math.NaN()}}}, Options{})
	checkWord(t, w)
	if len(w.Candidates) != 4 || math.Abs(w.Candidates[0].P-0.25) > 1e-9 {
		t.Errorf("candidates %+v, want four at 0.25", w.Candidates)
	}
}

// A word longer than MaxGlyphs stands alone: its glyphs' choices would cost
// the square of its length.
func TestBuildLongWordStandsAlone(t *testing.T) {
	n := MaxGlyphs + 1
	glyphs := make([][]Choice, n)
	for i := range glyphs {
		glyphs[i] = []Choice{{"a", 0.5}, {"ă", 0.4}, {"â", 0.1}}
	}
	w := Build(strings.Repeat("a", n), glyphs, Options{})
	if w.FromGlyphs || len(w.Candidates) != 1 {
		t.Errorf("%d-glyph word: FromGlyphs %v, %d candidates; want the printed word alone", n, w.FromGlyphs, len(w.Candidates))
	}
	w = Build(strings.Repeat("a", n-1), glyphs[1:], Options{})
	if !w.FromGlyphs || len(w.Candidates) != DefaultBeam {
		t.Errorf("%d-glyph word: FromGlyphs %v, %d candidates; want the beam", n-1, w.FromGlyphs, len(w.Candidates))
	}
}

// BenchmarkPlaceMissingWords places a page whose words the text does not
// hold at all (a hostile OCR JSON): each missing word makes Place search
// the rest of the page, within resyncBudget, so the cost is bounded rather
// than words × tokens (pages of 20 000 words; without the budget 10 s a
// page here, with it 0.1–0.6 s on a loaded machine).
func BenchmarkPlaceMissingWords(b *testing.B) {
	const n = 20000
	text := strings.TrimSpace(strings.Repeat("b ", n))
	words := make([]string, n)
	for i := range words {
		words[i] = "a"
	}
	for b.Loop() {
		for _, a := range Place(text, words) {
			if a != -1 {
				b.Fatal("a missing word placed")
			}
		}
	}
}
