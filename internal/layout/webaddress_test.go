package layout

import (
	"image"
	"strings"
	"testing"

	"github.com/vidoc/vidoc/internal/render"
)

// TestWebAddressPlausible: addresses as notices print them, and as OCR
// reads them, are print; the wrecks of seals and pens are not.
func TestWebAddressPlausible(t *testing.T) {
	for text, want := range map[string]bool{
		"https://dangky.example.vn/hoso/Xk7Qp2Lm9Tz": true,
		"http:/tracuu.example.gov.vn":                true, // a slash lost
		"www.example.com.vn":                         true,
		"vanthu@example.gov.vn":                      true,
		"cổng.example.edu.vn;":                       false, // a domain has no marks
		"tuyensinh.example.edu.vn;":                  true,
		"zzEE=HI£U":                                  false,
		"3Ết:":                                       false,
		"ab.cd":                                      false,
		"https://":                                   false,
	} {
		if got := plausible(text); got != want {
			t.Errorf("plausible(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestWebAddressLineKept: a notice's body gives, on a line of its own, the
// address of a form to fill in. Its path's letters and digits in mixed
// case read as no syllable, and a grey or 1-bit copy reads it with little
// confidence: it was dropped as garbage (on the grey copy, read with
// confidence 49), the one line a reader needed.
func TestWebAddressLineKept(t *testing.T) {
	if testing.Short() {
		t.Skip("OCRs pages with Tesseract")
	}
	const addr = "https://bieumau.example.vn/r/lIO0vV6mMw8Kq3yWRn"
	form := testForm()
	form.Body = []string{
		form.Body[0],
		"Công dân đăng ký trước lịch tiếp qua biểu mẫu tại địa chỉ sau:",
		addr,
		form.Body[2],
	}
	e := renderedPageEngine(t)
	// At 150 dpi a grey copy reads the address with confidence under 50
	// (the garbage rule's bar), a 1-bit copy at 100 dpi under 35 (the bar
	// under which a line was dropped whatever it looked like).
	grey, _ := greyForm(t, form, 150)
	grey100, _ := greyForm(t, form, 100)
	for _, c := range []struct {
		name string
		img  image.Image
		dpi  int
	}{{"grey150", grey, 150}, {"bilevel100", render.Binarize(grey100, 128), 100}} {
		t.Run(c.name, func(t *testing.T) {
			res, _, p := analyzeImage(t, e, "form-address-"+c.name+".png", c.img, c.dpi)
			for _, w := range res.Words {
				if strings.Contains(w.Text, "//") {
					t.Logf("read %q, confidence %.0f", w.Text, w.Confidence)
				}
			}
			if !strings.Contains(p.Text, "https://") || !strings.Contains(p.Text, ".vn/r/") {
				t.Errorf("the address line is lost:\n%s\ndropped: %+v", p.Text, p.Dropped)
			}
		})
	}
}
