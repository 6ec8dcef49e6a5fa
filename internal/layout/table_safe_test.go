package layout

import (
	"context"
	"image"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/vidoc/vidoc/internal/editdist"
	"github.com/vidoc/vidoc/internal/ocr"
	"github.com/vidoc/vidoc/internal/render"
)

// TestCellRereadKeepsUnreadLine: a table cell of two lines read with little
// confidence is read again, and the new reading holds only its first line
// (Tesseract, on a crop, may skip a line it read on the page). The second
// line of the first reading, which no new word covers, stays: the cell
// reads both lines.
func TestCellRereadKeepsUnreadLine(t *testing.T) {
	b := newBuilder()
	y := b.body(1, 200, 2)
	xs, ys := []int{120, 500, 1100}, []int{y + 20, y + 80, y + 180}
	b.add(2, ys[0]+18, seg{x: 132, text: "Mục"}, seg{x: 512, text: "Nội dung"})
	b.add(3, ys[1]+18, seg{x: 132, text: "Một"}, seg{x: 512, text: "Dòng đầu", conf: 40})
	b.add(4, ys[1]+58, seg{x: 512, text: "dòng sau", conf: 40})
	b.body(5, ys[2]+40, 2)
	calls := 0
	p, err := Analyze(context.Background(), b.result(), ruledPage(grid(xs, ys)...), Options{Reader: cellReading{text: "Dòng đầu", conf: 90, calls: &calls}})
	if err != nil {
		t.Fatal(err)
	}
	tables := tablesOf(p)
	if len(tables) != 1 || len(tables[0].Cells) != 4 {
		t.Fatalf("regions %v, tables %+v", kinds(p), tables)
	}
	if c := tables[0].Cells[3]; !c.Reread || c.Text != "Dòng đầu dòng sau" || calls != 1 {
		t.Errorf("cell %+v (%d read again), want read again as %q", c, calls, "Dòng đầu dòng sau")
	}
}

// TestTablePictureCell: a ruled table whose last cell holds a picture (a
// QR-like code of black modules, 3 cm) that Tesseract read as a few
// unsure letters. The cell is a picture: it is not read again, its words
// are dropped as garbage and listed, and the other cells read as before.
func TestTablePictureCell(t *testing.T) {
	b := newBuilder()
	y := b.body(1, 200, 2)
	xs, ys := []int{120, 500, 1100}, []int{y + 20, y + 80, y + 500}
	b.add(2, ys[0]+18, seg{x: 132, text: "Nội dung"}, seg{x: 512, text: "Mã QR"})
	b.add(3, ys[1]+18, seg{x: 132, text: "Đăng ký"})
	b.add(4, ys[1]+200, seg{x: 600, text: "PLI#EIB"})
	b.body(5, ys[2]+40, 2)
	img := ruledPage(grid(xs, ys)...)
	// 21×21 modules of 16 px, half of them black.
	rng := rand.New(rand.NewPCG(11, 11))
	for my := range 21 {
		for mx := range 21 {
			if rng.IntN(2) == 0 {
				blacken(img, image.Rect(560+16*mx, ys[1]+30+16*my, 576+16*mx, ys[1]+46+16*my))
			}
		}
	}
	calls := 0
	p, err := Analyze(context.Background(), b.result(), img, Options{Reader: cellReading{text: "ĐĐ", conf: 30, calls: &calls}})
	if err != nil {
		t.Fatal(err)
	}
	tables := tablesOf(p)
	if len(tables) != 1 || len(tables[0].Cells) != 4 {
		t.Fatalf("regions %v, tables %+v", kinds(p), tables)
	}
	if c := tables[0].Cells[3]; c.Text != "" || c.Reread || calls != 0 {
		t.Errorf("the picture's cell %+v, %d cells read again", c, calls)
	}
	if strings.Contains(p.Text, "PLI") {
		t.Errorf("the picture's reading is in the text:\n%s", p.Text)
	}
	listed := false
	for _, d := range p.Dropped {
		listed = listed || d.Reason == ReasonGarbage && strings.Contains(d.Text, "PLI#EIB")
	}
	if !listed {
		t.Errorf("the picture's reading is not listed as garbage: %+v", p.Dropped)
	}
	if got, want := tables[0].Lines[2].Text, "Đăng ký"; got != want {
		t.Errorf("cell %q, want %q", got, want)
	}
}

// TestPaintedTablePictureCellListed: the same table when OCR painted it
// white before reading the page (TableRules), so no word was read in the
// picture's cell: the cell is still listed as dropped, with its box, and
// not read on its own crop.
func TestPaintedTablePictureCellListed(t *testing.T) {
	b := newBuilder()
	y := b.body(1, 200, 2)
	xs, ys := []int{120, 500, 1100}, []int{y + 20, y + 80, y + 500}
	b.body(5, ys[2]+40, 2)
	img := ruledPage(grid(xs, ys)...)
	b.add(2, ys[0]+18, seg{x: 132, text: "Nội dung"}, seg{x: 512, text: "Mã QR"})
	b.add(3, ys[1]+18, seg{x: 132, text: "Đăng ký"})
	rng := rand.New(rand.NewPCG(11, 11))
	code := image.Rect(560, ys[1]+30, 560+16*21, ys[1]+30+16*21)
	for my := range 21 {
		for mx := range 21 {
			if rng.IntN(2) == 0 {
				blacken(img, image.Rect(560+16*mx, ys[1]+30+16*my, 576+16*mx, ys[1]+46+16*my))
			}
		}
	}
	res := b.result()
	res.Cleaned = TableRules(img, res.DPI)
	// What the page's reading kept: the words outside the painted table.
	res.Words = slices.DeleteFunc(res.Words, func(w ocr.Word) bool {
		return slices.ContainsFunc(res.Cleaned, func(r image.Rectangle) bool {
			return image.Pt((w.Box.X0+w.Box.X1)/2, (w.Box.Y0+w.Box.Y1)/2).In(r)
		})
	})
	calls := 0
	p, err := Analyze(context.Background(), res, img, Options{Reader: cellReading{text: "Đăng ký", conf: 90, calls: &calls}})
	if err != nil {
		t.Fatal(err)
	}
	if tables := tablesOf(p); len(tables) != 1 {
		t.Fatalf("regions %v, tables %+v (painted %v)", kinds(p), tables, res.Cleaned)
	}
	listed := false
	for _, d := range p.Dropped {
		box := image.Rect(d.Box.X0, d.Box.Y0, d.Box.X1, d.Box.Y1)
		listed = listed || d.Reason == ReasonGarbage && code.Overlaps(box)
	}
	if !listed {
		t.Errorf("the picture's cell is not listed: %+v", p.Dropped)
	}
}

// blankForm is a registration form written for this test: fields on dot
// leaders and a signature line of underscores in three sections, to be
// ruled by formRules.
func blankForm() render.Form {
	return render.Form{
		HeaderLeft:  []string{"ỦY BAN NHÂN DÂN", "XÃ TÂN LẬP"},
		HeaderRight: []string{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"},
		Title:       []string{"PHIẾU ĐĂNG KÝ", "Tham gia lớp bồi dưỡng"},
		Body: []string{
			"Họ và tên: ......................................",
			"Ngày sinh: ......................................",
			"Quê quán: .......................................",
			"Đơn vị công tác: ..................................................",
			"Chức vụ: ..................................................",
			"Số điện thoại: ..................................................",
			"Ngày đăng ký: ......................................",
			"Người đăng ký ký tên: ____________________",
		},
	}
}

// formRules rules a blank form as forms are printed: a frame round its
// fields, rules between its three sections (the first three fields, the
// next three, the last two) and a photo box beside the first section.
func formRules(img *image.Gray, marks render.FormMarks, form render.Form) {
	var boxes []image.Rectangle
	for _, line := range form.Body {
		for k, l := range marks.Lines {
			if l == line {
				boxes = append(boxes, marks.LineBoxes[k])
			}
		}
	}
	if len(boxes) != len(form.Body) {
		panic("formRules: the form's fields were not drawn one a line")
	}
	const m, th = 30, 3 // margin round the text, rule thickness
	left, right := boxes[0].Min.X-m, boxes[0].Min.X+1900
	top, bottom := boxes[0].Min.Y-m, boxes[7].Max.Y+m
	mid1 := (boxes[2].Max.Y + boxes[3].Min.Y) / 2
	mid2 := (boxes[5].Max.Y + boxes[6].Min.Y) / 2
	fill := func(r image.Rectangle) {
		for y := r.Min.Y; y < r.Max.Y; y++ {
			for x := r.Min.X; x < r.Max.X; x++ {
				img.Pix[img.PixOffset(x, y)] = 0
			}
		}
	}
	for _, y := range []int{top, mid1, mid2, bottom} {
		fill(image.Rect(left, y, right+th, y+th))
	}
	photo := right - 420
	for _, x := range []int{left, right} {
		fill(image.Rect(x, top, x+th, bottom+th))
	}
	fill(image.Rect(photo, top, photo+th, mid1+th))
	fill(image.Rect(photo+300, top, photo+300+th, mid1+th))
}

// leaders takes dot leaders, underscores and spaces out of a line.
func leaders(s string) string {
	return strings.Map(func(r rune) rune {
		if strings.ContainsRune(".…_ ", r) {
			return -1
		}
		return r
	}, s)
}

// TestBlankFormNoTable reads a rendered blank form whose frame, section
// rules and photo box make a grid of rules: it is no table (no two rows of
// two closed cells with print), and every field's line comes out on its
// own line, none lost or run into another.
func TestBlankFormNoTable(t *testing.T) {
	if testing.Short() {
		t.Skip("OCRs a page with Tesseract")
	}
	form := blankForm()
	grey, marks := greyForm(t, form, 300)
	if os.Getenv("NORULES") == "" {
		formRules(grey, marks, form)
	}
	e, err := ocr.NewEngine(ocr.Options{NoUpright: true, KeepImage: true, Clean: TableRules})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	for _, c := range []struct {
		name string
		img  *image.Gray
	}{{"grey", grey}, {"bilevel", render.Binarize(grey, 128)}} {
		t.Run(c.name, func(t *testing.T) {
			res, _, p := analyzeImage(t, e, "form-"+c.name+".png", c.img, 300)
			if tables := tablesOf(p); len(tables) != 0 {
				t.Errorf("%d tables found on a blank form: %+v", len(tables), tables)
			}
			// Each field Tesseract read on its own line is there, on its
			// own line (Tesseract itself runs some dot leaders of
			// neighbouring lines together, and loses those lines).
			has := func(text string, want []rune) bool {
				for _, l := range strings.Split(text, "\n") {
					if editdist.Runes([]rune(leaders(l)), want) <= len(want)/6 {
						return true
					}
				}
				return false
			}
			read := 0
			for _, line := range form.Body {
				want := []rune(leaders(line))
				if !has(res.Text, want) {
					continue
				}
				read++
				if !has(p.Text, want) {
					t.Errorf("field %q lost or run into another line; text:\n%s", line, p.Text)
				}
			}
			if read < 5 {
				t.Errorf("Tesseract read %d fields of %d on their own lines:\n%s", read, len(form.Body), res.Text)
			}
		})
	}
}
