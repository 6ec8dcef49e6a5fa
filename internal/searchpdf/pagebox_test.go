package searchpdf

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"codeberg.org/go-pdf/fpdf"
)

// A page whose /MediaBox has no area is read by poppler, and shown by
// readers, as US Letter: its words go where that page shows its print.
// qpdf's overlay had fitted the layer into the empty box, every word
// shrunk onto one point, which pdftotext read as one glued word.
func TestGraftPageWithoutSize(t *testing.T) {
	const letterW, letterH = 612.0, 792.0
	doc := fpdf.New("P", "pt", "Letter", "")
	doc.AddPage()
	doc.RegisterImageOptionsReader("scan", fpdf.ImageOptions{ImageType: "JPG"}, bytes.NewReader(encodeJPEG(t, grayImage())))
	doc.ImageOptions("scan", 0, 0, 595.2, 841.92*595.2/letterW, false, fpdf.ImageOptions{ImageType: "JPG"}, 0, "")
	var buf bytes.Buffer
	if err := doc.Output(&buf); err != nil {
		t.Fatal(err)
	}
	// fpdf puts the box on the page tree's root, which the page inherits;
	// it is emptied in place, the cross-reference offsets kept.
	box := regexp.MustCompile(`/MediaBox \[[^\]]*\]`)
	if len(box.FindAll(buf.Bytes(), -1)) == 0 {
		t.Fatal("fpdf wrote no /MediaBox")
	}
	data := box.ReplaceAllFunc(buf.Bytes(), func(m []byte) []byte {
		empty := "/MediaBox [0 0 0 0]"
		return []byte(empty + strings.Repeat(" ", len(m)-len(empty)))
	})
	in := filepath.Join(t.TempDir(), "sizeless.pdf")
	if err := os.WriteFile(in, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if info := string(tool(t, "pdfinfo", in)); !strings.Contains(info, "612 x 792 pts") {
		t.Fatalf("poppler does not read the page as Letter:\n%s", info)
	}
	page := testPage(pageText[0])
	page.Width, page.Height = letterW*testDPI/72, letterH*testDPI/72
	_, out := graftChecked(t, in, []Page{page})
	if info := string(tool(t, "pdfinfo", out)); !strings.Contains(info, "612 x 792 pts") {
		t.Errorf("the output's page is not the Letter page poppler read:\n%s", info)
	}
}
