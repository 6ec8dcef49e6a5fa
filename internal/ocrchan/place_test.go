package ocrchan

import (
	"math"
	"strings"
	"testing"
)

func TestPlaceFindsWordsAroundWhatTheLayoutDropped(t *testing.T) {
	text := "BỘ Y TẾ\n\nSố: 12/QĐ\n\nngày 3 tháng 4"
	// The layout dropped a rule read as "-" after the first line, and a
	// word of the text ("Số:") has no OCR word.
	words := []string{"BỘ", "Y", "TẾ", "-", "12/QĐ", "ngày", "3", "tháng", "4"}
	at := Place(text, words)
	for i, w := range words {
		switch {
		case w == "-":
			if at[i] != -1 {
				t.Errorf("dropped word %q placed at %d", w, at[i])
			}
		case at[i] < 0 || !strings.HasPrefix(text[at[i]:], w):
			t.Errorf("word %d %q at %d", i, w, at[i])
		}
	}
	if got := at[4]; got != strings.Index(text, "12/QĐ") {
		t.Errorf("12/QĐ at %d", got)
	}
}

func TestReadJoinsPagesAndPlacesTheirChannels(t *testing.T) {
	in := `{"file":"a.png","page":1,"text":"cờ đỏ\n","words":[{"text":"cờ","confidence":91.5,"chars":[{"alts":[{"c":"c","p":0.9}]},{"alts":[{"c":"ờ","p":0.6},{"c":"ở","p":0.3}]}]},{"text":"đỏ"}]}
{"file":"a.png","page":2,"text":"sao vàng","words":[{"text":"sao"},{"text":"vàng","chars":[{"alts":[{"c":"v","p":0.9}]},{"alts":[{"c":"à","p":0.9}]},{"alts":[{"c":"n","p":0.9}]},{"alts":[{"c":"g","p":0.9}]}]}]}
`
	text, words, err := Read(strings.NewReader(in), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if text != "cờ đỏ\n\n\nsao vàng" {
		t.Fatalf("text %q", text)
	}
	if len(words) != 2 {
		t.Fatalf("%d words with channels, want 2 (the others have no choices)", len(words))
	}
	for _, w := range words {
		if text[w.Start:w.End] != w.Printed || !w.FromGlyphs {
			t.Errorf("%q placed on %q (from glyphs %t)", w.Printed, text[w.Start:w.End], w.FromGlyphs)
		}
	}
	// The word's sureness: Tesseract's word confidence, its weakest
	// glyph's top choice (ờ 0.6) and least margin (ờ over ở, 0.3).
	if w := words[0]; w.Confidence != 91.5 || w.MinTop != 0.6 || math.Abs(w.MinMargin-0.3) > 1e-9 {
		t.Errorf("cờ read with confidence %g, least top %g, least margin %g; want 91.5, 0.6, 0.3", w.Confidence, w.MinTop, w.MinMargin)
	}
	if len(words[0].Candidates) != 2 || words[0].Candidates[1].Text != "cở" {
		t.Errorf("cờ: %+v", words[0].Candidates)
	}
	if _, _, err := Read(strings.NewReader("{\"file\":\"a.png\",\"text\":\n"), Options{}); err == nil || !strings.Contains(err.Error(), "line 1") {
		t.Errorf("bad JSON: %v, want an error naming line 1", err)
	}
}
