package structure

import "testing"

// Scanner specks and short strokes in the left column are read as stray
// marks before a line ("` . V/v …", ". Số: …", "` ỦY BAN …") or after it,
// and as short lines of marks between lines. The marks are stripped from
// the number, the subject and the issuing body, and the lines of marks do
// not end the header before the right column (title, motto, place and
// date) is read.
func TestHeaderStrayMarksInLeftColumn(t *testing.T) {
	text := "` ỦY BAN NHÂN DÂN\n" +
		"HUYỆN THANH BÌNH .\n" +
		". Số: 112/UBND-VP\n" +
		"` . V/v tổ chức kiểm tra công tác\n" +
		"phòng chống thiên tai năm 2024 '\n" +
		"' ,\n" +
		"~ . -\n" +
		"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" +
		"Độc lập - Tự do - Hạnh phúc\n" +
		"| Thanh Bình, ngày 5 tháng 3 năm 2024 `\n" +
		"Kính gửi: Các xã, thị trấn.\n" +
		"Thực hiện kế hoạch năm 2024, Ủy ban nhân dân huyện đề nghị như sau:\n"
	checkOCRHeader(t, text, wantOCRHeader{
		issuer: "ỦY BAN NHÂN DÂN HUYỆN THANH BÌNH", number: "112/UBND-VP", num: "112",
		place: "Thanh Bình", date: "2024-03-05", docType: "CÔNG VĂN",
		subject: "tổ chức kiểm tra công tác phòng chống thiên tai năm 2024",
		dropped: []int{6},
	})
	h := Parse(text).Header
	if got := fieldValue(h.Subject); got != "tổ chức kiểm tra công tác phòng chống thiên tai năm 2024" {
		t.Errorf("subject = %q, want it without the stray marks", got)
	}
}

// A stray mark before the number line of a Party header, and one before
// its type line, are passed over as the type line's are.
func TestPartyHeaderStrayMarks(t *testing.T) {
	text := "HUYỆN ỦY ĐỒNG LẠC\n" +
		"*\n" +
		"' Số 47-KH/HU\n" +
		"ĐẢNG CỘNG SẢN VIỆT NAM\n" +
		"- Đồng Lạc, ngày 12 tháng 10 năm 2023\n" +
		"` KẾ HOẠCH\n" +
		"tổ chức hội nghị học tập nghị quyết\n" +
		"Thực hiện chương trình công tác năm 2023, Ban Thường vụ Huyện ủy xây dựng kế hoạch như sau:\n"
	checkOCRHeader(t, text, wantOCRHeader{
		issuer: "HUYỆN ỦY ĐỒNG LẠC", number: "47-KH/HU", num: "47",
		place: "Đồng Lạc", date: "2023-10-12", docType: "KẾ HOẠCH",
		title: "tổ chức hội nghị học tập nghị quyết",
	})
}

// (A line of dashes, dots and tildes alone is taken for a printed rule,
// passed over and not listed.)
//
// A line no rule reads, with lines of marks under it, still lies in the
// header zone when a header item stands below the marks: the lines of
// marks do not count in the look-ahead, so the national title, the place
// and date and the type line below them are read.
func TestHeaderLookaheadPassesNoiseLines(t *testing.T) {
	text := "SỞ GIÁO DỤC VÀ ĐÀO TẠO\n" +
		"Số: 318/KH-SGDĐT\n" +
		"Cđ vnd hoc truong nhu\n" +
		"' .\n" +
		"- ~\n" +
		", |\n" +
		"` '\n" +
		"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" +
		"Độc lập - Tự do - Hạnh phúc\n" +
		"Tân Hòa, ngày 20 tháng 8 năm 2024\n" +
		"KẾ HOẠCH\n" +
		"Tổ chức năm học mới\n" +
		"Căn cứ hướng dẫn nhiệm vụ năm học;\n"
	checkOCRHeader(t, text, wantOCRHeader{
		issuer: "SỞ GIÁO DỤC VÀ ĐÀO TẠO", number: "318/KH-SGDĐT", num: "318",
		place: "Tân Hòa", date: "2024-08-20", docType: "KẾ HOẠCH",
		title: "Tổ chức năm học mới", dropped: []int{3, 4, 6, 7},
	})
}

// The right column may come first, and the left one after it with marks
// and lines of marks in it: each field is found where it stands.
func TestHeaderRightColumnFirstWithMarks(t *testing.T) {
	text := "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" +
		"Độc lập - Tự do - Hạnh phúc\n" +
		"Hà Nội, ngày 02 tháng 01 năm 2025 .\n" +
		"- '\n" +
		"BỘ TÀI CHÍNH\n" +
		"~ .\n" +
		"` Số: 9/BTC-NSNN\n" +
		". V/v hướng dẫn lập dự toán\n" +
		"Kính gửi: Các bộ, cơ quan ngang bộ.\n" +
		"Căn cứ Luật Ngân sách nhà nước, Bộ Tài chính hướng dẫn như sau:\n"
	checkOCRHeader(t, text, wantOCRHeader{
		issuer: "BỘ TÀI CHÍNH", number: "9/BTC-NSNN", num: "9",
		place: "Hà Nội", date: "2025-01-02", docType: "CÔNG VĂN",
		subject: "hướng dẫn lập dự toán", dropped: []int{4},
	})
}

// Marks a speck left between the number and the place on one row ("Số:
// 296/GM-UBND „ ~— Tây Sơn, …") are not part of the place.
func TestHeaderMarksBetweenNumberAndPlace(t *testing.T) {
	text := "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" +
		"' HUYỆN AN LẠC ~ Độc lập - Tự do - Hạnh phúc\n" +
		"Số: 29/GM-UBND „ ~— An Lạc, ngày 09 tháng 01 năm 2017\n" +
		"GIẤY MỜI\n" +
		"Họp công tác tuyển sinh năm học 2017 - 2018\n" +
		"Kính gửi: Các cơ quan, đơn vị có liên quan.\n"
	checkOCRHeader(t, text, wantOCRHeader{
		issuer: "ỦY BAN NHÂN DÂN HUYỆN AN LẠC", number: "29/GM-UBND", num: "29",
		place: "An Lạc", date: "2017-01-09", docType: "GIẤY MỜI",
		title: "Họp công tác tuyển sinh năm học 2017 - 2018",
	})
}

// A line of two or three capitals in the left column (the Party's star
// and a speck read as "X TC") is no body's name: the issuer stays the
// line above it and the number below is read.
func TestHeaderShortCapitalsNotABody(t *testing.T) {
	text := "` TỈNH ỦY BẮC HÀ\n" +
		"X TC\n" +
		"Số 218 -HD/TU\n" +
		"ĐẢNG CỘNG SẢN VIỆT NAM\n" +
		"| ` Bắc Hà, ngày 01 tháng 12 năm 2023\n" +
		"HƯỚNG DẪN\n" +
		"Về xây dựng nông thôn mới nâng cao\n" +
		"Các cơ quan, đơn vị căn cứ chức năng, nhiệm vụ được giao triển khai thực hiện.\n"
	checkOCRHeader(t, text, wantOCRHeader{
		issuer: "TỈNH ỦY BẮC HÀ", place: "Bắc Hà", date: "2023-12-01", docType: "HƯỚNG DẪN",
		number: "218-HD/TU", num: "218",
		title: "Về xây dựng nông thôn mới nâng cao", dropped: []int{2},
	})
}

// A dash or a star a speck makes before a body's name ("-_ ỦY BAN …", "—
// HUYỆN ỦY …") is no bullet: above the number and the date, a line in
// capitals with marks before it is still the left column's.
func TestHeaderBodyAfterMarkLikeABullet(t *testing.T) {
	for name, c := range map[string]struct {
		text           string
		parent, issuer string
		number, num    string
	}{
		"state": {"-_ ỦY BAN NHÂN DÂN\nTỈNH BÌNH SƠN\n*+ Số: 2172/QĐ-UBND -\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" +
			"Độc lập - Tự do - Hạnh phúc\nBình Sơn, ngày 16 tháng 01 năm 2017\n\nQUYẾT ĐỊNH\nVề việc giao chỉ tiêu năm 2017\n" +
			"Các cơ quan, đơn vị căn cứ chức năng, nhiệm vụ được giao triển khai thực hiện.\n",
			"", "ỦY BAN NHÂN DÂN TỈNH BÌNH SƠN", "2172/QĐ-UBND", "2172"},
		"party": {"` ĐẢNG BỘ TỈNH BÌNH SƠN\n— HUYỆN ỦY BA LA `\nSố 26-BC/HU\nĐẢNG CỘNG SẢN VIỆT NAM\n" +
			"Ba La, ngày 28 tháng 01 năm 2017\n\nBÁO CÁO\nVề việc giao chỉ tiêu năm 2017\n" +
			"Các cơ quan, đơn vị căn cứ chức năng, nhiệm vụ được giao triển khai thực hiện.\n",
			"ĐẢNG BỘ TỈNH BÌNH SƠN", "HUYỆN ỦY BA LA", "26-BC/HU", "26"},
	} {
		t.Run(name, func(t *testing.T) {
			place, typ := "Bình Sơn", "QUYẾT ĐỊNH"
			date := "2017-01-16"
			if name == "party" {
				place, typ, date = "Ba La", "BÁO CÁO", "2017-01-28"
			}
			checkOCRHeader(t, c.text, wantOCRHeader{
				parent: c.parent, issuer: c.issuer, number: c.number, num: c.num,
				place: place, date: date, docType: typ, title: "Về việc giao chỉ tiêu năm 2017",
			})
		})
	}
}

// A number run into its label ("Số18-KL/TU", the space lost to a speck's
// mark before it) keeps all its digits: the one character OCR may add to
// the label is never a digit.
func TestHeaderNumberRunIntoLabel(t *testing.T) {
	text := "TỈNH ỦY QUẢNG BẮC\n" +
		"— Số18-KL/TU\n" +
		"ĐẢNG CỘNG SẢN VIỆT NAM\n" +
		"|. Quảng Bắc, ngày 24 tháng 3 năm 2015\n" +
		"KẾT LUẬN\n" +
		"Của Ban Thường vụ về kế hoạch sử dụng đất năm 2015\n" +
		"Các cơ quan, đơn vị căn cứ chức năng, nhiệm vụ được giao triển khai thực hiện.\n"
	checkOCRHeader(t, text, wantOCRHeader{
		issuer: "TỈNH ỦY QUẢNG BẮC", number: "18-KL/TU", num: "18",
		place: "Quảng Bắc", date: "2015-03-24", docType: "KẾT LUẬN",
		title: "Của Ban Thường vụ về kế hoạch sử dụng đất năm 2015",
	})
}
