package layout

import (
	"strings"
	"testing"
)

// On a 1-bit scan a figure written by hand in the date's blanks often
// touches the printed label beside it, and Tesseract reads label and pen
// as one word of low confidence ("ngày/1ó", "ngà)7tháng"), which the
// garbage rule dropped with the printed label. Such a word is handwriting
// in the blank: kept, and listed as such.
func TestPenRunTogetherWithDateLabelKept(t *testing.T) {
	for _, c := range []struct {
		date  []seg
		want  string
		blank Blank
	}{
		{[]seg{{x: 650, text: "Huế, ngày/1ó", conf: 3}, {x: 830, text: "tháng 6 năm 2021"}}, "Huế, ngày/1ó tháng 6 năm 2021", BlankDay},
		{[]seg{{x: 650, text: "Huế,"}, {x: 720, text: "ngà)7tháng", conf: 19}, {x: 880, text: "8 năm 2025"}}, "Huế, ngà)7tháng 8 năm 2025", BlankDay},
		{[]seg{{x: 650, text: "Huế, ngày 12"}, {x: 810, text: "tháng/7)", conf: 8}, {x: 920, text: "năm 2025"}}, "Huế, ngày 12 tháng/7) năm 2025", BlankMonth},
	} {
		b := newBuilder()
		b.add(1, 100, seg{x: 150, text: "SỞ Y TẾ"}, seg{x: 600, text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"})
		b.add(1, 135, seg{x: 680, text: "Độc lập - Tự do - Hạnh phúc"})
		b.add(1, 190, append([]seg{{x: 170, text: "Số: 12/TB-SYT"}}, c.date...)...)
		b.body(2, 300, 10)
		p := analyze(t, b.result(), nil)
		if !strings.Contains(p.Text, c.want) {
			t.Errorf("%q not kept:\n%s", c.want, p.Text)
		}
		if len(p.Handwritten) != 1 || p.Handwritten[0].Blank != c.blank || p.Handwritten[0].Sure {
			t.Errorf("%q: handwritten %+v, want one unsure of blank %v", c.want, p.Handwritten, c.blank)
		}
		if len(p.Dropped) != 0 {
			t.Errorf("%q: dropped %+v", c.want, p.Dropped)
		}
	}
}

// A date line's empty blanks, dots after the labels, are print, not
// handwriting.
func TestDottedDateBlankNotHandwriting(t *testing.T) {
	b := newBuilder()
	b.add(1, 100, seg{x: 150, text: "SỞ Y TẾ"}, seg{x: 600, text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"})
	b.add(1, 135, seg{x: 680, text: "Độc lập - Tự do - Hạnh phúc"})
	b.add(1, 190, seg{x: 170, text: "Số: 12/TB-SYT"}, seg{x: 650, text: "Huế, ngày…… tháng…… năm 2025"})
	b.body(2, 300, 10)
	if p := analyze(t, b.result(), nil); len(p.Handwritten) != 0 {
		t.Errorf("handwritten %+v, want none", p.Handwritten)
	}
}
