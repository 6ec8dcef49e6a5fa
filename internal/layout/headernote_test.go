package layout

import (
	"strings"
	"testing"
)

// noteLines is a receiving office's handling note, written for this test.
var noteLines = []string{
	"1. Chuyển phòng Kế toán xem xét tham mưu;",
	"2. Văn phòng theo dõi đôn đốc thực hiện;",
	"3. Tổ chuyên môn báo cáo kết quả;",
	"4. Lưu hồ sơ.",
}

// letterWithNote is a letter's header whose abstract (V/v …, centred under
// the number) has a handling note typed beside it in type of noteH pixels,
// left-aligned at one edge right of the left column: Tesseract reads the
// note's first two lines with the abstract's lines a word's space before
// them, its last two on their own. Then "Kính gửi" and the body.
func letterWithNote(noteH int) *builder {
	b := newBuilder()
	const edge = 400
	b.add(1, 100, seg{x: 150, text: "ỦY BAN NHÂN DÂN"}, seg{x: 600, text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"})
	b.add(1, 135, seg{x: 160, text: "HUYỆN KIM SƠN"}, seg{x: 680, text: "Độc lập - Tự do - Hạnh phúc"})
	b.add(1, 190, seg{x: 170, text: "Số: 12/UBND-VP"}, seg{x: 650, text: "Kim Sơn, ngày 3 tháng 5 năm 2024"})
	b.add(2, 225, seg{x: 150, text: "V/v tổ chức tập huấn"}, seg{x: edge, text: noteLines[0], h: noteH})
	b.add(2, 258, seg{x: 180, text: "công tác văn thư"}, seg{x: edge, text: noteLines[1], h: noteH})
	b.add(2, 291, seg{x: edge, text: noteLines[2], h: noteH})
	b.add(2, 324, seg{x: edge, text: noteLines[3], h: noteH})
	b.add(3, 400, seg{x: 300, text: "Kính gửi: Phòng Giáo dục và Đào tạo"})
	b.body(4, 460, 8)
	return b
}

// A handling note typed beside a letter's abstract, in smaller type, is no
// part of the letter (ND 30/2020 leaves the right column blank under the
// place and date): it is dropped and listed as a note, and the abstract
// joins the header's left column under the number.
func TestHandlingNoteBesideAbstractDropped(t *testing.T) {
	p := analyze(t, letterWithNote(18).result(), nil)
	for _, l := range noteLines {
		if strings.Contains(p.Text, strings.Fields(l)[1]) {
			t.Errorf("note line %q kept:\n%s", l, p.Text)
		}
	}
	want := "Số: 12/UBND-VP\nV/v tổ chức tập huấn\ncông tác văn thư\nCỘNG HÒA"
	if !strings.Contains(p.Text, want) {
		t.Errorf("abstract not under the number in the header:\n%s", p.Text)
	}
	for _, s := range []string{"Kính gửi: Phòng Giáo dục và Đào tạo", "kịp thời h"} {
		if !strings.Contains(p.Text, s) {
			t.Errorf("%q lost:\n%s", s, p.Text)
		}
	}
	if got, want := strings.Join(droppedTexts(p, ReasonNote), " "), strings.Join(noteLines, " "); got != want {
		t.Errorf("listed as note %q, want %q", got, want)
	}
}

// Lines in the document's own type beside the abstract are not told from
// print by this rule: kept, as Tesseract read them.
func TestBodySizeTextBesideAbstractKept(t *testing.T) {
	p := analyze(t, letterWithNote(lineH).result(), nil)
	for _, l := range noteLines {
		if !strings.Contains(p.Text, l) {
			t.Errorf("line %q lost:\n%s", l, p.Text)
		}
	}
	if notes := droppedTexts(p, ReasonNote); len(notes) > 0 {
		t.Errorf("dropped as a note: %q", notes)
	}
}
