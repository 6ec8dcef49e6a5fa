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

// The pen's number written close after "Số:" is read run together with
// the label, a speck before it perhaps ("\"Số:4#b17"), with low
// confidence; the garbage rule dropped the label with it. It is
// handwriting in the number's blank: kept, and listed as such, and the
// printed symbol after it stays on the line.
func TestPenRunTogetherWithNumberLabelKept(t *testing.T) {
	for _, c := range []struct{ word, symbol string }{
		{`"Số:4#b17`, "/TB-SYT"},
		{"Số:3g)", "-CV/ĐU"},
	} {
		b := newBuilder()
		b.add(1, 100, seg{x: 150, text: "SỞ Y TẾ"}, seg{x: 600, text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"})
		b.add(1, 135, seg{x: 680, text: "Độc lập - Tự do - Hạnh phúc"})
		b.add(1, 190, seg{x: 170, text: c.word, conf: 12}, seg{x: 170 + (len([]rune(c.word))+1)*charW, text: c.symbol}, seg{x: 650, text: "Huế, ngày 3 tháng 6 năm 2021"})
		b.body(2, 300, 10)
		p := analyze(t, b.result(), nil)
		if want := c.word + " " + c.symbol; !strings.Contains(p.Text, want) {
			t.Errorf("%q not kept:\n%s", want, p.Text)
		}
		if len(p.Handwritten) != 1 || p.Handwritten[0].Blank != BlankNumber || p.Handwritten[0].Sure {
			t.Errorf("%q: handwritten %+v, want one unsure number", c.word, p.Handwritten)
		}
		if len(p.Dropped) != 0 {
			t.Errorf("%q: dropped %+v", c.word, p.Dropped)
		}
	}
}

// A "Số" read before a word of print, or alone, is no blank filled by hand.
func TestNumberLabelWithoutPen(t *testing.T) {
	for text, want := range map[string]bool{`"Số:4#b17`: true, "Số:3g)": true, "Số:": false, "Số:....": false, "Sở": false, "Sơn": false, "số12": true} {
		if got := penAfterNumberLabel(text); got != want {
			t.Errorf("penAfterNumberLabel(%q) = %v, want %v", text, got, want)
		}
	}
}
