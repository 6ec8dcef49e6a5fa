package ocrchan

import (
	"fmt"
	"math"
	"testing"
)

func TestBuildRanksSpellingsByTheGlyphs(t *testing.T) {
	// "tu" printed; its second glyph is a coin toss between u and ư.
	w := Build("tu", [][]Choice{
		{{"t", 0.95}},
		{{"u", 0.55}, {"ư", 0.40}, {"ụ", 0}},
	}, Options{})
	if len(w.Candidates) != 3 || w.Candidates[0].Text != "tu" || w.Candidates[1].Text != "tư" || w.Candidates[2].Text != "tụ" {
		t.Fatalf("candidates %+v", w.Candidates)
	}
	var sum float64
	for i, c := range w.Candidates {
		sum += c.P
		if i > 0 && c.Cost < w.Candidates[i-1].Cost {
			t.Errorf("not best first: %+v", w.Candidates)
		}
	}
	if math.Abs(sum-1) > 1e-9 {
		t.Errorf("probabilities add up to %g", sum)
	}
	// u : ư is 0.55 : 0.40; the floor gives ụ 0.01.
	if got, want := w.Candidates[1].P/w.Candidates[0].P, 0.40/0.55; math.Abs(got-want) > 1e-9 {
		t.Errorf("tư/tu = %g, want %g", got, want)
	}
	if w.Candidates[2].P <= 0 {
		t.Error("a choice listed at 0 got no probability")
	}
}

func TestBuildBoundsTheBeamAndKeepsThePrinted(t *testing.T) {
	glyph := []Choice{{"a", 0.5}, {"ă", 0.3}, {"â", 0.2}}
	// Printed "ooo" is no glyph's choice: it is still a candidate, last.
	w := Build("ooo", [][]Choice{glyph, glyph, glyph}, Options{Beam: 4})
	if len(w.Candidates) != 5 {
		t.Fatalf("%d candidates, want the beam of 4 and the printed word", len(w.Candidates))
	}
	if last := w.Candidates[4]; last.Text != "ooo" {
		t.Errorf("printed word not kept last: %+v", w.Candidates)
	}
	if w.Candidates[0].Text != "aaa" {
		t.Errorf("best %q, want aaa", w.Candidates[0].Text)
	}
}

func TestBuildWithGlyphsThatDoNotLineUp(t *testing.T) {
	for name, glyphs := range map[string][][]Choice{
		"none":      nil,
		"too few":   {{{"n", 0.9}}},
		"no choice": {{{"n", 0.9}}, {}},
	} {
		w := Build("nă", glyphs, Options{})
		if len(w.Candidates) != 1 || w.Candidates[0].Text != "nă" || w.Candidates[0].P != 1 {
			t.Errorf("%s: %+v, want the printed word alone", name, w.Candidates)
		}
	}
}

// The issue's example: "NĂNG" printed, its second glyph read Ặ at 0.909 and
// Ă at 0.770.
func ExampleBuild() {
	w := Build("NẶNG", [][]Choice{
		{{"N", 0.95}},
		{{"Ặ", 0.909}, {"Ă", 0.770}},
		{{"N", 0.95}},
		{{"G", 0.94}},
	}, Options{})
	for _, c := range w.Candidates {
		fmt.Printf("%s %.2f\n", c.Text, c.P)
	}
	// Output:
	// NẶNG 0.54
	// NĂNG 0.46
}
