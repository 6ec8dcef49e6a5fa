package main

import (
	"slices"
	"testing"

	"github.com/vidoc/vidoc/internal/layout"
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
	got := textLineWords(r, nil)
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

// TestTextLineWordsOfLayout: the words are those layout made the text
// of. A word it kept out of the text (an e-signature banner's "Cơ quan:
// Cờ Đỏ" above the header) is no line's, though Tesseract read it first,
// so the date line's "Cờ Đỏ," takes its own words; and a table cell read
// again on its own crop finds its new words, which r.Words lacks.
func TestTextLineWordsOfLayout(t *testing.T) {
	word := func(text string, x, y int) ocr.Word {
		return ocr.Word{Text: text, Box: ocr.Box{X0: x, Y0: y, X1: x + 50, Y1: y + 20}, Confidence: 90}
	}
	banner := []ocr.Word{word("Cơ", 600, 0), word("quan:", 660, 0), word("Cờ", 720, 0), word("Đỏ", 780, 0)}
	date := []ocr.Word{word("Cờ", 500, 100), word("Đỏ,", 560, 100), word("ngày", 620, 100)}
	cell := []ocr.Word{word("Đăng", 100, 300), word("ký", 160, 300), word("cấp", 220, 300)}
	r := &ocr.Result{
		Words: append(append(slices.Clone(banner), date...), word("Dăngkỷ", 100, 300), word("cáp", 220, 300)),
		Text:  "Cờ Đỏ, ngày\nĐăng ký cấp",
	}
	lay := &layout.Page{Text: r.Text, Dropped: []layout.Dropped{{Reason: layout.ReasonStamp, Words: banner}},
		Words: append(slices.Clone(date), cell...)}
	want := [][]int{{500, 100, 560, 100, 620, 100}, {100, 300, 160, 300, 220, 300}}
	for i, line := range textLineWords(r, lay) {
		var at []int
		for _, w := range line {
			at = append(at, w.Box.X0, w.Box.Y0)
		}
		if !slices.Equal(at, want[i]) {
			t.Errorf("line %d: words at %v, want %v", i, at, want[i])
		}
	}
}
