package layout

import (
	"context"
	"image"
	"image/color"
	"strings"
	"testing"

	"github.com/vidoc/vidoc/internal/ocr"
)

// cellReading is a Reader that reads every crop as one word, text, at the
// crop's top left inside the white margin, with confidence conf: what
// Tesseract says of a cell is given here, since its confidence on real
// print cannot be chosen, and the rule under test is what layout does
// with that reading. It counts its calls.
type cellReading struct {
	text  string
	conf  float64
	calls *int
}

func (r cellReading) RecognizeImage(_ context.Context, img image.Image, _ int) (*ocr.Result, error) {
	*r.calls++
	pad := max(4, int(cellPad*float64(lineH)))
	b := img.Bounds()
	w := ocr.Word{Text: r.text, Confidence: r.conf, Block: 1, Par: 1, Line: 1,
		Box: ocr.Box{X0: b.Min.X + pad, Y0: b.Min.Y + pad, X1: b.Min.X + pad + len([]rune(r.text))*charW, Y1: b.Min.Y + pad + lineH}}
	return &ocr.Result{Width: b.Dx(), Height: b.Dy(), Text: r.text, Words: []ocr.Word{w}}, nil
}

// TestFreshCellWordsKeptOnPrintInk checks table.go's printInk rule on a
// page made for it: a ruled table whose last cell Tesseract left unread,
// read again on its own crop with low confidence (below freshConf). On a
// speck (ink between cellInk and printInk) that reading is a speck's and is
// dropped; on print (ink of a few wordInk, above printInk) it is kept, the
// cell marked read again; a confident reading of the speck is kept too, so
// it is the ink, not the reading, that decides.
func TestFreshCellWordsKeptOnPrintInk(t *testing.T) {
	xh2 := float64(lineH * lineH) // the builder's words set the type size
	cases := []struct {
		name  string
		ink   func(img *image.Gray, x, y int) int // draws in the cell from (x, y), returns the dark pixels
		print bool                                // the ink is above printInk
		conf  float64
		want  string
	}{
		{"speck, unsure reading", speckInk, false, 30, ""},
		{"print, unsure reading", wordInk, true, 30, "Số 5"},
		{"speck, sure reading", speckInk, false, 80, "Số 5"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			b := newBuilder()
			y := b.body(1, 200, 2)
			xs, ys := []int{120, 500, 1100}, []int{y + 20, y + 80, y + 140}
			b.add(2, ys[0]+18, seg{x: 132, text: "Mục"}, seg{x: 512, text: "Nội dung"})
			b.add(3, ys[1]+18, seg{x: 132, text: "Một"})
			b.body(4, ys[2]+40, 2)
			img := ruledPage(grid(xs, ys)...)
			n := tc.ink(img, 520, ys[1]+18)
			// The page is made as the case says: the ink is on the side
			// of printInk (and above cellInk) it is meant to be.
			if n < int(cellInk*xh2) || (n >= int(printInk*xh2)) != tc.print {
				t.Fatalf("%d dark pixels drawn", n)
			}
			calls := 0
			p, err := Analyze(context.Background(), b.result(), img, Options{Reader: cellReading{text: "Số 5", conf: tc.conf, calls: &calls}})
			if err != nil {
				t.Fatal(err)
			}
			tables := tablesOf(p)
			if len(tables) != 1 || len(tables[0].Cells) != 4 {
				t.Fatalf("regions %v, tables %+v", kinds(p), tables)
			}
			if calls != 1 {
				t.Errorf("%d cells read again, want 1 (the unread one)", calls)
			}
			c := tables[0].Cells[3]
			if c.Row != 1 || c.Col != 1 || c.Text != tc.want || c.Reread != (tc.want != "") {
				t.Errorf("cell %+v, want row 1, column 1, text %q", c, tc.want)
			}
			if got := strings.Contains(p.Text, "Số 5"); got != (tc.want != "") {
				t.Errorf("page text holds the cell's reading: %v\n%s", got, p.Text)
			}
		})
	}
}

// speckInk draws a 10 × 10 blot (100 px: above cellInk, below printInk at
// lineH 24) with its top left at (x, y) when img is set, and returns its
// dark pixels.
func speckInk(img *image.Gray, x, y int) int {
	return blacken(img, image.Rect(x, y, x+10, y+10))
}

// wordInk draws four letter-sized marks of two 3 px strokes each, a word's
// ink (576 px), from (x, y) when img is set, and returns its dark pixels.
func wordInk(img *image.Gray, x, y int) int {
	n := 0
	for k := range 4 {
		x0 := x + k*(charW+4)
		n += blacken(img, image.Rect(x0, y, x0+3, y+lineH))
		n += blacken(img, image.Rect(x0+charW-3, y, x0+charW, y+lineH))
	}
	return n
}

// blacken blackens r on img when img is set and returns its area.
func blacken(img *image.Gray, r image.Rectangle) int {
	if img != nil {
		for yy := r.Min.Y; yy < r.Max.Y; yy++ {
			for xx := r.Min.X; xx < r.Max.X; xx++ {
				img.SetGray(xx, yy, color.Gray{})
			}
		}
	}
	return r.Dx() * r.Dy()
}
