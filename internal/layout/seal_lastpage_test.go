package layout

import (
	"testing"

	"github.com/vidoc/vidoc/internal/render"
)

// lastPageForm is the last page of a document with little text left: a
// page number, the body's last paragraph, and the closing with a seal over
// the signer block, all in the page's top third.
func lastPageForm() render.Form {
	f := testForm()
	f.HeaderLeft, f.HeaderRight, f.Title = nil, nil, nil
	f.PageNumber = "3"
	f.Body = []string{"Văn phòng xã có trách nhiệm niêm yết thông báo này tại trụ sở và thông tin trên hệ thống truyền thanh để nhân dân được biết."}
	return f
}

// TestSealOnLastPageHigh: on a grey last page whose closing, and so its
// seal, stands above the share of the page where a first page's seal is
// looked for, the seal is found from the "Nơi nhận:" label, its words are
// dropped and the closing's lines are kept.
func TestSealOnLastPageHigh(t *testing.T) {
	if testing.Short() {
		t.Skip("OCRs a page with Tesseract")
	}
	const dpi = 200
	f := lastPageForm()
	page, marks := greyForm(t, f, dpi)
	if cy := (marks.Seal.Min.Y + marks.Seal.Max.Y) / 2; cy >= firstPageTop(page) {
		t.Fatalf("the seal's centre (y %d) is not above a first page's search (y %d): the test tests nothing", cy, firstPageTop(page))
	}
	if _, ok := findSeal(page, dpi/25.4, firstPageTop(page)); ok {
		t.Fatalf("seal found from a first page's top: the test tests nothing")
	}
	e := renderedPageEngine(t)
	_, _, p := analyzeImage(t, e, "last-page.png", page, dpi)
	checkSealDropped(t, p, f, marks.Seal)
	checkBody(t, p.Text, f)
	// Tesseract reads a word of the list twice ("Đài Đài") whether the
	// seal is found or not: the lines must be there, in order, nearly
	// as printed.
	checkLinesInOrder(t, p.Text, render.Form{ClosingLeft: f.ClosingLeft}, 4)
}
