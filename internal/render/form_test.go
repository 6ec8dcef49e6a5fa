package render

import (
	"bytes"
	"image/color"
	"strings"
	"testing"
)

// formOptions is a small A4 page: the columns need the width of A4.
func formOptions() Options {
	o := DefaultOptions()
	o.DPI = 72
	return o
}

func testForm() Form {
	return Form{
		HeaderLeft:   []string{"BAN QUẢN LÝ", "Số: 5/TB-BQL"},
		HeaderRight:  []string{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"},
		Title:        []string{"THÔNG BÁO"},
		Body:         []string{"Nội dung viết cho phép thử."},
		ClosingLeft:  []string{"Nơi nhận:", "- Lưu: VT."},
		ClosingRight: []string{"TRƯỞNG BAN", "Hà Văn Tư"},
		Seal:         []string{"DẤU"},
		Signature:    true,
	}
}

func TestFormPageDrawsSealAndSignature(t *testing.T) {
	opts := formOptions()
	img, marks, err := FormPage(testForm(), opts)
	if err != nil {
		t.Fatal(err)
	}
	again, _, err := FormPage(testForm(), opts)
	if err != nil || !bytes.Equal(img.Pix, again.Pix) {
		t.Fatal("the same form drew different pixels")
	}
	if marks.Seal.Empty() || marks.Signature.Empty() {
		t.Fatalf("marks %+v", marks)
	}
	red := 0
	for y := marks.Seal.Min.Y; y < marks.Seal.Max.Y; y++ {
		for x := marks.Seal.Min.X; x < marks.Seal.Max.X; x++ {
			c := img.RGBAAt(x, y)
			if c.R > 150 && c.G < 100 && c.B < 100 {
				red++
			}
		}
	}
	if red == 0 {
		t.Error("no red ink in the seal")
	}
	if c := img.RGBAAt(0, 0); c != (color.RGBA{255, 255, 255, 255}) {
		t.Errorf("corner %v, want paper", c)
	}
}

func TestFormPageRefusesLinesWiderThanTheirColumn(t *testing.T) {
	f := testForm()
	f.HeaderLeft = append(f.HeaderLeft, strings.Repeat("RẤT DÀI ", 12))
	if _, _, err := FormPage(f, formOptions()); err == nil || !strings.Contains(err.Error(), "wider than its column") {
		t.Errorf("err = %v", err)
	}
}
