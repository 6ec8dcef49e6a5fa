package layout

import (
	"testing"

	"github.com/vidoc/vidoc/internal/ocr"
)

// A red seal's ring crosses the signer's title ("TL. HIỆU TRƯỞNG"), which
// the first reading garbles and drops; a word of the line under it, read
// tall through the seal, pulls the stamp's crop up into the title's row
// but not over it. The crop read again must hold the title's words whole,
// or Tesseract reads their lower half as garbage that stands in for the
// line.
func TestStampCropCutsNoLine(t *testing.T) {
	b := newBuilder()
	y := b.body(1, 200, 10)
	title, under, seal := y+40, y+76, y+90
	b.add(2, title, seg{x: 700, text: "zzEE=HI£U", conf: 3}, seg{x: 818, text: "TRƯỞNG"})
	b.add(2, under, seg{x: 690, text: "SP", conf: 13})
	b.mark(2, "NƯỚNG", ocr.Box{X0: 720, Y0: title + 18, X1: 790, Y1: under + lineH}, 39)
	b.add(2, under, seg{x: 800, text: "HÒNG CTSV", conf: 91})
	b.add(2, seal, seg{x: 760, text: "ĐẠI HỌC", conf: 20})
	p := newPage(b.result(), nil)
	for i := range p.words {
		w := &p.words[i]
		switch w.Text {
		case "ĐẠI", "HỌC":
			w.drop = ReasonStamp
		case "HÒNG":
			w.inked, w.colour = true, 0.3 // print under the seal's ink
		}
	}
	p.markNoise()
	if p.words[wordIndex(t, p, "zzEE=HI£U")].drop == "" {
		t.Fatal("the garbled title was not dropped: the case is not made")
	}
	crops := p.stampCrops()
	if len(crops) != 1 {
		t.Fatalf("crops %v, want one", crops)
	}
	for _, text := range []string{"zzEE=HI£U", "TRƯỞNG", "NƯỚNG", "CTSV"} {
		if b := toRect(p.words[wordIndex(t, p, text)].Box); !b.In(crops[0]) {
			t.Errorf("the crop %v cuts %q at %v", crops[0], text, b)
		}
	}
	// The body above stays out: the crop holds the closing's lines only.
	if crops[0].Min.Y < y {
		t.Errorf("the crop %v reaches the body, which ends at y %d", crops[0], y)
	}
}

// wordIndex is the index of the page's word read as text.
func wordIndex(t *testing.T, p *page, text string) int {
	t.Helper()
	for i, w := range p.words {
		if w.Text == text {
			return i
		}
	}
	t.Fatalf("no word %q", text)
	return -1
}

// A seal's ink on a colour scan, decoloured for the crop read again,
// turns to paper: its red core, whose red channel alone is a mid grey,
// the dull edges a scanner's sharpening and JPEG's halved colour leave
// round its strokes, and a blue seal's or pen's ink. Black print, alone
// or under the seal's ink, and grey paper keep their grey. Values as a
// 300 dpi JPEG of a stamped page gives them.
func TestDecolourTakesOutSealInk(t *testing.T) {
	for _, c := range []struct {
		r, g, b int
		paper   bool
	}{
		{179, 24, 55, true},   // a red seal's stroke
		{196, 65, 97, true},   // its edge
		{174, 105, 108, true}, // its dull outline, chroma under colourChroma
		{40, 70, 170, true},   // a blue seal
		{8, 1, 0, false},      // black print
		{60, 0, 0, false},     // black print under red ink
		{90, 80, 70, false},   // a JPEG fringe round a black letter
	} {
		v := decolourPixel(c.r, c.g, c.b)
		if light := v >= 200; light != c.paper {
			t.Errorf("(%d, %d, %d) decoloured to %d: paper %v, want %v", c.r, c.g, c.b, v, light, c.paper)
		}
	}
	if v := decolourPixel(230, 230, 225); v < 225 {
		t.Errorf("grey paper decoloured to %d", v)
	}
}
