package layout

import (
	"image"
	"image/color"
	"image/draw"
	"testing"
)

// handLine is a header written for this test: "Số:" with the number, and
// the place and date, the figures in the blanks at confidences and widths
// given.
func handPage(num, day, month seg) *builder {
	b := newBuilder()
	b.add(1, 100, seg{x: 150, text: "ỦY BAN NHÂN DÂN"}, seg{x: 600, text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"})
	b.add(1, 135, seg{x: 170, text: "XÃ AN HÒA"}, seg{x: 680, text: "Độc lập - Tự do - Hạnh phúc"})
	b.add(1, 190, seg{x: 170, text: "Số:"}, num, seg{x: 300, text: "/QĐ-UBND"},
		seg{x: 650, text: "An Hòa, ngày"}, day, seg{x: 860, text: "tháng"}, month, seg{x: 980, text: "năm 2024"})
	b.body(2, 300, 10)
	return b
}

// widen makes word text's box k times as wide as its characters.
func widen(b *builder, text string, k int) {
	for i := range b.res.Words {
		if w := &b.res.Words[i]; w.Text == text {
			w.Box.X1 = w.Box.X0 + k*(w.Box.X1-w.Box.X0)
		}
	}
}

func handByText(p *Page) map[string]Handwritten {
	m := map[string]Handwritten{}
	for _, h := range p.Handwritten {
		m[h.Text] = h
	}
	return m
}

// A figure read confidently in a blank whose box holds more than the
// figures read lost one ("1" for a pen "18"): handwriting, not sure. One
// read confidently and fitting is taken for print; one read with a low
// confidence is handwriting, not sure.
func TestHandwrittenBlankSure(t *testing.T) {
	b := handPage(seg{x: 215, text: "1", conf: 93}, seg{x: 800, text: "14", conf: 96}, seg{x: 930, text: "3", conf: 70})
	widen(b, "1", 3)
	hand := handByText(analyze(t, b.result(), nil))
	if h, ok := hand["1"]; !ok || h.Blank != BlankNumber || h.Sure {
		t.Errorf("wide number: %+v (marked %v), want an unsure number", h, ok)
	}
	if h, ok := hand["14"]; ok {
		t.Errorf("confident fitting day marked as handwriting: %+v", h)
	}
	if h, ok := hand["3"]; !ok || h.Blank != BlankMonth || h.Sure {
		t.Errorf("month at confidence 70: %+v (marked %v), want an unsure month", h, ok)
	}
	if len(hand) != 2 {
		t.Errorf("handwritten %v, want the number and the month", hand)
	}
}

// Pen ink of a colour (blue) read as confidently as print and fitting its
// box is sure; read with a box too wide, not.
func TestColouredHandwritingSure(t *testing.T) {
	b := handPage(seg{x: 215, text: "27", conf: 92}, seg{x: 800, text: "5", conf: 91}, seg{x: 930, text: "11", conf: 95})
	widen(b, "5", 3)
	res := b.result()
	img := image.NewRGBA(image.Rect(0, 0, pageW, pageH))
	draw.Draw(img, img.Bounds(), image.NewUniform(color.White), image.Point{}, draw.Src)
	blue := image.NewUniform(color.RGBA{R: 30, G: 60, B: 170, A: 255})
	for _, w := range res.Words {
		if w.Text == "27" || w.Text == "5" || w.Text == "11" {
			draw.Draw(img, image.Rect(w.Box.X0+2, w.Box.Y0+4, w.Box.X1-2, w.Box.Y1-4), blue, image.Point{}, draw.Src)
		}
	}
	hand := handByText(analyze(t, res, img))
	for text, want := range map[string]struct {
		blank Blank
		sure  bool
	}{"27": {BlankNumber, true}, "5": {BlankDay, false}, "11": {BlankMonth, true}} {
		if h, ok := hand[text]; !ok || h.Blank != want.blank || h.Sure != want.sure {
			t.Errorf("%s: %+v (marked %v), want blank %s sure %v", text, h, ok, want.blank, want.sure)
		}
	}
}

// The printed symbol of a Party number after the pen's figures ("Số 2181
// -HD/TU") is print, not the blank's handwriting.
func TestPartySymbolNotHandwriting(t *testing.T) {
	b := newBuilder()
	b.add(1, 100, seg{x: 150, text: "TỈNH ỦY AN GIANG"}, seg{x: 650, text: "ĐẢNG CỘNG SẢN VIỆT NAM"})
	b.add(1, 190, seg{x: 170, text: "Số"}, seg{x: 210, text: "2181", conf: 60}, seg{x: 280, text: "-HD/TU", conf: 80},
		seg{x: 650, text: "Long Xuyên, ngày 5 tháng 3 năm 2024"})
	b.body(2, 300, 10)
	hand := handByText(analyze(t, b.result(), nil))
	if _, ok := hand["2181"]; !ok {
		t.Errorf("number not marked: %v", hand)
	}
	if h, ok := hand["-HD/TU"]; ok {
		t.Errorf("printed symbol marked as handwriting: %+v", h)
	}
}
