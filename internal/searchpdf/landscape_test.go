package searchpdf

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"codeberg.org/go-pdf/fpdf"
)

// A landscape page (a wide table, an A4 scan laid on its side) keeps its
// shape: fpdf's "L" orientation swaps the size it is given, so a page
// wider than tall came out portrait. WriteImages drew the image across a
// page the wrong way round, and Graft's layer, portrait, was shrunk by
// qpdf's overlay into the landscape page, every word far from its box.
func TestLandscapePages(t *testing.T) {
	img := grayImageOf(pageH, pageW)
	page := testPage(pageText[0])
	page.Width, page.Height = pageH, pageW
	page.Image, page.ImageType = encodePNG(t, img), "png"

	var out bytes.Buffer
	if err := WriteImages(&out, []Page{page}, Options{Date: fixedDate}); err != nil {
		t.Fatal(err)
	}
	path := writeFile(t, "images.pdf", out.Bytes())
	tool(t, "qpdf", "--check", path)
	if info := string(tool(t, "pdfinfo", path)); !strings.Contains(info, "Page size:       841.92 x 595.2 pts") {
		t.Errorf("WriteImages: page size is not the landscape image's at %g dpi:\n%s", testDPI, info)
	}
	checkInPlace(t, path, []Page{page})

	// A scanner's landscape PDF: the JPEG image filling an A4 page laid
	// on its side.
	doc := fpdf.New("P", "pt", "A4", "")
	doc.AddPageFormat("P", fpdf.SizeType{Wd: 841.92, Ht: 595.2})
	doc.RegisterImageOptionsReader("scan", fpdf.ImageOptions{ImageType: "JPG"}, bytes.NewReader(encodeJPEG(t, img)))
	doc.ImageOptions("scan", 0, 0, 841.92, 595.2, false, fpdf.ImageOptions{ImageType: "JPG"}, 0, "")
	in := filepath.Join(t.TempDir(), "landscape.pdf")
	if err := doc.OutputFileAndClose(in); err != nil {
		t.Fatal(err)
	}
	graftChecked(t, in, []Page{page})
}
