package layout

import (
	"image"
	"os"
	"strings"
	"testing"

	"github.com/vidoc/vidoc/internal/editdist"
	"github.com/vidoc/vidoc/internal/render"
)

// tableForm is a notice written for this test with a ruled table in it,
// the rules ND 30/2020 draws under the issuing body and the motto (rules
// that are no table), a page number at the top and a footnote under a
// short rule at the foot.
func tableForm() render.Form {
	return render.Form{
		PageNumber:  "2",
		HeaderLeft:  []string{"ỦY BAN NHÂN DÂN", "XÃ AN PHÚ", "Số: 41/TB-UBND"},
		HeaderRight: []string{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "An Phú, ngày 9 tháng 3 năm 2024"},
		// ND 30/2020's rules under the issuing body and the motto.
		Rules: map[string]float64{"XÃ AN PHÚ": 0.5, "Độc lập - Tự do - Hạnh phúc": 1},
		Title: []string{"THÔNG BÁO", "Về lịch trực tiếp dân"},
		Body: []string{
			"Thực hiện quy chế tiếp công dân, Ủy ban nhân dân xã bố trí cán bộ các bộ phận chuyên môn trực tiếp dân tại trụ sở vào các ngày làm việc trong tuần, để nghe ý kiến và giải quyết kịp thời những việc nhân dân đề nghị.",
			"Công dân đến làm việc mang theo giấy tờ tùy thân và hồ sơ liên quan. Các bộ phận ghi sổ tiếp dân đầy đủ và báo cáo kết quả vào cuối tháng.",
			"Ủy ban nhân dân xã thông báo lịch trực tiếp dân của các bộ phận trong tháng như bảng dưới đây.",
		},
		Table: [][]string{
			{"Thứ tự", "Bộ phận", "Ngày trực", "Phòng"},
			{"1", "Địa chính", "Thứ hai", "Số 3"},
			{"2", "Tư pháp", "Thứ tư", "Số 5"},
			{"3", "Văn hóa xã hội", "Thứ sáu", ""},
		},
		ClosingLeft:  []string{"Nơi nhận:", "- Các thôn;", "- Lưu: VT."},
		ClosingRight: []string{"TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn Bình"},
		Footnotes:    []string{"1 Lịch có thể đổi khi có việc đột xuất."},
	}
}

// TestRenderedTablePage OCRs a rendered page with a ruled table with real
// Tesseract, grey and 1-bit: the table is one region whose cells are read
// row by row, left to right (an empty cell left out), between the body and
// the closing; the rules under the header are no table; the page number
// comes first and the footnote after the closing. The page is read with
// its rules (no ocr.Options.Clean): cells Tesseract garbles or skips are
// read again on their own crops (TestTableCellsReadOnce reads it as vidoc ocr does).
func TestRenderedTablePage(t *testing.T) {
	if testing.Short() {
		t.Skip("OCRs a page with Tesseract")
	}
	form := tableForm()
	grey, marks := greyForm(t, form, 300)
	e := renderedPageEngine(t)
	cells := tableCells(form)
	for _, c := range []struct {
		name string
		img  *image.Gray
	}{{"grey", grey}, {"bilevel", render.Binarize(grey, 128)}} {
		t.Run(c.name, func(t *testing.T) {
			_, _, p := analyzeImage(t, e, "table-"+c.name+".png", c.img, 300)
			if os.Getenv("VIDOC_TEST_DUMP") != "" {
				t.Logf("text:\n%s", p.Text)
			}
			checkTable(t, p, form, marks)
			// In the text: the table after the body, before the closing,
			// one cell per line.
			checkLinesInOrder(t, p.Text, render.Form{HeaderLeft: form.HeaderLeft, HeaderRight: form.HeaderRight,
				Title: form.Title, ClosingLeft: append(append([]string{}, cells...), form.ClosingLeft[0])}, 6)
			got := kinds(p)
			if got[0] != PageNumber {
				t.Errorf("regions %v: the page number is not first", got)
			}
			if got[len(got)-1] != Footnote {
				t.Errorf("regions %v: the footnote is not last", got)
			}
			lines := strings.Split(p.Text, "\n")
			if strings.TrimSpace(lines[0]) != form.PageNumber {
				t.Errorf("first line %q, want the page number", lines[0])
			}
		})
	}
}

// tableCells are the texts of a form's table cells that hold text, row by
// row, left to right: the table's lines.
func tableCells(form render.Form) []string {
	var cells []string
	for _, row := range form.Table {
		for _, c := range row {
			if c != "" {
				cells = append(cells, c)
			}
		}
	}
	return cells
}

// checkTable checks that p has the one table of tableForm, drawn at marks:
// its box, its 16 cells, and the text of those that hold any, row by
// row, left to right, each within one edit in six of what was printed.
func checkTable(t *testing.T, p *Page, form render.Form, marks render.FormMarks) {
	t.Helper()
	cells := tableCells(form)
	var tables []Region
	for _, r := range p.Regions {
		if r.Kind == Table {
			tables = append(tables, r)
		}
	}
	if len(tables) != 1 {
		t.Fatalf("%d tables, want 1: %v", len(tables), kinds(p))
	}
	tb := tables[0]
	if tb.Box.X0 > marks.Table.Min.X+4 || tb.Box.X1 < marks.Table.Max.X-4 || tb.Box.Y0 > marks.Table.Min.Y+4 || tb.Box.Y1 < marks.Table.Max.Y-4 {
		t.Errorf("table box %+v, drawn %v", tb.Box, marks.Table)
	}
	if len(tb.Cells) != 16 {
		t.Errorf("%d cells, want 16", len(tb.Cells))
	}
	if len(tb.Lines) != len(cells) {
		t.Fatalf("table lines %+v, want %q", tb.Lines, cells)
	}
	for k, want := range cells {
		if got := tb.Lines[k].Text; editdist.Runes([]rune(got), []rune(want)) > len([]rune(want))/6 {
			t.Errorf("cell %d: %q, want %q", k, got, want)
		}
	}
}
