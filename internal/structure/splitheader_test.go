package structure

import "testing"

// A number line whose "Số" label was lost, its number blank left empty:
// the code alone on its line, under a Party body and above an e-signature
// banner the layout put in the left column's order, is the number, its
// number part null; the header goes on to the Party title and the date.
func TestHeaderNumberWithoutLabel(t *testing.T) {
	text := "THÀNH ỦY HẢI ĐĂNG\n" +
		"-KH/TU\n" +
		"Người ký: Văn phòng\n" +
		"Cơ quan: Hải Đăng\n" +
		"Thời gian ký: 04.05.2019 10:11:12 +07:00\n" +
		"ĐẢNG CỘNG SẢN VIỆT NAM\n" +
		"Hải Đăng, ngày 4 tháng 5 năm 2019\n" +
		"\n" +
		"KẾ HOẠCH\n" +
		"triển khai công tác thử nghiệm năm 2019\n" +
		"Thực hiện chương trình công tác năm 2019, Ban Thường vụ Thành ủy ban hành kế hoạch như sau:\n"
	checkOCRHeader(t, text, wantOCRHeader{
		issuer: "THÀNH ỦY HẢI ĐĂNG", number: "-KH/TU", place: "Hải Đăng", date: "2019-05-04",
		docType: "KẾ HOẠCH", title: "triển khai công tác thử nghiệm năm 2019",
	})
	// The state form: "/QĐ-UBND" alone, and a whole number alone.
	for _, c := range []struct{ code, num string }{{"/QĐ-UBND", ""}, {"37/QĐ-UBND", "37"}} {
		text := "ỦY BAN NHÂN DÂN\nXÃ THỬ NGHIỆM\n" + c.code + "\n" +
			"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n" +
			"Thử Nghiệm, ngày 2 tháng 9 năm 2023\n\nQUYẾT ĐỊNH\nVề việc thử nghiệm\n" +
			"Căn cứ Luật Tổ chức chính quyền địa phương;\n"
		checkOCRHeader(t, text, wantOCRHeader{
			issuer: "ỦY BAN NHÂN DÂN XÃ THỬ NGHIỆM", number: c.code, num: c.num, place: "Thử Nghiệm",
			date: "2023-09-02", docType: "QUYẾT ĐỊNH", title: "Về việc thử nghiệm",
		})
	}
}

// A code alone on a line is the number only in the header zone and with a
// type code the decrees list: a body line "12/ABC" or a code under the
// type line is not taken.
func TestBareNumberNeedsKnownType(t *testing.T) {
	for _, s := range []string{"12/ABC", "-XYZ/TU", "12/QĐ-UBND của Ủy ban", "Số liệu 2024"} {
		if d := bareNumber(s); d != nil {
			t.Errorf("bareNumber(%q) = %+v, want nil", s, d)
		}
	}
	if d := bareNumber("  5-NQ/HU ."); d == nil || d.Number != "5" || d.TypeCode != "NQ" || d.IssuerCode != "HU" {
		t.Errorf("bareNumber(5-NQ/HU) = %+v", d)
	}
}

// A date whose day and month blanks were left empty, cut at those blanks:
// "…, ngày" on the number's row and "tháng năm 2021" below the right
// column's fixed lines. The place is read, and the date keeps its year
// with a null ISO form; a day read on the first part and a month on the
// second make a whole date.
func TestHeaderDateCutAtItsBlanks(t *testing.T) {
	text := "ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM\n" +
		"SỞ KHOA HỌC VÀ CÔNG NGHỆ\n" +
		"Số: 13/NQ-SKHCN Thử Nghiệm, ngày\n" +
		"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" +
		"Độc lập - Tự do - Hạnh phúc\n" +
		"tháng năm 2021\n" +
		"\n" +
		"NGHỊ QUYẾT\n" +
		"Về việc thử nghiệm công tác năm 2021\n" +
		"Căn cứ Luật Khoa học và Công nghệ;\n"
	checkOCRHeader(t, text, wantOCRHeader{
		parent: "ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM", issuer: "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
		number: "13/NQ-SKHCN", num: "13", place: "Thử Nghiệm", dateRaw: "năm 2021",
		docType: "NGHỊ QUYẾT", title: "Về việc thử nghiệm công tác năm 2021",
	})
	filled := "BỘ THỬ NGHIỆM\nSố: 8/TB-BTN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHà Nội, ngày 14\n" +
		"Độc lập - Tự do - Hạnh phúc\ntháng 6 năm 2022\n\nTHÔNG BÁO\nKết quả thử nghiệm\nNgày 10 tháng 6, Bộ đã họp.\n"
	checkOCRHeader(t, filled, wantOCRHeader{
		issuer: "BỘ THỬ NGHIỆM", number: "8/TB-BTN", num: "8", place: "Hà Nội", date: "2022-06-14",
		docType: "THÔNG BÁO", title: "Kết quả thử nghiệm",
	})
	// A stamp's ink over the date: both parts garbled, the year read.
	stamped := "TỈNH ỦY THỬ NGHIỆM\nThử Nghiệm, ngài\nNgười ký: Văn phòng\nCơ quan: Thử Nghiệm\nThời gian ký: 19.12.2016 13:17:23 +07:00\nĐẢNG CỘNG SẢN VIỆT NAM\n12,năm 2016\n\n" +
		"CHƯƠNG TRÌNH\nCông tác thử nghiệm năm 2016\nThực hiện chỉ đạo của Ban Thường vụ, Tỉnh ủy xây dựng chương trình như sau:\n"
	checkOCRHeader(t, stamped, wantOCRHeader{
		issuer: "TỈNH ỦY THỬ NGHIỆM", place: "Thử Nghiệm", dateRaw: "năm 2016",
		docType: "CHƯƠNG TRÌNH", title: "Công tác thử nghiệm năm 2016",
	})
	// The line the rest came from is left as it was when nothing joins.
	lines, _ := splitLines("Hà Nội, ngày\nCỘNG HÒA\n\nĐiều 1. Thử\n", nil)
	if got := joinSplitDates(lines); &got[0] != &lines[0] || got[0].text != "Hà Nội, ngày" {
		t.Errorf("joinSplitDates changed lines without a date's rest: %v", got)
	}
}

// A date line a stamp's ink garbled, "năm" glued to a mark and read with
// an m, the stamp's own letters after the year; and a date whose empty
// blanks took "tháng năm" with them. The place is read, the year kept,
// the ISO date null: nothing is invented.
func TestHeaderDateYearOnly(t *testing.T) {
	for _, c := range []struct{ dateLine, raw string }{
		{"| ._ Thử Nghiệm, ngày È. tháng, ..3,măm 2015 TT ` JÊN „", "măm 2015"},
		{"Thử Nghiệm, ngày 2015", "ngày 2015"},
	} {
		text := "TỈNH ỦY THỬ NGHIỆM\n— Số 18-KL/TU\nĐẢNG CỘNG SẢN VIỆT NAM\n" + c.dateLine + "\n\n" +
			"KẾT LUẬN\ncủa Ban Thường vụ về công tác thử nghiệm\nYêu cầu các cơ quan, đơn vị tổ chức thực hiện.\n"
		checkOCRHeader(t, text, wantOCRHeader{
			issuer: "TỈNH ỦY THỬ NGHIỆM", number: "18-KL/TU", num: "18", place: "Thử Nghiệm", dateRaw: c.raw,
			docType: "KẾT LUẬN", title: "của Ban Thường vụ về công tác thử nghiệm",
		})
	}
}
