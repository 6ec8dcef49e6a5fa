package structure

import "testing"

// The place read with a mark lost, under a body whose name ends with it,
// is spelt as the body's name; one printed in the other tone placement, or
// naming another unit, is left as read.
func TestPlaceSpeltAsBody(t *testing.T) {
	for _, c := range []struct{ body, place, want string }{
		{"HUYỆN ĐỨC LINH", "Đúc Linh", "Đức Linh"},
		{"XÃ PHÚ HÒA", "Phủ Hòa", "Phú Hòa"},
		{"XÃ PHÚ HÒA", "Phú Hoà", "Phú Hoà"},
		{"XÃ PHÚ HÒA", "Tuy An", "Tuy An"},
		{"HUYỆN ĐỨC LINH", "Đức Linh", "Đức Linh"},
		{"XÃ PHÚ HÒA.", "Phú Hòa", "Phú Hòa"},
		{"HUYỆN ĐỨC LINH -", "Đúc Linh", "Đức Linh"},
		// The body's capitals read with fewer marks than the place: the
		// place, with more, was read right (OCR loses marks, seldom
		// makes them up).
		{"XÃ PHÚ MAN", "Phú Mân", "Phú Mân"},
		{"HUYỆN ĐỨC LÀNG", "Đức Lẵng", "Đức Lẵng"},
	} {
		checkPlace(t, c.body, c.place, c.want)
	}
}

// A syllable of the place read small is raised, as every syllable of a
// name is written (ND 30/2020 Phụ lục II), but for the unit's generic
// word; a place one letter off the body's unit name, a letter of the
// italics misread, is the body's name; one two letters off, or too short
// to tell, is left as read.
func TestPlaceCaseAndLetterFromBody(t *testing.T) {
	for _, c := range []struct{ body, place, want string }{
		{"HUYỆN TAM ĐÀO", "Tam đào", "Tam Đào"},
		{"THỊ XÃ SƠN LÂM", "Thị xã Sơn Lâm", "Thị xã Sơn Lâm"},
		{"TỈNH QUẢNG HÀ", "Quảng Nà", "Quảng Hà"},
		{"TỈNH QUẢNG HÀ", "Quảng Nà Bắc", "Quảng Nà Bắc"},
		{"TỈNH QUẢNG HÀ", "Quang Na", "Quảng Hà"},
		{"TỈNH QUẢNG HÀ", "Quáng Nà", "Quảng Hà"},
		{"TỈNH QUẢNG HÀ", "Quảng Ninh", "Quảng Ninh"},
		{"XÃ AN HÀ", "An Nà", "An Nà"},
	} {
		checkPlace(t, c.body, c.place, c.want)
	}
}

// checkPlace parses a header of a district body named body whose date line
// reads place, and checks the place found.
func checkPlace(t *testing.T, body, place, want string) {
	t.Helper()
	text := "ỦY BAN NHÂN DÂN\n" + body + "\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n" +
		"Số: 12/TB-UBND " + place + ", ngày 4 tháng 8 năm 2023\nTHÔNG BÁO\nVề lịch trực cơ quan\n"
	if got := fieldValue(Parse(text).Header.Place); got != want {
		t.Errorf("%s / %s: place %q, want %q", body, place, got, want)
	}
}
