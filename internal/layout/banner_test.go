package layout

import (
	"image"
	"strings"
	"testing"

	"github.com/vidoc/vidoc/internal/render"
)

// TestBannerFirst: an e-signed copy's banner, small type at the top right
// above the header in a box (framed: no stamp's frame), on a grey and a
// 1-bit copy at 200 dpi: its lines are all in the text, as a region of
// their own read before the header, and
// every line of the header, the title and the body is kept. The banner's
// text is written for this test.
func TestBannerFirst(t *testing.T) {
	if testing.Short() {
		t.Skip("OCRs pages with Tesseract")
	}
	form := testForm()
	form.Banner = []string{
		"Người ký: ỦY BAN NHÂN DÂN XÃ HƯNG THỊNH",
		"Email: vanthu@hungthinh.gov.vn",
		"Cơ quan: Văn phòng xã Hưng Thịnh",
		"Thời gian ký: 15.02.2024 08:41:27 +07:00",
	}
	e := renderedPageEngine(t)
	for _, c := range []struct {
		name    string
		bilevel bool
	}{
		{"grey 200 dpi", false},
		{"1-bit 200 dpi", true},
	} {
		page, _ := greyForm(t, form, 200)
		var img image.Image = page
		if c.bilevel {
			img = render.Binarize(page, 128)
		}
		_, _, p := analyzeImage(t, e, c.name, img, 200)
		if len(p.Regions) == 0 || p.Regions[0].Kind != Banner {
			t.Errorf("%s: the first region is not the banner: %+v\n%s", c.name, p.Regions, p.Text)
			continue
		}
		var banner []string
		for _, l := range p.Regions[0].Lines {
			banner = append(banner, l.Text)
		}
		for _, l := range form.Banner {
			if !heldIn(l, banner) {
				t.Errorf("%s: banner line %q lost:\n%s", c.name, l, p.Text)
			}
		}
		got := strings.Split(p.Text, "\n")
		for _, l := range slicesConcat(form.HeaderLeft, form.HeaderRight, form.Title) {
			if !heldIn(l, got) {
				t.Errorf("%s: line %q lost:\n%s", c.name, l, p.Text)
			}
		}
		checkBody(t, p.Text, form)
	}
}
