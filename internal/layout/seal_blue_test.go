package layout

import (
	"image/color"
	"testing"

	"github.com/vidoc/vidoc/internal/render"
)

// A blue seal stamped high over the signer block, on a colour scan: its
// ink is no red, so it is found by its ring, as on a grey scan, and the
// title line wholly inside the ring ("CHỦ TỊCH") was dropped with the
// seal's own letters. Its crop is read again decoloured like a red seal's:
// the signer block's lines hold, in order, and the seal's words stay out
// of the text and listed.
func TestBlueSealOverSignerTitle(t *testing.T) {
	if testing.Short() {
		t.Skip("OCRs a page with Tesseract")
	}
	form := testForm()
	form.SealInk = color.RGBA{R: 40, G: 70, B: 175, A: 255}
	form.SealShift = [2]float64{0.3, -0.15}
	colour, marks := colourForm(t, form, 200)
	e := renderedPageEngine(t)
	_, _, p := analyzeImage(t, e, "form-blue-seal.png", colour, 200)
	checkLinesInOrder(t, p.Text, render.Form{ClosingLeft: form.ClosingLeft, ClosingRight: form.ClosingRight}, 8)
	checkSealDropped(t, p, form, marks.Seal)
}
