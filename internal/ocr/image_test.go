package ocr

import (
	"context"
	"image"
	"strings"
	"testing"

	"github.com/vidoc/vidoc/internal/render"
)

// TestRecognizeImageReadsACropInItsOwnCoordinates reads a crop of a
// rendered page: the words are the crop's, boxed from its corner.
func TestRecognizeImageReadsACropInItsOwnCoordinates(t *testing.T) {
	opts := render.DefaultOptions()
	opts.DPI = 200
	pages, err := render.Pages("Dòng đầu tiên của trang thử\nCác đơn vị thực hiện nghiêm túc", opts)
	if err != nil {
		t.Fatal(err)
	}
	page := pages[0]
	// The second line only: the page's margin is 20 mm (157 px at 200 dpi).
	crop := page.SubImage(image.Rect(100, 190, page.Bounds().Dx()-100, 260))
	e := newEngine(t, Options{NoUpright: true})
	res, err := e.RecognizeImage(context.Background(), crop, opts.DPI)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.TrimSpace(res.Text); got != "Các đơn vị thực hiện nghiêm túc" {
		t.Errorf("text %q", got)
	}
	b := crop.Bounds()
	if res.Width != b.Dx() || res.Height != b.Dy() || res.DPI != opts.DPI {
		t.Errorf("size %d×%d at %d dpi, want %d×%d at %d", res.Width, res.Height, res.DPI, b.Dx(), b.Dy(), opts.DPI)
	}
	for _, w := range res.Words {
		if w.Box.X0 < 0 || w.Box.Y0 < 0 || w.Box.X1 > b.Dx() || w.Box.Y1 > b.Dy() {
			t.Errorf("%q boxed %v outside the crop", w.Text, w.Box)
		}
	}
	if _, err := e.RecognizeImage(context.Background(), image.NewGray(image.Rect(0, 0, 0, 0)), 200); err != nil {
		t.Errorf("empty image: %v", err)
	}
}
