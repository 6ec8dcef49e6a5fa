package structure

import "testing"

// The place and date line as OCR damages it: a digit of the day, the
// month or the year read as the letter it looks like (O for 0, l or I for
// 1), "ngày" lost with the rest of the date whole. The date is read back;
// its text is kept as read.
func TestHeaderDateDigitsMisread(t *testing.T) {
	for _, c := range []struct{ line, date string }{
		{"Nam Hà, ngày 0l tháng 8 năm 2023", "2023-08-01"},
		{"Nam Hà, ngày 09 tháng 0l năm 2023", "2023-01-09"},
		{"Nam Hà, ngày O9 tháng 8 năm 2023", "2023-08-09"},
		{"Nam Hà, ngày 1I tháng 8 năm 2023", "2023-08-11"},
		{"Nam Hà, ngày 09 tháng 8 năm 2O23", "2023-08-09"},
		{"Nam Hà, 09 tháng 8 năm 2023", "2023-08-09"},
		{"Nam Hà, 0l tháng 8 năm 2023", "2023-08-01"},
	} {
		t.Run(c.line, func(t *testing.T) {
			checkOCRHeader(t, headerWith(false, "Số: 48/KH-UBND", c.line), wantOCRHeader{
				issuer: "ỦY BAN NHÂN DÂN HUYỆN NAM HÀ", number: "48/KH-UBND", num: "48",
				place: "Nam Hà", date: c.date, docType: "KẾ HOẠCH", title: "Tổ chức hội nghị cán bộ năm 2023"})
		})
	}
}

// A type line OCR broke in two lines ("QUYẾT" / "ĐỊNH") is the type when
// the two make a type name letter for letter and neither does alone.
func TestHeaderTypeLineSplit(t *testing.T) {
	for _, c := range []struct{ a, b, docType string }{
		{"QUYẾT", "ĐỊNH", "QUYẾT ĐỊNH"},
		{"KẾ", "HOẠCH", "KẾ HOẠCH"},
		{"THÔNG", "BÁO", "THÔNG BÁO"},
	} {
		text := "ỦY BAN NHÂN DÂN\nHUYỆN NAM HÀ\nSố: 48/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" +
			"Độc lập - Tự do - Hạnh phúc\nNam Hà, ngày 09 tháng 8 năm 2023\n\n" + c.a + "\n" + c.b +
			"\nVề việc tổ chức hội nghị cán bộ năm 2023\nCăn cứ Luật Tổ chức chính quyền địa phương;\n"
		checkOCRHeader(t, text, wantOCRHeader{issuer: "ỦY BAN NHÂN DÂN HUYỆN NAM HÀ",
			number: "48/KH-UBND", num: "48", place: "Nam Hà", date: "2023-08-09",
			docType: c.docType, title: "Về việc tổ chức hội nghị cán bộ năm 2023"})
	}
}
