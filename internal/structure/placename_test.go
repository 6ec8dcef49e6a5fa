package structure

import "testing"

// The place read with a mark lost, under a body whose name ends with it,
// is spelt as the body's name; one printed in the other tone placement, or
// naming another unit, is left as read.
func TestPlaceSpeltAsBody(t *testing.T) {
	header := func(body, place string) string {
		return "ỦY BAN NHÂN DÂN\n" + body + "\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n" +
			"Số: 12/TB-UBND " + place + ", ngày 4 tháng 8 năm 2023\nTHÔNG BÁO\nVề lịch trực cơ quan\n"
	}
	for _, c := range []struct{ body, place, want string }{
		{"HUYỆN ĐỨC LINH", "Đúc Linh", "Đức Linh"},
		{"XÃ PHÚ HÒA", "Phủ Hòa", "Phú Hòa"},
		{"XÃ PHÚ HÒA", "Phú Hoà", "Phú Hoà"},
		{"XÃ PHÚ HÒA", "Tuy An", "Tuy An"},
		{"HUYỆN ĐỨC LINH", "Đức Linh", "Đức Linh"},
		{"XÃ PHÚ HÒA.", "Phú Hòa", "Phú Hòa"},
		{"HUYỆN ĐỨC LINH -", "Đúc Linh", "Đức Linh"},
	} {
		h := Parse(header(c.body, c.place)).Header
		if got := fieldValue(h.Place); got != c.want {
			t.Errorf("%s / %s: place %q, want %q", c.body, c.place, got, c.want)
		}
	}
}
