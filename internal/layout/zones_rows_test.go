package layout

import (
	"strings"
	"testing"
)

// TestHeaderRowUnderBlankKept: a header whose top is cut off (or whose
// issuing body is too faint to read) keeps only the motto on the right,
// then, under a blank, the row of "Số:" on the left beside the place and
// date on the right. That row is the header's, read left then right, not
// body text run across both columns.
func TestHeaderRowUnderBlankKept(t *testing.T) {
	b := newBuilder()
	b.add(1, 40, seg{x: 680, text: "Độc lập - Tự do - Hạnh phúc"})
	// A blank of three line heights above the row.
	b.add(1, 40+4*lineH, seg{x: 170, text: "Số: 12/KH-UBND"}, seg{x: 650, text: "Kim Sơn, ngày 3 tháng 5 năm 2024"})
	b.add(2, 280, seg{x: 540, text: "KẾ HOẠCH"})
	b.body(3, 340, 6)
	p := analyze(t, b.result(), nil)
	if got, want := kinds(p), []Kind{HeaderLeft, HeaderRight}; len(got) < 2 || !equalKinds(got[:2], want) {
		t.Fatalf("regions %v, want %v first", kinds(p), want)
	}
	want := "Số: 12/KH-UBND\nĐộc lập - Tự do - Hạnh phúc\nKim Sơn, ngày 3 tháng 5 năm 2024"
	if !strings.Contains(p.Text, want) {
		t.Errorf("header not read left column then right:\n%s", p.Text)
	}
}

// TestLeftLineUnderHeaderEndsIt: a left-aligned line under a blank with
// nothing beside it ends the header (an addressee, the body's first
// line), as before.
func TestLeftLineUnderHeaderEndsIt(t *testing.T) {
	b := newBuilder()
	b.add(1, 40, seg{x: 150, text: "ỦY BAN NHÂN DÂN"}, seg{x: 600, text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"})
	b.add(1, 40+lineH+10, seg{x: 170, text: "Số: 12/KH-UBND"}, seg{x: 680, text: "Độc lập - Tự do - Hạnh phúc"})
	b.add(1, 40+2*lineH+20, seg{x: 650, text: "Kim Sơn, ngày 3 tháng 5 năm 2024"})
	b.add(2, 40+6*lineH, seg{x: 170, text: "Về việc triển khai"})
	b.body(3, 340, 6)
	p := analyze(t, b.result(), nil)
	for _, r := range p.Regions {
		if r.Kind == HeaderLeft {
			for _, l := range r.Lines {
				if strings.Contains(l.Text, "triển khai") {
					t.Errorf("a left line under a blank, nothing beside it, kept in the header: %+v", r.Lines)
				}
			}
		}
	}
}
