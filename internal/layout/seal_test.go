package layout

import (
	"context"
	"image"
	"image/color"
	"image/draw"
	"math"
	"slices"
	"testing"

	"github.com/vidoc/vidoc/internal/render"
)

// greyForm renders f as a grey page at dpi.
func greyForm(t testing.TB, f render.Form, dpi int) (*image.Gray, render.FormMarks) {
	t.Helper()
	colour, marks := colourForm(t, f, dpi)
	return greyOf(colour), marks
}

func colourForm(t testing.TB, f render.Form, dpi int) (*image.RGBA, render.FormMarks) {
	t.Helper()
	opts := render.DefaultOptions()
	opts.DPI = dpi
	colour, marks, err := render.FormPage(f, opts)
	if err != nil {
		t.Fatal(err)
	}
	return colour, marks
}

// greyOf is img as a grey scanner or a photocopy gives it.
func greyOf(img image.Image) *image.Gray {
	grey := image.NewGray(img.Bounds())
	draw.Draw(grey, grey.Bounds(), img, image.Point{}, draw.Src)
	return grey
}

// withLargeO is a copy of page with a letter "O" about 40 mm high, a
// seal's size, printed over the closing, above the signature.
func withLargeO(t *testing.T, page *image.Gray, marks render.FormMarks, dpi int) *image.Gray {
	t.Helper()
	opts := render.DefaultOptions()
	opts.DPI = dpi
	opts.SizePt = 160
	big, err := render.Pages("O", opts)
	if err != nil {
		t.Fatal(err)
	}
	out := image.NewGray(page.Bounds())
	copy(out.Pix, page.Pix)
	darken(out, big[0], marks.Signature.Min.Sub(image.Pt(0, page.Bounds().Dy()/10)))
	return out
}

// TestFindSealRing finds the rendered seal's ring on grey and 1-bit pages at
// the usual scan resolutions, centred on it and of its size.
func TestFindSealRing(t *testing.T) {
	for _, dpi := range []int{200, 300} {
		grey, marks := greyForm(t, testForm(), dpi)
		// A grey document scanned in colour: no red to tell the seal by.
		rgb := image.NewRGBA(grey.Bounds())
		draw.Draw(rgb, rgb.Bounds(), grey, image.Point{}, draw.Src)
		for name, img := range map[string]image.Image{"grey": grey, "bilevel": render.Binarize(grey, 128), "rgb": rgb} {
			c, ok := findSeal(img, float64(dpi)/25.4, firstPageTop(img))
			if !ok {
				t.Errorf("%s at %d dpi: no seal found", name, dpi)
				continue
			}
			s := marks.Seal
			cx, cy, r := float64(s.Min.X+s.Max.X)/2, float64(s.Min.Y+s.Max.Y)/2, float64(s.Dx())/2
			if d := math.Hypot(c.cx-cx, c.cy-cy); d > r/10 || math.Abs(c.r-r) > r/10 {
				t.Errorf("%s at %d dpi: found %+v, the seal is at (%.0f, %.0f) radius %.0f", name, dpi, c, cx, cy, r)
			}
		}
	}
}

// TestFindSealNoFalseRing: round and closed shapes that are not seals — a
// large "O", a ruled table, a signature and a page of print — are not
// taken for a seal's ring.
func TestFindSealNoFalseRing(t *testing.T) {
	const dpi = 300
	f := testForm()
	f.Seal = nil
	page, marks := greyForm(t, f, dpi)
	cases := map[string]*image.Gray{"form": page, "form 1-bit": render.Binarize(page, 128)}
	cases["large O"] = withLargeO(t, page, marks, dpi)

	// A ruled table: cells 40 mm square, the seal's size, over the lower page.
	table := image.NewGray(page.Bounds())
	copy(table.Pix, page.Pix)
	cell, stroke := 40*dpi*10/254, dpi/60
	b := table.Bounds()
	for y := b.Dy() / 2; y < b.Dy()-cell/2; y++ {
		for x := b.Dx() / 10; x < b.Dx()*9/10; x++ {
			if (y-b.Dy()/2)%cell < stroke || (x-b.Dx()/10)%cell < stroke {
				table.SetGray(x, y, colorBlack)
			}
		}
	}
	cases["table"] = table

	for name, img := range cases {
		if c, ok := findSeal(img, dpi/25.4, firstPageTop(img)); ok {
			t.Errorf("%s: a seal found at %+v", name, c)
		}
	}
}

// TestNoSealNothingDropped OCRs a grey page without a seal, with a large
// "O" over its closing: no word is dropped as a stamp.
func TestNoSealNothingDropped(t *testing.T) {
	if testing.Short() {
		t.Skip("OCRs a page with Tesseract")
	}
	const dpi = 200
	f := testForm()
	f.Seal = nil
	page, marks := greyForm(t, f, dpi)
	page = withLargeO(t, page, marks, dpi)
	e := renderedPageEngine(t)
	_, _, p := analyzeImage(t, e, "no-seal.png", page, dpi)
	for _, d := range p.Dropped {
		if d.Reason == ReasonStamp {
			t.Errorf("dropped as a stamp on a page without one: %+v", d)
		}
	}
	checkBody(t, p.Text, f)
	checkLinesInOrder(t, p.Text, render.Form{HeaderLeft: f.HeaderLeft, HeaderRight: f.HeaderRight,
		Title: f.Title, ClosingLeft: f.ClosingLeft}, 8)
}

var colorBlack = color.Gray{}

// firstPageTop is where a first page's seal is looked for from, without a
// "Nơi nhận:" label higher up (sealTop).
func firstPageTop(img image.Image) int { return int(sealTopShare * float64(img.Bounds().Dy())) }

// darken lays src's ink over dst, src's top-left corner at at.
func darken(dst, src *image.Gray, at image.Point) {
	sb := src.Bounds()
	for y := sb.Min.Y; y < sb.Max.Y; y++ {
		for x := sb.Min.X; x < sb.Max.X; x++ {
			p := image.Pt(x, y).Sub(sb.Min).Add(at)
			if p.In(dst.Bounds()) && src.GrayAt(x, y).Y < dst.GrayAt(p.X, p.Y).Y {
				dst.SetGray(p.X, p.Y, src.GrayAt(x, y))
			}
		}
	}
}

// BenchmarkFindSeal is the seal search's cost on a grey A4 page at 300 dpi
// with a seal, and on the same page 1-bit; compare with
// BenchmarkRecognizeForm, Tesseract's reading of the same page.
func BenchmarkFindSeal(b *testing.B) {
	grey, _ := greyForm(b, testForm(), 300)
	for name, img := range map[string]*image.Gray{"grey": grey, "bilevel": render.Binarize(grey, 128)} {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				findSeal(img, 300/25.4, firstPageTop(img))
			}
		})
	}
}

// BenchmarkRecognizeForm is Tesseract's reading of the grey 300 dpi form
// page, the yardstick for BenchmarkFindSeal.
func BenchmarkRecognizeForm(b *testing.B) {
	grey, _ := greyForm(b, testForm(), 300)
	e := renderedPageEngine(b)
	for b.Loop() {
		if _, err := e.RecognizeImage(context.Background(), grey, 300); err != nil {
			b.Fatal(err)
		}
	}
}

// TestInkMapMarksEveryInkedCell: the ink grid, built skipping light runs
// and cells already inked, marks exactly the cells that hold a dark pixel,
// for grey, colour and other images, padding included.
func TestInkMapMarksEveryInkedCell(t *testing.T) {
	grey := image.NewGray(image.Rect(0, 0, 203, 97))
	for i := range grey.Pix {
		grey.Pix[i] = 255
	}
	// Single dark pixels at cell edges, a pixel just light, a dark bar.
	for _, pt := range []image.Point{{0, 0}, {7, 3}, {8, 3}, {15, 40}, {16, 41}, {199, 96}, {202, 50}, {100, 20}} {
		grey.SetGray(pt.X, pt.Y, color.Gray{Y: sealInkLuma - 1})
	}
	grey.SetGray(60, 60, color.Gray{Y: sealInkLuma})
	for x := 30; x < 90; x++ {
		grey.SetGray(x, 80, color.Gray{})
	}
	rgba := image.NewRGBA(grey.Bounds())
	draw.Draw(rgba, rgba.Bounds(), grey, image.Point{}, draw.Src)
	nrgba := image.NewNRGBA(grey.Bounds())
	draw.Draw(nrgba, nrgba.Bounds(), grey, image.Point{}, draw.Src)
	for _, img := range []image.Image{grey, rgba, nrgba} {
		for _, cell := range []float64{8, 11.8} {
			m := newInkMap(img, cell, 3)
			want := map[image.Point]bool{}
			for y := range grey.Bounds().Dy() {
				for x := range grey.Bounds().Dx() {
					gx, gy := int(float64(x)/cell), int(float64(y)/cell)
					if gx < m.w && gy < m.h && dark(img, x, y) {
						want[image.Pt(gx, gy)] = true
					}
				}
			}
			for gy := -3; gy < m.h+3; gy++ {
				for gx := -3; gx < m.w+3; gx++ {
					want := want[image.Pt(gx, gy)]
					if got := m.ink[m.index(gx, gy)]; got != want {
						t.Errorf("%T, cell %.1f: cell (%d, %d) inked %v, want %v", img, cell, gx, gy, got, want)
					}
				}
			}
		}
	}
}

// opaqueImage hides an image's type, so that it is read through At.
type opaqueImage struct{ image.Image }

// TestDecolourReadsRGBAInPlace: the crop read again under a stamp is the
// same whether a colour page's pixels are read in place or through At.
func TestDecolourReadsRGBAInPlace(t *testing.T) {
	colour, marks := colourForm(t, testForm(), 100)
	crop := marks.Seal.Inset(-10)
	fast, slow := decolour(colour, crop), decolour(opaqueImage{colour}, crop)
	if !slices.Equal(fast.Pix, slow.Pix) || fast.Rect != slow.Rect {
		t.Error("the crop read in place differs from the one read through At")
	}
	// The seal's ink is as light as its brightest channel and its
	// chroma together (decolourPixel).
	coloured := 0
	for y := crop.Min.Y; y < crop.Max.Y; y++ {
		for x := crop.Min.X; x < crop.Max.X; x++ {
			c := colour.RGBAAt(x, y)
			hi, lo := max(c.R, c.G, c.B), min(c.R, c.G, c.B)
			if int(hi)-int(lo) <= colourChroma {
				continue
			}
			coloured++
			if v, want := fast.GrayAt(x-crop.Min.X, y-crop.Min.Y).Y, min(255, 2*int(hi)-int(lo)); int(v) != want {
				t.Fatalf("seal ink %v at (%d, %d) read as %d, want %d", c, x, y, v, want)
			}
		}
	}
	if coloured == 0 {
		t.Error("no seal ink in the crop")
	}
}
