package searchpdf

import (
	"bytes"
	"strings"
	"testing"
)

// A table cell's text is one line of the page's text, wrapped over the
// cell's rows; beside it, the next column's cell. Each word lands on its
// own box and pdftotext reads each cell's rows in order. Drawn on one
// baseline, with a font as tall as the whole cell, the rows' words lay
// over one another and the next column's: pdftotext read "Đăng ký cấp
// https://... lại Thông g báo le/..." across the two cells.
func TestWrappedLineKeepsItsRows(t *testing.T) {
	cell := [][]string{{"Đăng", "ký", "cấp", "lại", "thẻ"}, {"sinh", "viên", "năm", "học"}, {"thứ", "hai"}}
	link := []string{"https://example.org/dang-ky-the"}
	p := Page{Width: pageW, Height: pageH, DPI: testDPI, Image: encodeJPEG(t, grayImage()), ImageType: "jpeg"}
	place := func(rows [][]string, x0 float64) Line {
		var l Line
		for r, row := range rows {
			x, y := x0, 300+48*float64(r)
			for _, w := range row {
				width := 18 * float64(len([]rune(w)))
				l.Words = append(l.Words, Word{Text: w, X0: x, Y0: y, X1: x + width, Y1: y + 36})
				x += width + 14
			}
		}
		return l
	}
	p.Lines = []Line{place(cell, 120), place([][]string{link}, 600)}
	var out bytes.Buffer
	if err := WriteImages(&out, []Page{p}, Options{Date: fixedDate}); err != nil {
		t.Fatal(err)
	}
	path := writeFile(t, "table.pdf", out.Bytes())
	tool(t, "qpdf", "--check", path)
	checkInPlace(t, path, []Page{p})
	var want []string
	for _, row := range cell {
		want = append(want, row...)
	}
	if got := strings.Fields(string(tool(t, "pdftotext", "-layout", "-x", "0", "-y", "0", "-W", "270", "-H", "1000", path, "-"))); strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("pdftotext of the cell: %q, want %q", got, want)
	}
}
