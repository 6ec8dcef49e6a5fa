package wordmap

import (
	"reflect"
	"strings"
	"testing"
)

// line lays out OCR words left to right, 10 pixels a character and one
// between words, at confidence 80, as a test's OCR line.
func line(text string) []Word {
	var ws []Word
	x := 0
	for _, t := range strings.Fields(text) {
		n := len([]rune(t)) * 10
		ws = append(ws, Word{Text: t, Box: Box{x, 100, x + n, 130}, Confidence: 80})
		x += n + 10
	}
	return ws
}

func texts(ws []Word) string {
	var s []string
	for _, w := range ws {
		s = append(s, w.Text)
	}
	return strings.Join(s, " ")
}

func TestLineInPlace(t *testing.T) {
	ocr := line("Thirc hin Ke hoach so 12")
	got := Line(ocr, "Thực hiện Kế hoạch số 12")
	if texts(got) != "Thực hiện Kế hoạch số 12" {
		t.Fatalf("texts %q", texts(got))
	}
	for i, w := range got {
		if w.Box != ocr[i].Box || w.Confidence != ocr[i].Confidence {
			t.Errorf("word %d %q at %v, want its OCR word's %v", i, w.Text, w.Box, ocr[i].Box)
		}
	}
}

func TestLineSplit(t *testing.T) {
	ocr := line("Uỷ banNhân dân")
	got := Line(ocr, "Uỷ ban Nhân dân")
	if texts(got) != "Uỷ ban Nhân dân" {
		t.Fatalf("texts %q", texts(got))
	}
	// "banNhân" (x 30–100) is shared by characters: "ban" 3 of 7, a space,
	// "Nhân" the rest.
	joined := ocr[1].Box
	if got[1].Box.X0 != joined.X0 || got[2].Box.X1 != joined.X1 || got[1].Box.X1 > got[2].Box.X0 {
		t.Errorf("split boxes %v %v from %v", got[1].Box, got[2].Box, joined)
	}
	if got[1].Box.X1 != 30+70*3/8 {
		t.Errorf("ban ends at %d, want %d", got[1].Box.X1, 30+70*3/8)
	}
	if got[0].Box != ocr[0].Box || got[3].Box != ocr[2].Box {
		t.Errorf("unchanged words moved: %v %v", got[0].Box, got[3].Box)
	}
}

func TestLineJoin(t *testing.T) {
	ocr := line("Quyết đ ịnh số")
	got := Line(ocr, "Quyết định số")
	want := []Word{
		{Text: "Quyết", Box: ocr[0].Box, Confidence: 80},
		{Text: "định", Box: Box{ocr[1].Box.X0, 100, ocr[2].Box.X1, 130}, Confidence: 80},
		{Text: "số", Box: ocr[3].Box, Confidence: 80},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
}

func TestLineAddedAndDropped(t *testing.T) {
	ocr := line("Căn cứ , Luật")
	ocr[2].Confidence = 20
	got := Line(ocr, "Căn cứ Luật")
	if texts(got) != "Căn cứ Luật" || got[2].Box != ocr[3].Box {
		t.Errorf("dropped speck: %+v", got)
	}
	// A token repair added after the last word shares that word's box.
	got = Line(line("Hà Nội"), "Hà Nội ngày")
	if texts(got) != "Hà Nội ngày" || got[1].Box.X0 != 30 || got[2].Box.X1 != 60 || got[1].Box.X1 > got[2].Box.X0 {
		t.Errorf("added at end: %+v", got)
	}
	// At the start of the line, the word after it.
	got = Line(line("Nội"), "Hà Nội")
	if texts(got) != "Hà Nội" || got[0].Box.X0 != 0 || got[1].Box.X1 != 30 {
		t.Errorf("added at start: %+v", got)
	}
}

func TestLineEmpty(t *testing.T) {
	if got := Line(nil, "một hai"); got != nil {
		t.Errorf("no words: %+v", got)
	}
	if got := Line(line("một hai"), " "); got != nil {
		t.Errorf("no tokens: %+v", got)
	}
}
