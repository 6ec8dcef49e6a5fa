package ocr

import (
	"context"
	"testing"

	"github.com/vidoc/vidoc/internal/eval"
	"github.com/vidoc/vidoc/internal/render"
)

// TestUpscaleFactor: the factor follows the type size measured on the
// page, not its resolution: large enough type is read as it is, small
// type enlarged to upscaleWordHeight, at most maxUpscale times, and a
// page with too few confident words is left alone.
func TestUpscaleFactor(t *testing.T) {
	words := func(h, n int, conf float64) []wordBox {
		var out []wordBox
		for i := range n {
			out = append(out, wordBox{Word: "chữ", Confidence: conf, Box: Box{10 * i, 100, 10*i + 8, 100 + h}})
		}
		return out
	}
	for _, c := range []struct {
		name  string
		boxes []wordBox
		want  float64
	}{
		{"300 dpi type", words(45, 20, 90), 1},
		{"just large enough", words(smallWordHeight, 20, 90), 1},
		{"150 dpi type", words(15, 20, 90), upscaleWordHeight / 15.0},
		{"tiny type", words(6, 20, 90), maxUpscale},
		{"unsure words do not measure", words(6, 20, 40), 1},
		{"too few words", words(6, minUpscaleWords-1, 90), 1},
	} {
		if got := upscaleFactor(c.boxes); got != c.want {
			t.Errorf("%s: factor %.3f, want %.3f", c.name, got, c.want)
		}
	}
}

// TestSmallTypeReadEnlarged renders a grey page at 75 dpi, as archives
// keep some low-resolution copies, its words under smallWordHeight: read
// again enlarged it has fewer than half the wrong letters it has read as
// it is, and its boxes are in the page's own pixels.
func TestSmallTypeReadEnlarged(t *testing.T) {
	if testing.Short() {
		t.Skip("OCRs a page with Tesseract twice")
	}
	want := truth(t, 1)
	opts := render.DefaultOptions()
	opts.DPI = 75
	pages, err := render.Pages(want, opts)
	if err != nil {
		t.Fatal(err)
	}
	page := pngPage(t, pages[0], 75, "small.png")
	read := func(o Options) (*Result, eval.Result) {
		o.NoUpright = true
		res, err := newEngine(t, o).Recognize(context.Background(), page)
		if err != nil {
			t.Fatal(err)
		}
		return res, eval.Compare(want, res.Text)
	}
	_, plain := read(Options{})
	res, big := read(Options{Upscale: true})
	t.Logf("75 dpi page: CER %.4f as it is, %.4f enlarged", plain.CER, big.CER)
	if big.CER >= plain.CER/2 {
		t.Errorf("enlarged CER %.4f is not under half the %.4f as it is", big.CER, plain.CER)
	}
	b := pages[0].Bounds()
	var boxes []wordBox
	for _, w := range res.Words {
		if w.Box.X0 < 0 || w.Box.Y0 < 0 || w.Box.X1 > b.Dx() || w.Box.Y1 > b.Dy() {
			t.Errorf("word %q box %+v off the %d×%d page", w.Text, w.Box, b.Dx(), b.Dy())
		}
		boxes = append(boxes, wordBox{Word: w.Text, Box: w.Box, Confidence: w.Confidence})
	}
	if h, ok := wordHeight(boxes); !ok || h >= smallWordHeight {
		t.Errorf("median word height %.0f: the boxes are not brought back to the page's pixels", h)
	}
}
