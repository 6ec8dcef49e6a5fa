package textlayer

import (
	"path/filepath"
	"testing"

	"codeberg.org/go-pdf/fpdf"
)

// scanWithText writes a one-page PDF: a scanned page image over the whole
// page and, drawn over it, lines of real text from the top, one every 20
// points, as an e-signing tool stamps its banner on a scanned copy or a
// scanner's OCR puts its layer.
func scanWithText(t *testing.T, lines []string) string {
	t.Helper()
	pdf := fpdf.New("P", "pt", "A4", "")
	unicodeFont(t)(pdf)
	pdf.AddPage()
	w, h := pdf.GetPageSize()
	pdf.ImageOptions(filepath.Join("..", "..", "testdata", "pages", "page1.png"), 0, 0, w, h, false,
		fpdf.ImageOptions{ImageType: "PNG"}, 0, "")
	for i, l := range lines {
		pdf.Text(72, 30+float64(i)*20, l)
	}
	path := filepath.Join(t.TempDir(), "scan.pdf")
	if err := pdf.OutputFileAndClose(path); err != nil {
		t.Fatal(err)
	}
	return path
}

// A scan whose only text is a banner across its top (correct Vietnamese,
// but a tenth of the page) is OCRed: taking the banner for the page's
// text lost the whole page. A scan whose layer runs down the page is
// still taken as it is.
func TestBannerOnScanIsNotThePage(t *testing.T) {
	banner := []string{
		"SAO Y; Ủy ban nhân dân tỉnh thử nghiệm;",
		"Thời gian ký: 2025-01-02T08:30:00+07:00",
		"Người ký: văn phòng ủy ban nhân dân tỉnh",
	}
	p := triage(t, scanWithText(t, banner), Auto)[0]
	if p.Decision != OCR || p.Evidence.TextSpan >= bandShare || p.Evidence.ImageCoverage < scanCoverage {
		t.Errorf("banner on a scan: %s (%s), evidence %+v", p.Decision, p.Reason, p.Evidence)
	}
	var whole []string
	for len(whole) < 36 {
		whole = append(whole, bornDigital...)
	}
	p = triage(t, scanWithText(t, whole[:36]), Auto)[0]
	if p.Decision != UseText || p.Evidence.TextSpan < 0.5 {
		t.Errorf("layer over the whole scan: %s (%s), evidence %+v", p.Decision, p.Reason, p.Evidence)
	}
	if p := triage(t, scanWithText(t, banner), Use)[0]; p.Decision != UseText {
		t.Errorf("--text-layer use: %s (%s)", p.Decision, p.Reason)
	}
}
