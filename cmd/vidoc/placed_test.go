package main

import (
	"slices"
	"testing"

	"github.com/vidoc/vidoc/internal/ocr"
)

// TestTextLineWords: lines the layout read out of Tesseract's order (a
// header's right column after its left one) find their own words, a word
// that occurs in both columns included, and a snapped token no word was
// read for finds none.
func TestTextLineWords(t *testing.T) {
	word := func(text string, x, y int) ocr.Word {
		return ocr.Word{Text: text, Box: ocr.Box{X0: x, Y0: y, X1: x + 50, Y1: y + 20}, Confidence: 90}
	}
	// Tesseract reads across both columns, line by line.
	r := &ocr.Result{
		Words: []ocr.Word{
			word("ỦY", 0, 0), word("BAN", 60, 0), word("CỘNG", 500, 0), word("HÒA", 560, 0),
			word("Số:", 0, 40), word("12", 60, 40), word("Độc", 500, 40), word("Số:", 560, 40),
		},
		// Layout reads the left column, then the right one; "1Z" was
		// snapped to "12" by no word.
		Text: "ỦY BAN\nSố: 1Z\n\nCỘNG HÒA\nĐộc Số:",
	}
	got := textLineWords(r)
	want := [][]int{{0, 0, 60, 0}, {0, 40}, nil, {500, 0, 560, 0}, {500, 40, 560, 40}}
	if len(got) != len(want) {
		t.Fatalf("%d lines, want %d", len(got), len(want))
	}
	for i, line := range got {
		var at []int
		for _, w := range line {
			at = append(at, w.Box.X0, w.Box.Y0)
		}
		if !slices.Equal(at, want[i]) {
			t.Errorf("line %d: words at %v, want %v", i, at, want[i])
		}
	}
}
