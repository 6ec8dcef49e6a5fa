package layout

import (
	"bytes"
	"context"
	"image"
	"image/jpeg"
	"testing"

	"golang.org/x/image/draw"

	"github.com/vidoc/vidoc/internal/input"
	"github.com/vidoc/vidoc/internal/ocr"
)

// lowResJPEG is img (rendered at 300 dpi) as an archive's copy of it: 100
// dpi, interpolated, saved as JPEG at quality 60 (scripts/degrade.go's j100).
func lowResJPEG(t *testing.T, img image.Image) ([]byte, image.Rectangle) {
	t.Helper()
	b := img.Bounds()
	r := image.Rect(0, 0, b.Dx()/3, b.Dy()/3)
	small := image.NewRGBA(r)
	draw.CatmullRom.Scale(small, r, img, b, draw.Src, nil)
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, small, &jpeg.Options{Quality: 60}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes(), r
}

// TestTableRulesEnlargedJPEG reads the rendered page with a ruled table as
// a 100 dpi JPEG copy, which the engine enlarges before anything looks at
// it (small print): the table's rules, blurred grey and widened by the
// interpolation and the JPEG's ringing, are still found on the enlarged
// page, both for painting white before Tesseract and on the pixels layout
// gets, and layout cuts the table into its cells.
func TestTableRulesEnlargedJPEG(t *testing.T) {
	if testing.Short() {
		t.Skip("OCRs a page with Tesseract")
	}
	form := tableForm()
	colour, marks := colourForm(t, form, 300)
	data, r := lowResJPEG(t, colour)
	e, err := ocr.NewEngine(ocr.Options{NoUpright: true, KeepImage: true, Clean: TableRules})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	res, err := e.Recognize(context.Background(), input.Page{Source: "table-j100.jpg", Number: 1, Count: 1,
		Encoding: "jpeg", Image: data, Width: r.Dx(), Height: r.Dy(), DPI: 100})
	if err != nil {
		t.Fatal(err)
	}
	if res.Image.Bounds().Dx() <= r.Dx() {
		t.Fatalf("the 100 dpi page was not enlarged (%v): the test needs it to be", res.Image.Bounds())
	}
	if rs := TableRules(res.Image, res.DPI); len(rs) != 11 {
		t.Errorf("the enlarged page gives %d boxes to paint, want the table's area and the 10 rules printed: %v", len(rs), rs)
	}
	p, err := Analyze(context.Background(), res, res.Image, Options{Reader: e})
	if err != nil {
		t.Fatal(err)
	}
	// The page's boxes are the JPEG's pixels, a third of the rendering's.
	marks.Table = image.Rectangle{Min: marks.Table.Min.Div(3), Max: marks.Table.Max.Div(3)}
	checkTable(t, p, form, marks)
}
