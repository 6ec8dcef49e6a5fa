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

func TestPlaceFindsWordsAgainAfterARegionReadAgain(t *testing.T) {
	// The layout read a table's cells again: the text has them in other
	// words (and more tokens than the lookahead) where the OCR's words
	// are its first reading; the words after the table must be placed.
	text := "Điều 1. Lịch học\nTT Khóa Thời gian Ghi chú 1 K18 7h30 ngày 5/7 đến 23h ngày 6/7 2 K19 7h30 ngày 8/7\nSinh viên đăng ký học phần trên hệ thống."
	words := []string{"Điều", "1.", "Lịch", "học", "__", "1|K18|7h30ngày5/7", "|", "2|K19", "—", "|7h3Ongày8/7|", "||", "Sinh", "viên", "đăng", "ký", "học", "phần", "trên", "hệ", "thống."}
	at := Place(text, words)
	for i, w := range words[11:] {
		k := at[11+i]
		if k < 0 || !strings.HasPrefix(text[k:], w) {
			t.Errorf("word %q after the table at %d", w, k)
		}
	}
	if k := at[11]; k != strings.Index(text, "Sinh") {
		t.Errorf("Sinh at %d, want %d", k, strings.Index(text, "Sinh"))
	}
	for i, k := range at {
		if i > 0 && k >= 0 && at[i-1] >= k {
			t.Errorf("word %d placed at %d, before the word ahead of it", i, k)
		}
	}
}

func TestPlaceDoesNotResyncOnAShortRun(t *testing.T) {
	// Two words that recur ("của các") are no anchor: words whose text
	// is lost are not placed on a far repeat of two of them.
	text := "a b c d e f g h i j k l m n o p của các x"
	at := Place(text, []string{"q", "r", "của", "các", "y"})
	for i, k := range at {
		if k != -1 {
			t.Errorf("word %d placed at %d", i, k)
		}
	}
}
