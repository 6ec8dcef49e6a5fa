package structure

import "testing"

// Tests of header rules from the forms of ND 30/2020 and HD 36-HD/VPTW and
// from how OCR damages them, each on text written for it (places, bodies
// and numbers made up).

// An e-signature banner OCR garbled above the header — its labels
// misread, its colon read as a comma, the '+' of its time zone as '<' — is
// passed over, not taken for the end of the header.
func TestHeaderUnderGarbledBanner(t *testing.T) {
	text := `Ký bạn, Văn phòng Uš bản nhận dân
Thới gián ký, 2021-11-2BT16. 36:44<07.00
TỈNH ỦY NAM SƠN ĐẢNG CỘNG SẢN VIỆT NAM
Số 207-KL/TU Nam Sơn, ngày 28 tháng 11 năm 2021
KẾT LUẬN
về công tác dân vận năm 2021
I. KẾT QUẢ
`
	checkOCRHeader(t, text, wantOCRHeader{
		issuer: "TỈNH ỦY NAM SƠN", number: "207-KL/TU", num: "207",
		place: "Nam Sơn", date: "2021-11-28", docType: "KẾT LUẬN",
		title: "về công tác dân vận năm 2021", dropped: []int{1, 2},
	})
}

// A banner the layout read between the number and the national title (it
// stands at the top right, over the right column) does not end the header:
// lines no rule reads, with a header item not yet read a few lines below,
// lie in the header zone.
func TestHeaderWithBannerInside(t *testing.T) {
	text := `ỦY BAN NHÂN DÂN TỈNH ĐÔNG SƠN
SỞ XÂY DỰNG
Số: 241/PA-SXD
Người kẻ, Văn phong
Cơ guao Đông Sơn
Thứ gian ký ;:19 04 2017 16 16:01 *07.00
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đông Sơn, ngày 19 tháng 4 năm 2017

PHƯƠNG ÁN
Bảo đảm an toàn công trình mùa mưa bão
I. MỤC TIÊU
`
	checkOCRHeader(t, text, wantOCRHeader{
		parent: "ỦY BAN NHÂN DÂN TỈNH ĐÔNG SƠN", issuer: "SỞ XÂY DỰNG",
		number: "241/PA-SXD", num: "241", place: "Đông Sơn", date: "2017-04-19",
		docType: "PHƯƠNG ÁN", title: "Bảo đảm an toàn công trình mùa mưa bão",
		dropped: []int{4, 5, 6},
	})
}

// A Party number whose dash OCR read as another mark, or whose "Số" it
// misread beyond the usual, or whose handwritten number part it garbled
// with a space before the dash, keeps what is readable and does not spill
// into the place.
func TestPartyNumberMarksMisread(t *testing.T) {
	for _, c := range []struct {
		line, number, num string
	}{
		{"số 1439 _BC/HU Tân Lạc, ngày 28 tháng 6 năm 2022", "1439-BC/HU", "1439"},
		{"sẽ 2069 .KL/HU Tân Lạc, ngày 28 tháng 6 năm 2022", "2069-KL/HU", "2069"},
		{"Số 24Š5 -TB/HU Tân Lạc, ngày 28 tháng 6 năm 2022", "-TB/HU", ""},
		{"Số 31—CT/HU Tân Lạc, ngày 28 tháng 6 năm 2022", "31-CT/HU", "31"},
	} {
		text := `ĐẢNG BỘ TỈNH NAM SƠN
HUYỆN ỦY TÂN LẠC
ĐẢNG CỘNG SẢN VIỆT NAM

` + c.line + `
BÁO CÁO
tình hình kinh tế - xã hội sáu tháng đầu năm
I. TÌNH HÌNH
`
		checkOCRHeader(t, text, wantOCRHeader{
			parent: "ĐẢNG BỘ TỈNH NAM SƠN", issuer: "HUYỆN ỦY TÂN LẠC", number: c.number, num: c.num,
			place: "Tân Lạc", date: "2022-06-28", docType: "BÁO CÁO",
			title: "tình hình kinh tế - xã hội sáu tháng đầu năm",
		})
	}
	// A word in "s" before a code is no "Số" unless the code is whole.
	if d, _ := findNumber("sẽ 2#5-KL/HU"); d != nil && d.Number != "" {
		t.Errorf("findNumber(%q) = %+v, want no number part", "sẽ 2#5-KL/HU", d)
	}
	if d, _ := findNumber("số 12 _ thôn Đông"); d != nil {
		t.Errorf("findNumber(%q) = %+v, want nil", "số 12 _ thôn Đông", d)
	}
}

// The abstract ends on no full stop (ND 30/2020 Phụ lục I): a sentence
// with a capital first that runs to one opens the body, with or without a
// blank line OCR kept between them; a wrapped abstract stays whole.
func TestTitleEndsBeforeBodySentence(t *testing.T) {
	for name, text := range map[string]string{
		"no blank": `ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN TÂN LẠC Độc lập - Tự do - Hạnh phúc
Số: 52/BC-UBND Tân Lạc, ngày 02 tháng 01 năm 2023
BÁO CÁO
Tổng kết công tác phòng, chống thiên tai
năm 2022
Các xã, thị trấn đã chủ động triển khai phương án ứng phó, bảo đảm an toàn
cho người dân trong mùa mưa bão.
I. KẾT QUẢ
`,
		"blank": `ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN TÂN LẠC Độc lập - Tự do - Hạnh phúc
Số: 52/BC-UBND Tân Lạc, ngày 02 tháng 01 năm 2023
BÁO CÁO
Tổng kết công tác phòng, chống thiên tai
năm 2022

Các xã, thị trấn đã chủ động triển khai phương án ứng phó.
I. KẾT QUẢ
`,
	} {
		t.Run(name, func(t *testing.T) {
			h := Parse(text).Header
			if got := fieldValue(h.Title); got != "Tổng kết công tác phòng, chống thiên tai năm 2022" {
				t.Errorf("title = %q", got)
			}
		})
	}
}

// Under the type line, an abstract may open with a word a preamble
// sentence opens with ("Thực hiện …"): it is the abstract when its lines
// end on no punctuation before the next sentence; a clause that ends on a
// comma or a colon, or a legal basis, is the preamble.
func TestTitleOpeningLikePreamble(t *testing.T) {
	head := `ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN TÂN LẠC Độc lập - Tự do - Hạnh phúc
Số: 15/KH-UBND Tân Lạc, ngày 12 tháng 5 năm 2023
KẾ HOẠCH
`
	for body, want := range map[string]string{
		"Thực hiện công tác phòng cháy, chữa cháy\ntại khu dân cư\nCác xã triển khai ngay.\n":           "Thực hiện công tác phòng cháy, chữa cháy tại khu dân cư",
		"Thực hiện công tác tiêm chủng mở rộng\n\nI. MỤC ĐÍCH\n":                                        "Thực hiện công tác tiêm chủng mở rộng",
		"Thực hiện Chỉ thị số 05/CT-UBND của tỉnh, Ủy ban nhân dân huyện\nban hành kế hoạch như sau:\n": "",
		"Căn cứ Luật Phòng cháy và chữa cháy\nI. MỤC ĐÍCH\n":                                            "",
	} {
		h := Parse(head + body).Header
		if got := fieldValue(h.Title); got != want {
			t.Errorf("under %q: title = %q, want %q", body, got, want)
		}
	}
}

// A letter's "V/v" subject wraps in the left column: a line in small
// letters right under it continues it even when row-by-row OCR read the
// date first, or when it holds more digits than letters ("nhiệm kỳ 2025 -
// 2030"), and a blank line between does not cut it.
func TestLetterSubjectWraps(t *testing.T) {
	for name, text := range map[string]string{
		"rows": `ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN TÂN LẠC Độc lập - Tự do - Hạnh phúc
Số: 88/UBND-VX Tân Lạc, ngày 14 tháng 8 năm 2025
V/v tổ chức Đại hội Hội Cựu chiến binh
nhiệm kỳ 2025 - 2030
Kính gửi: Ủy ban nhân dân các xã.
`,
		"columns": `ỦY BAN NHÂN DÂN
HUYỆN TÂN LẠC
Số: 88/UBND-VX
V/v tổ chức Đại hội Hội Cựu chiến binh

nhiệm kỳ 2025 - 2030
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tân Lạc, ngày 14 tháng 8 năm 2025
Kính gửi: Ủy ban nhân dân các xã.
`,
	} {
		t.Run(name, func(t *testing.T) {
			h := Parse(text).Header
			if got := fieldValue(h.Subject); got != "tổ chức Đại hội Hội Cựu chiến binh nhiệm kỳ 2025 - 2030" {
				t.Errorf("subject = %q", got)
			}
			if fieldValue(h.Place) != "Tân Lạc" || h.Date == nil || h.Date.ISO == nil || *h.Date.ISO != "2025-08-14" {
				t.Errorf("place %q, date %+v", fieldValue(h.Place), h.Date)
			}
		})
	}
}

// A number line no rule reads (its type code garbled) that OCR put on the
// row of the place and date is cut from the place; the number stays null.
func TestUnreadNumberLeavesPlace(t *testing.T) {
	text := `HUYỆN ỦY TÂN LẠC
ĐẢNG CỘNG SẢN VIỆT NAM
*
Số 285-T1CR/HU Tân Lạc, ngày 10 tháng 3 năm 2022
TỜ TRÌNH
đề nghị phê duyệt kế hoạch năm 2022
I. SỰ CẦN THIẾT
`
	checkOCRHeader(t, text, wantOCRHeader{
		issuer: "HUYỆN ỦY TÂN LẠC", place: "Tân Lạc", date: "2022-03-10",
		docType: "TỜ TRÌNH", title: "đề nghị phê duyệt kế hoạch năm 2022",
	})
	for in, want := range map[string]string{
		"Số 285-T1CR/HU Tân Lạc": "Tân Lạc",
		"Số: 14UBND-NN Hà Tĩnh":  "Hà Tĩnh",
		"Sơn Tây":                "Sơn Tây",
		"Số 12":                  "Số 12",
	} {
		if got := dropUnreadNumber(in); got != want {
			t.Errorf("dropUnreadNumber(%q) = %q, want %q", in, got, want)
		}
	}
}

// A body name too long for the left column is set on two lines, broken
// before its "VÀ" or after a comma ("SỞ KHOA HỌC" / "VÀ CÔNG NGHỆ"): the
// second line continues the issuing body, it is not a body of its own.
func TestHeaderBodyNameWrapped(t *testing.T) {
	for _, c := range []struct{ left1, left2, issuer string }{
		{"SỞ KHOA HỌC", "VÀ CÔNG NGHỆ", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"},
		{"SỞ LAO ĐỘNG, THƯƠNG BINH", "VÀ XÃ HỘI", "SỞ LAO ĐỘNG, THƯƠNG BINH VÀ XÃ HỘI"},
		{"SỞ GIAO THÔNG VẬN TẢI,", "XÂY DỰNG", "SỞ GIAO THÔNG VẬN TẢI, XÂY DỰNG"},
	} {
		text := "UBND TỈNH ĐÔNG SƠN\n" + c.left1 + "\n" + c.left2 + `
Số: 58/KH-SKHCN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đông Sơn, ngày 09 tháng 8 năm 2022

KẾ HOẠCH
Kiểm tra công tác thống kê năm 2022
I. MỤC TIÊU
`
		checkOCRHeader(t, text, wantOCRHeader{
			parent: "UBND TỈNH ĐÔNG SƠN", issuer: c.issuer,
			number: "58/KH-SKHCN", num: "58", place: "Đông Sơn", date: "2022-08-09",
			docType: "KẾ HOẠCH", title: "Kiểm tra công tác thống kê năm 2022",
		})
	}
}

// A banner's "SAO Y" label OCR garbled into two or three capital words,
// read under the number, is no body's name: the bodies stand above the
// number in the left column.
func TestShortCapitalsUnderNumber(t *testing.T) {
	for _, junk := range []string{"SẠO Ỵ", "NAO Y", "TY (TT (TT"} {
		text := "HUYỆN ỦY NAM HÀ\nBAN DÂN VẬN\nSố 212-NQ/BDVHU\n" + junk + `
Ký bởi: Văn phòng Huyện ủy
ĐẢNG CỘNG SẢN VIỆT NAM
Nam Hà, ngày 13 tháng 9 năm 2021

NGHỊ QUYẾT
Về công tác dân vận năm 2021
I. MỤC ĐÍCH
`
		checkOCRHeader(t, text, wantOCRHeader{
			parent: "HUYỆN ỦY NAM HÀ", issuer: "BAN DÂN VẬN",
			number: "212-NQ/BDVHU", num: "212", place: "Nam Hà", date: "2021-09-13",
			docType: "NGHỊ QUYẾT", title: "Về công tác dân vận năm 2021", dropped: []int{4, 5},
		})
	}
}
