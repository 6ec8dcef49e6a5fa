package layout

import (
	"image"
	"testing"

	"github.com/vidoc/vidoc/internal/ocr"
	"github.com/vidoc/vidoc/internal/render"
)

// TestBannerDropped: an e-signature banner above the header of a grey and
// a 1-bit copy, where its blue is gone, is dropped as a stamp and listed;
// every line of the header, the title and the body is kept, and so is a
// label printed above the header beside the banner. Its frame is
// taken out, as a worn or thin frame vanishes from such copies (or the
// signing system draws none), so that the stamp-frame rule does not find
// it. The banner's text is written for this test.
func TestBannerDropped(t *testing.T) {
	if testing.Short() {
		t.Skip("OCRs pages with Tesseract")
	}
	form := testForm()
	// A label printed above the header beside the banner, as forms carry
	// one ("Mẫu số …"), is the document's and stays.
	form.PageNumber = "Mẫu số 07"
	form.Banner = []string{"SAO Y", "Ký bởi: Văn phòng Sở Thử Nghiệm", "Thời gian ký: 2024-03-18T14:52:07+07:00"}
	e, err := ocr.NewEngine(ocr.Options{NoUpright: true, KeepImage: true})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	for _, c := range []struct {
		name    string
		dpi     int
		bilevel bool
	}{
		{"grey 200 dpi", 200, false},
		{"1-bit 300 dpi", 300, true},
	} {
		page, marks := greyForm(t, form, c.dpi)
		eraseRules(page, image.Rect(page.Rect.Dx()/3, 0, page.Rect.Dx(), marks.LineBoxes[0].Min.Y))
		var img image.Image = page
		if c.bilevel {
			img = render.Binarize(page, 160)
		}
		_, _, p := analyzeImage(t, e, c.name, img, c.dpi)
		checkStampDropped(t, c.name, p, form, []string{form.PageNumber}, []string{"Nghiệm", "14:52", "+07"})
	}
}

// eraseRules whitens in area of img the rows and columns of a frame: a row
// dark over a quarter of the area's width, a column dark over four fifths
// of the rows that hold any ink.
func eraseRules(img *image.Gray, area image.Rectangle) {
	dark := func(x, y int) bool { return img.GrayAt(x, y).Y < 128 }
	inked := 0
	for y := area.Min.Y; y < area.Max.Y; y++ {
		n := 0
		for x := area.Min.X; x < area.Max.X; x++ {
			if dark(x, y) {
				n++
			}
		}
		if n > 0 {
			inked++
		}
		if n > area.Dx()/4 {
			for x := area.Min.X; x < area.Max.X; x++ {
				img.Pix[img.PixOffset(x, y)] = 255
			}
		}
	}
	for x := area.Min.X; x < area.Max.X; x++ {
		n := 0
		for y := area.Min.Y; y < area.Max.Y; y++ {
			if dark(x, y) {
				n++
			}
		}
		if inked > 0 && n > inked*4/5 {
			for y := area.Min.Y; y < area.Max.Y; y++ {
				img.Pix[img.PixOffset(x, y)] = 255
			}
		}
	}
}
