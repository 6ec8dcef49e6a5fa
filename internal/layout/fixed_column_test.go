package layout

import (
	"strings"
	"testing"
)

// TestFixedLineOwnColumn: the national title is read on one Tesseract
// line with the issuing body's name a word's space before it, as on a
// small photo of a page whose body name is as long as the title, or with
// an underline's end read between them ("… ĐÀ NẴNG _ CỘNG HÒA …"). The
// title is the right column's first line all the same: the header is read
// column by column, not left as body in Tesseract's order.
func TestFixedLineOwnColumn(t *testing.T) {
	for _, first := range [][]seg{
		// A word's space and a half: no column gap.
		{{x: 190, text: "ỦY BAN NHÂN DÂN THÀNH PHỐ HƯNG THỊNH"}, {x: 190 + 418 + 15, text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"}},
		{{x: 190, text: "ỦY BAN NHÂN DÂN THÀNH PHỐ HƯNG THỊNH _ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"}},
	} {
		b := newBuilder()
		b.add(1, 100, first...)
		b.add(1, 135, seg{x: 300, text: "SỞ NỘI VỤ"}, seg{x: 690, text: "Độc lập - Tự do - Hạnh phúc"})
		b.add(1, 190, seg{x: 250, text: "Số: 12/SNV-VP"}, seg{x: 600, text: "Hưng Thịnh, ngày 3 tháng 6 năm 2021"})
		b.add(2, 225, seg{x: 220, text: "V/v lịch tiếp công dân"})
		b.add(3, 275, seg{x: 250, text: "Kính gửi:"})
		b.add(3, 310, seg{x: 400, text: "- Các phòng, ban thuộc Sở;"})
		b.body(4, 360, 10)
		p := analyze(t, b.result(), nil)
		var left, right []string
		for _, r := range p.Regions {
			for _, l := range r.Lines {
				switch r.Kind {
				case HeaderLeft:
					left = append(left, l.Text)
				case HeaderRight:
					right = append(right, l.Text)
				}
			}
		}
		if len(right) == 0 || !strings.HasPrefix(right[0], "CỘNG HÒA") || len(left) == 0 || strings.Contains(left[0], "CỘNG") {
			t.Errorf("header left %q, right %q:\n%s", left, right, p.Text)
		}
		for _, l := range left {
			if strings.HasPrefix(l, "Kính gửi") {
				t.Errorf("%q is in the header's left column %q", l, left)
			}
		}
	}
}

// TestAddresseeAnyMarks: "Kính gửi" is known with its tone marks, as
// printed and as OCR misplaces them, and without them.
func TestAddresseeAnyMarks(t *testing.T) {
	for text, want := range map[string]bool{"Kính gửi:": true, "Kinh gui:": true, "Kính gứi các": true, "KÍNH GỬI": true, "Kính thưa": false, "Kỉnh": false} {
		if got := addressee(text); got != want {
			t.Errorf("addressee(%q) = %v, want %v", text, got, want)
		}
	}
}

// The number line of a Party document set beside the place and date can
// read as three phrases between dashes ("88 -CV/TU — Long Phước,"): it is no
// motto, which holds no symbol nor number, and the date line is not cut
// where such a false motto would end.
func TestNumberLineNoMotto(t *testing.T) {
	for _, text := range []string{"88 -CV/TU — Long Phước,", "12 -TB/TU — Hạnh Phước,"} {
		if mottoShaped(text, letters(text)) {
			t.Errorf("mottoShaped(%q): a number line taken for the motto", text)
		}
	}
	b := newBuilder()
	b.add(1, 100, seg{x: 200, text: "TỈNH ỦY LONG PHƯỚC"}, seg{x: 760, text: "ĐẢNG CỘNG SẢN VIỆT NAM"})
	b.add(1, 150, seg{x: 200, text: "88 -CV/TU"}, seg{x: 700, text: "— Long Phước, ngày 3 tháng 6 năm 2021"})
	b.body(2, 260, 10)
	p := analyze(t, b.result(), nil)
	if !strings.Contains(p.Text, "— Long Phước, ngày 3 tháng 6 năm 2021") {
		t.Errorf("the date line is cut:\n%s", p.Text)
	}
}
