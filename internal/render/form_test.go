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

// A handwritten blank is drawn in pen ink on its header row, a banner in
// blue above the header, and the marks themselves are not text.
func TestFormPageHandwritingAndBanner(t *testing.T) {
	opts := formOptions()
	f := testForm()
	f.HeaderLeft[1] = "Số: {57}/TB-BQL"
	f.Banner = []string{"SAO Y", "Thời gian ký: 2024-05-09T08:00:00+07:00"}
	f.Bold = []string{"BAN QUẢN LÝ"}
	f.BoldFont = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"
	f.HandFont = "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Oblique.ttf"
	img, _, err := FormPage(f, opts)
	if err != nil {
		t.Fatal(err)
	}
	if got := FormText(f.HeaderLeft[1]); got != "Số: 57/TB-BQL" {
		t.Errorf("FormText = %q", got)
	}
	margin := mmToPx(opts.MarginMM, opts.DPI)
	pen, blue := 0, 0
	for y := 0; y < img.Rect.Dy()/3; y++ {
		for x := 0; x < img.Rect.Dx(); x++ {
			c := img.RGBAAt(x, y)
			if c == penInk {
				pen++
			}
			if y < margin && c.B > 120 && c.R < 150 && c.B-c.R > 40 {
				blue++
			}
		}
	}
	if pen == 0 {
		t.Error("no pen ink in the header")
	}
	if blue == 0 {
		t.Error("no banner above the header")
	}
	f.BoldFont = "/nonexistent.ttf"
	if _, _, err := FormPage(f, opts); err == nil || !strings.Contains(err.Error(), "nonexistent") {
		t.Errorf("a missing bold font: err = %v", err)
	}
}

func TestWrapRunes(t *testing.T) {
	got := WrapRunes(strings.Fields("V/v tổ chức hội nghị cán bộ năm 2025"), 16)
	want := []string{"V/v tổ chức hội", "nghị cán bộ năm", "2025"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("WrapRunes = %q, want %q", got, want)
	}
}

// A ruled line gets a solid horizontal rule under it, as long as its share
// of the line; an unruled form has none.
func TestFormPageRules(t *testing.T) {
	opts := formOptions()
	longest := func(f Form) int {
		img, _, err := FormPage(f, opts)
		if err != nil {
			t.Fatal(err)
		}
		best := 0
		for y := 0; y < img.Rect.Dy()/4; y++ {
			run := 0
			for x := 0; x < img.Rect.Dx(); x++ {
				if c := img.RGBAAt(x, y); c.R == 0 && c.G == 0 && c.B == 0 {
					run++
					best = max(best, run)
				} else {
					run = 0
				}
			}
		}
		return best
	}
	f := testForm()
	plain := longest(f)
	f.Rules = map[string]float64{"Độc lập - Tự do - Hạnh phúc": 1}
	ruled := longest(f)
	if ruled <= plain*3 || ruled < 100 {
		t.Errorf("longest black run %d px with the motto ruled, %d without", ruled, plain)
	}
}

// FormMarks.Lines are the lines of print as drawn, the seal's words left
// out; SealShift moves the seal by multiples of its radius.
func TestFormPageLinesAndSealShift(t *testing.T) {
	opts := formOptions()
	f := testForm()
	_, marks, err := FormPage(f, opts)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"BAN QUẢN LÝ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 5/TB-BQL", "Độc lập - Tự do - Hạnh phúc",
		"THÔNG BÁO", "Nội dung viết cho phép thử.", "Nơi nhận:", "- Lưu: VT.", "TRƯỞNG BAN", "Hà Văn Tư"}
	if strings.Join(marks.Lines, "|") != strings.Join(want, "|") {
		t.Errorf("lines drawn %q, want %q", marks.Lines, want)
	}
	f.SealShift = [2]float64{-2, -0.5}
	_, moved, err := FormPage(f, opts)
	if err != nil {
		t.Fatal(err)
	}
	r := marks.Seal.Dx() / 2
	if dx, dy := moved.Seal.Min.X-marks.Seal.Min.X, moved.Seal.Min.Y-marks.Seal.Min.Y; abs(dx+2*r) > 2 || abs(dy+r/2) > 2 {
		t.Errorf("seal moved by (%d, %d), want about (%d, %d)", dx, dy, -2*r, -r/2)
	}
}

// A received stamp is a box of stamp ink over the right column's last
// line, the place and date: the page differs from the unstamped one there
// and nowhere else.
func TestFormPageReceivedStampOverDate(t *testing.T) {
	opts := formOptions()
	f := testForm()
	f.HeaderLeft = append(f.HeaderLeft, "")
	f.HeaderRight = append(f.HeaderRight, "Hà Nội, ngày 5 tháng 3 năm 2024")
	plain, _, err := FormPage(f, opts)
	if err != nil {
		t.Fatal(err)
	}
	f.Received = []string{"ĐẾN", "Số: 45  Ngày: 8/3"}
	stamped, _, err := FormPage(f, opts)
	if err != nil {
		t.Fatal(err)
	}
	minX, minY, maxX, maxY := plain.Rect.Dx(), plain.Rect.Dy(), -1, -1
	for y := 0; y < plain.Rect.Dy(); y++ {
		for x := 0; x < plain.Rect.Dx(); x++ {
			if plain.RGBAAt(x, y) != stamped.RGBAAt(x, y) {
				minX, minY, maxX, maxY = min(minX, x), min(minY, y), max(maxX, x), max(maxY, y)
			}
		}
	}
	if maxX < 0 {
		t.Fatal("the received stamp drew nothing")
	}
	// The date is the fourth row of the header; the stamp lies in the
	// right half, from just above that row to before the title.
	lineHeight := opts.DPI * 13 / 10 * int(opts.SizePt) / 72
	if minX < plain.Rect.Dx()/2 || maxY-minY > 3*lineHeight || minY > plain.Rect.Dy()/4 {
		t.Errorf("stamp at (%d,%d)-(%d,%d) on a %dx%d page: not a box over the date line", minX, minY, maxX, maxY, plain.Rect.Dx(), plain.Rect.Dy())
	}
}

// A received stamp pressed in the left column is a box of its own ink
// under the header's last row, in the left half of the page, with the
// clerk's handwriting in pen ink inside it; its print takes the ink asked
// for, black here, not the banner's blue.
func TestFormPageReceivedStampLeftInkAndHand(t *testing.T) {
	opts := formOptions()
	opts.DPI = 150
	f := testForm()
	plain, marks, err := FormPage(f, opts)
	if err != nil {
		t.Fatal(err)
	}
	f.Received = []string{"VĂN PHÒNG", "ĐẾN", "Số: " + HandOpen + "45" + HandClose, "Ngày: " + HandOpen + "8/3" + HandClose}
	f.ReceivedLeft = true
	f.ReceivedInk = color.RGBA{R: 20, G: 20, B: 25, A: 255}
	stamped, _, err := FormPage(f, opts)
	if err != nil {
		t.Fatal(err)
	}
	header := marks.LineBoxes[len(f.HeaderLeft)+len(f.HeaderRight)-1]
	minX, minY, maxX, maxY := plain.Rect.Dx(), plain.Rect.Dy(), -1, -1
	var pen, blue int
	for y := 0; y < plain.Rect.Dy(); y++ {
		for x := 0; x < plain.Rect.Dx(); x++ {
			c := stamped.RGBAAt(x, y)
			if plain.RGBAAt(x, y) == c {
				continue
			}
			minX, minY, maxX, maxY = min(minX, x), min(minY, y), max(maxX, x), max(maxY, y)
			switch {
			case c == penInk:
				pen++
			case int(c.B)-int(c.R) > 60:
				blue++
			}
		}
	}
	if maxX < 0 {
		t.Fatal("the received stamp drew nothing")
	}
	if maxX > plain.Rect.Dx()/2 || minY < header.Max.Y {
		t.Errorf("stamp at (%d,%d)-(%d,%d), header's last row ends at y %d: not under the left column", minX, minY, maxX, maxY, header.Max.Y)
	}
	if pen == 0 {
		t.Error("no handwriting in pen ink inside the stamp")
	}
	if blue > 0 {
		t.Errorf("%d pixels in the banner's blue: the stamp's own ink was not used", blue)
	}
}
