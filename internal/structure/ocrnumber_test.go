package structure

import "testing"

// headerWith is a header written for these tests, a district's (state)
// or a district Party committee's (party), with the number line and the
// place and date line given.
func headerWith(party bool, numLine, dateLine string) string {
	if party {
		return "ĐẢNG BỘ TỈNH ĐÔNG SƠN\nHUYỆN ỦY NAM HÀ\n*\n" + numLine + "\nĐẢNG CỘNG SẢN VIỆT NAM\n" + dateLine +
			"\n\nKẾ HOẠCH\nTổ chức hội nghị cán bộ năm 2023\nI. MỤC ĐÍCH\n"
	}
	return "ỦY BAN NHÂN DÂN\nHUYỆN NAM HÀ\n" + numLine + "\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n" + dateLine +
		"\n\nKẾ HOẠCH\nTổ chức hội nghị cán bộ năm 2023\nI. MỤC ĐÍCH\n"
}

// A number line as OCR damages its marks: the slash between the number
// and the symbol read as "1", "l", "I" or lost, a dash read as "~" or "—",
// the year's "20" read as "2O". What the marks' shapes tell for sure is
// read back; where a digit and a lost mark cannot be told apart (a "1"
// that may be the slash), the number is left empty and the symbol kept.
func TestNumberMarksMisread(t *testing.T) {
	for _, c := range []struct {
		party       bool
		line        string
		number, num string
	}{
		{false, "Số: 7UBND-VX", "7/UBND-VX", "7"},
		{false, "Số: 71UBND-VX", "/UBND-VX", ""},
		{false, "Số: 48KH-UBND", "48/KH-UBND", "48"},
		{false, "Số: 481KH-UBND", "/KH-UBND", ""},
		{false, "Số: 48lKH-UBND", "48/KH-UBND", "48"},
		{false, "Số: 48IKH-UBND", "48/KH-UBND", "48"},
		{false, "Số: 48/KH~UBND", "48/KH-UBND", "48"},
		{false, "Số: 48/KH—UBND", "48/KH-UBND", "48"},
		{false, "Số: 48/2O23/QĐ-UBND", "48/2023/QĐ-UBND", "48"},
		{false, "Số: 48/2023/QĐ~UBND", "48/2023/QĐ-UBND", "48"},
		{true, "Số 48-KH1HU", "48-KH/HU", "48"},
		{true, "Số 48-KHlHU", "48-KH/HU", "48"},
		{true, "Số 48~KH/HU", "48-KH/HU", "48"},
		// A mark OCR put on a symbol's letter, which no code has.
		{true, "Số 48-KH/BDVHỦ", "48-KH/BDVHU", "48"},
		{true, "Số 48 -KH/BDVHỦ", "48-KH/BDVHU", "48"},
		{false, "Số: 48/KH-SGDĐT", "48/KH-SGDĐT", "48"},
		{false, "Số: 48/KH-ỦBND", "48/KH-UBND", "48"},
	} {
		t.Run(c.line, func(t *testing.T) {
			place := "Nam Hà, ngày 09 tháng 8 năm 2023"
			want := wantOCRHeader{issuer: "HUYỆN ỦY NAM HÀ", parent: "ĐẢNG BỘ TỈNH ĐÔNG SƠN",
				number: c.number, num: c.num, place: "Nam Hà", date: "2023-08-09",
				docType: "KẾ HOẠCH", title: "Tổ chức hội nghị cán bộ năm 2023"}
			if !c.party {
				want.issuer, want.parent = "ỦY BAN NHÂN DÂN HUYỆN NAM HÀ", ""
			}
			checkOCRHeader(t, headerWith(c.party, c.line, place), want)
		})
	}
}

// A number's blank printed as a row of dots and filled by hand: the dots
// the hand left uncovered are read as marks parted by spaces between the
// handwriting and the symbol. The symbol is kept and the unreadable number
// left empty.
func TestNumberBlankDotsLeft(t *testing.T) {
	for _, line := range []string{
		"Số: 0/6. ./KH-UBND",
		"Số: 7x . . /KH-UBND",
		"Số: .. . /KH-UBND",
	} {
		t.Run(line, func(t *testing.T) {
			want := wantOCRHeader{issuer: "ỦY BAN NHÂN DÂN HUYỆN NAM HÀ", number: "/KH-UBND", place: "Nam Hà",
				date: "2023-08-09", docType: "KẾ HOẠCH", title: "Tổ chức hội nghị cán bộ năm 2023"}
			checkOCRHeader(t, headerWith(false, line, "Nam Hà, ngày 09 tháng 8 năm 2023"), want)
		})
	}
}

// A symbol whose last part writes the drafting unit out in words ("/TB-QL
// Tổ chức"), on the number line alone or with its label lost, keeps the
// words; a place beside it in Tesseract's row order does not join it.
func TestNumberUnitSpelledOut(t *testing.T) {
	for _, c := range []struct{ line, number, num string }{
		{"Số: 48/KH-QL Tổ chức", "48/KH-QL Tổ chức", "48"},
		{"/KH-QL Tổ chức cán bộ", "/KH-QL Tổ chức cán bộ", ""},
		{"Số: 48/KH-UBND", "48/KH-UBND", "48"},
	} {
		t.Run(c.line, func(t *testing.T) {
			want := wantOCRHeader{issuer: "ỦY BAN NHÂN DÂN HUYỆN NAM HÀ", number: c.number, num: c.num, place: "Nam Hà",
				date: "2023-08-09", docType: "KẾ HOẠCH", title: "Tổ chức hội nghị cán bộ năm 2023"}
			checkOCRHeader(t, headerWith(false, c.line, "Nam Hà, ngày 09 tháng 8 năm 2023"), want)
		})
	}
	for _, c := range []struct{ row, number, place string }{
		{"Số: 48/KH-PYT Nam Hà, ngày 09 tháng 8 năm 2023", "48/KH-PYT", "Nam Hà"},
		// In Tesseract's row order the place and date follow the words.
		{"Số: 48/KH-QL Tổ chức Nam Hà, ngày 09 tháng 8 năm 2023", "48/KH-QL Tổ chức", "Nam Hà"},
		{"Số: 48/KH-PYT Thị xã Nam Hà, ngày 09 tháng 8 năm 2023", "48/KH-PYT", "Thị xã Nam Hà"},
	} {
		text := "ỦY BAN NHÂN DÂN HUYỆN NAM HÀ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nPHÒNG Y TẾ Độc lập - Tự do - Hạnh phúc\n" +
			c.row + "\n\nKẾ HOẠCH\nTổ chức hội nghị cán bộ năm 2023\nI. MỤC ĐÍCH\n"
		t.Run(c.row, func(t *testing.T) {
			checkOCRHeader(t, text, wantOCRHeader{issuer: "PHÒNG Y TẾ", parent: "ỦY BAN NHÂN DÂN HUYỆN NAM HÀ",
				number: c.number, num: "48", place: c.place, date: "2023-08-09", docType: "KẾ HOẠCH",
				title: "Tổ chức hội nghị cán bộ năm 2023"})
		})
	}
}
