package structure

import (
	"slices"
	"strings"
	"testing"
)

// wantOCRHeader is what a header damaged by OCR must still give. An empty
// string wants the field null; dateRaw is a part the date's raw text must
// keep when its ISO form is null.
type wantOCRHeader struct {
	parent, issuer          string
	number, num             string
	place, date, dateRaw    string
	docType, title, subject string
	dropped                 []int
}

func checkOCRHeader(t *testing.T, text string, want wantOCRHeader) {
	t.Helper()
	doc := Parse(text)
	h := doc.Header
	checkField(t, "parent_body", h.ParentBody, want.parent)
	checkField(t, "issuing_body", h.IssuingBody, want.issuer)
	checkField(t, "place", h.Place, want.place)
	checkField(t, "doc_type", h.DocType, want.docType)
	switch {
	case want.number == "" && h.Number != nil:
		t.Errorf("number = %+v, want null", h.Number)
	case want.number != "" && h.Number == nil:
		t.Errorf("number = null, want %q", want.number)
	case h.Number != nil && (h.Number.Raw != want.number || h.Number.Number != want.num):
		t.Errorf("number = %q (number part %q), want %q (%q)", h.Number.Raw, h.Number.Number, want.number, want.num)
	}
	iso, raw := "", ""
	if h.Date != nil {
		raw = h.Date.Raw
		if h.Date.ISO != nil {
			iso = *h.Date.ISO
		}
	}
	if iso != want.date {
		t.Errorf("date = %q (raw %q), want %q", iso, raw, want.date)
	}
	if want.dateRaw != "" && !strings.Contains(raw, want.dateRaw) {
		t.Errorf("date raw = %q, want it to keep %q", raw, want.dateRaw)
	}
	if want.dateRaw == "" && want.date == "" && h.Date != nil {
		t.Errorf("date = %+v, want null", h.Date)
	}
	if got := fieldValue(h.Title); !strings.HasPrefix(got, want.title) || (want.title == "") != (h.Title == nil) {
		t.Errorf("title = %q, want prefix %q", got, want.title)
	}
	if got := fieldValue(h.Subject); !strings.HasPrefix(got, want.subject) || (want.subject == "") != (h.Subject == nil) {
		t.Errorf("subject = %q, want prefix %q", got, want.subject)
	}
	for _, n := range want.dropped {
		if !slices.Contains(doc.Dropped, n) {
			t.Errorf("line %d not listed in dropped_lines %v", n, doc.Dropped)
		}
	}
	if slices.Contains(doc.Warnings, "no header found") {
		t.Errorf("warning %q", "no header found")
	}
	checkSpans(t, doc, strings.Count(text, "\n")+1)
}

// Lines an e-signature or a copy adds above the header, wrapped or not,
// are passed over and listed, and the header under them is read as usual.
func TestHeaderUnderBanners(t *testing.T) {
	text := `SAO Y: Văn phòng Ủy ban nhân dân huyện
Người ký: Trần Văn Bình
Cơ quan: Văn phòng Ủy ban nhân dân
huyện Tân Hòa, tỉnh Tây Nam
Thời gian ký: 2025-09-15T09:07:12+07:00
ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ TÂN HÒA Độc lập - Tự do - Hạnh phúc
Số: 45/KH-UBND Tân Hòa, ngày 3 tháng 4 năm 2025
KẾ HOẠCH
Tổ chức ngày hội đọc sách năm 2025
Thực hiện chương trình công tác năm, Ủy ban nhân dân xã ban hành kế hoạch như sau:
I. MỤC ĐÍCH
`
	checkOCRHeader(t, text, wantOCRHeader{
		issuer: "ỦY BAN NHÂN DÂN XÃ TÂN HÒA", number: "45/KH-UBND", num: "45",
		place: "Tân Hòa", date: "2025-04-03", docType: "KẾ HOẠCH",
		title: "Tổ chức ngày hội đọc sách năm 2025", dropped: []int{1, 2, 3, 4, 5},
	})
}

// One garbled line holding the number, the place and the date must not
// end the header: the symbol is kept without its unreadable number, the
// date keeps its year without an ISO form, and the type line with stray
// marks and a wrong mark ("THÔNG BẢO") and the title below are still read.
func TestHeaderAfterGarbledNumberLine(t *testing.T) {
	for name, text := range map[string]string{
		"rows": `BỘ NÔNG NGHIỆP CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRƯỜNG CAO ĐẲNG CƠ GIỚI Độc lập - Tự do - Hạnh phúc
Số: 3#7/TB-CĐCG, Đà Lạt, ngà¿4háng0„ năm 2023
_—_ THÔNG BẢO
Về việc nghỉ học ngày lễ
Căn cứ lịch năm học đã ban hành;
`,
		"blocks": `BỘ NÔNG NGHIỆP
TRƯỜNG CAO ĐẲNG CƠ GIỚI
SÓ„3⁄7/TB-CĐCG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đà Lạt, ngà¿4háng0„ năm 2023

- THÔNG BÁO
Về việc nghỉ học ngày lễ
Căn cứ lịch năm học đã ban hành;
`,
	} {
		t.Run(name, func(t *testing.T) {
			checkOCRHeader(t, text, wantOCRHeader{
				parent: "BỘ NÔNG NGHIỆP", issuer: "TRƯỜNG CAO ĐẲNG CƠ GIỚI",
				number: "/TB-CĐCG", place: "Đà Lạt", dateRaw: "năm 2023",
				docType: "THÔNG BÁO", title: "Về việc nghỉ học ngày lễ",
			})
		})
	}
}

// A space OCR puts inside the month ("tháng 0 6") loses neither the date
// nor the place and type around it.
func TestHeaderDateWithSplitNumber(t *testing.T) {
	text := `SỞ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 15/QĐ-STC Bình An, ngày 12 tháng 0 6 năm 2024
QUYẾT ĐỊNH
Về việc phê duyệt dự toán năm 2024
GIÁM ĐỐC SỞ TÀI CHÍNH
Căn cứ Luật Ngân sách nhà nước;
`
	checkOCRHeader(t, text, wantOCRHeader{
		issuer: "SỞ TÀI CHÍNH", number: "15/QĐ-STC", num: "15",
		place: "Bình An", date: "2024-06-12", docType: "QUYẾT ĐỊNH",
		title: "Về việc phê duyệt dự toán năm 2024",
	})
}

// A date whose day is unreadable, or out of range, keeps its text (with
// month and year) and gets no ISO form.
func TestHeaderPartialDates(t *testing.T) {
	for name, c := range map[string]struct{ line, raw string }{
		"day glued to a bar":  {"Hòa Bình, ngày|5 tháng 7 năm 2022", "tháng 7 năm 2022"},
		"day read as 81":      {"Hòa Bình, ngày 81 tháng 7 năm 2022", "tháng 7 năm 2022"},
		"month out of range":  {"Hòa Bình, ngày 15 tháng 17 năm 2022", "năm 2022"},
		"month a symbol":      {"Hòa Bình, ngày 15 tháng § năm 2022", "năm 2022"},
		"day and month gone":  {"Hòa Bình, ngà¿2háng0„ năm 2022", "năm 2022"},
		"spaced but 31 April": {"Hòa Bình, ngày 3 1 tháng 0 4 năm 2022", "năm 2022"},
	} {
		t.Run(name, func(t *testing.T) {
			text := "CÔNG TY CỔ PHẦN SÔNG ĐÀ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" +
				"Số: 8/TB-SĐ " + c.line + "\nTHÔNG BÁO\nLịch làm việc tháng 7\n"
			checkOCRHeader(t, text, wantOCRHeader{
				issuer: "CÔNG TY CỔ PHẦN SÔNG ĐÀ", number: "8/TB-SĐ", num: "8",
				place: "Hòa Bình", dateRaw: c.raw, docType: "THÔNG BÁO", title: "Lịch làm việc tháng 7",
			})
		})
	}
}

// Stamp and signature garbage inside the header is passed over; a type
// line Tesseract read on one row with a stamp's words is still the type;
// a stamp's line between the type and the title is passed over; a stray
// mark before the preamble's first word still ends the title.
func TestHeaderWithStampNoise(t *testing.T) {
	text := `ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN LONG ĐIỀN Độc lập - Tự do - Hạnh phúc
ƒ#Ð ~~::..¤¤ :=
Số: 07/2024/NQ-HĐND Long Điền, ngày 9 tháng 8 năm 2024
x
Vào sổ 4512 NGHỊ QUYẾT
Ñ~ ¤¤ÐĐ
Về kế hoạch đầu tư công trung hạn
j Căn cứ Luật Tổ chức chính quyền địa phương;
`
	checkOCRHeader(t, text, wantOCRHeader{
		issuer: "ỦY BAN NHÂN DÂN HUYỆN LONG ĐIỀN", number: "07/2024/NQ-HĐND", num: "07",
		place: "Long Điền", date: "2024-08-09", docType: "NGHỊ QUYẾT",
		title: "Về kế hoạch đầu tư công trung hạn", dropped: []int{3, 5, 7},
	})
	doc := Parse(text)
	if got := fieldValue(doc.Header.Title); strings.Contains(got, "Căn cứ") {
		t.Errorf("title %q runs into the preamble", got)
	}
}

// A Party header given column by column, its number's digits unreadable:
// "Số" without a colon, the "*" under the issuer, the symbol kept alone.
func TestPartyHeaderDamagedNumber(t *testing.T) {
	text := `ĐẢNG BỘ TỈNH NAM SƠN
HUYỆN ỦY ĐỒNG LẠC
*
Số ÿ7-KH/HU
ĐẢNG CỘNG SẢN VIỆT NAM
Đồng Lạc, ngày 8 tháng 3 năm 2024

KẾ HOẠCH
triển khai học tập chuyên đề năm 2024
I. MỤC ĐÍCH, YÊU CẦU
`
	checkOCRHeader(t, text, wantOCRHeader{
		parent: "ĐẢNG BỘ TỈNH NAM SƠN", issuer: "HUYỆN ỦY ĐỒNG LẠC", number: "-KH/HU",
		place: "Đồng Lạc", date: "2024-03-08", docType: "KẾ HOẠCH",
		title: "triển khai học tập chuyên đề năm 2024",
	})
}

// A letter given column by column (the layout stage's order): the "V/v"
// subject wrapping under the number, the date after the national title.
func TestLetterHeaderColumnByColumn(t *testing.T) {
	text := `SỞ GIÁO DỤC VÀ ĐÀO TẠO
TRƯỜNG THPT HOA SEN
Số: 112/THPTHS-VP
V/v tổ chức kiểm tra
học kỳ II
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hoa Sen, ngày 20 tháng 0 6 năm 2024
Kính gửi: Các tổ chuyên môn
Nhà trường đề nghị các tổ chuyên môn thực hiện như sau:
`
	checkOCRHeader(t, text, wantOCRHeader{
		parent: "SỞ GIÁO DỤC VÀ ĐÀO TẠO", issuer: "TRƯỜNG THPT HOA SEN",
		number: "112/THPTHS-VP", num: "112", place: "Hoa Sen", date: "2024-06-20",
		docType: "CÔNG VĂN", subject: "tổ chức kiểm tra học kỳ II",
	})
}

// Nothing is made up from damage: a symbol whose type code is unknown is
// no number, a date without a readable year is no date.
func TestDamagedHeaderInventsNothing(t *testing.T) {
	text := `ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ PHÚ AN Độc lập - Tự do - Hạnh phúc
Số: #@!/XY-ABC
Phú An, ngày 4 tháng 5 năm 2#2?
THÔNG BÁO
Kết quả tuyển dụng viên chức
`
	checkOCRHeader(t, text, wantOCRHeader{
		issuer: "ỦY BAN NHÂN DÂN XÃ PHÚ AN", docType: "THÔNG BÁO",
		title: "Kết quả tuyển dụng viên chức",
	})
}

func TestNoiseAndBannerLines(t *testing.T) {
	for text, want := range map[string]bool{
		"ƒ#Ð ~~::..¤¤ :=":                 true,
		"zzEE=HI£U TRƯỞNG":                true,
		"x":                               true,
		"ỦY BAN NHÂN DÂN":                 false,
		"BỘ GD&ĐT":                        false,
		"SỞ KH-ĐT":                        false,
		"UBND TỈNH LÂM ĐỒNG":              false,
		"Độc lập - Tự do - Hạnh phúc":     false,
		"Về việc tổ chức hội nghị":        false,
		"Số: 12/QĐ-UBND":                  false,
		"Hà Nội, ngày 5 tháng 3 năm 2024": false,
	} {
		if got := isNoiseLine(text); got != want {
			t.Errorf("isNoiseLine(%q) = %v, want %v", text, got, want)
		}
	}
	for text, want := range map[string]bool{
		"SAO Y: Sở Nội vụ":                  true,
		"SAO Y BẢN CHÍNH":                   true,
		"Thời gian ký: 2025-09-15T09:07:12": true,
		"Người ký: Nguyễn Văn An":           true,
		"Email: vanthu@example.vn":          true,
		"CƠ QUAN ỦY BAN KIỂM TRA":           false,
		"Số: 12/QĐ-UBND":                    false,
		"SAOLA":                             false,
		// Damaged as OCR damages the stamp: words run together, a label
		// misread by a letter, a colon read as a comma, the time read
		// with its '+' as '<' or '*'.
		"SAOY":                              true,
		"SAOVY":                             true,
		"SAO TRỜI":                          false,
		"Người kẻ, Bộ phận một cửa":         true,
		"Thái gian ký; 03.02.2019 10:41:07": true,
		"Ký bạc, 2024-1-0BT09 12:44<07.00":  true,
		"Cơ quaa Phường Tây Sơn *07.00":     true,
		"Cơ quan, đơn vị thực hiện nghiêm túc.": false,
		"Cơ quan, đơn vị căn cứ kết luận":       false,
		"Lúc 9 giờ 30 ngày 5 tháng 3 năm 2024":  false,
	} {
		if got := isBannerLine(text); got != want {
			t.Errorf("isBannerLine(%q) = %v, want %v", text, got, want)
		}
	}
	for text, want := range map[string]string{
		"Vào sổ 4512 NGHỊ QUYẾT":       "NGHỊ QUYẾT",
		"BAN HÀNH QUYẾT ĐỊNH":          "",
		"DANH MỤC KÈM THEO QUYẾT ĐỊNH": "",
		"Số 12 LUẬT":                   "",
		// A stamp's "ĐẾN" read as a short word on the type's row; a
		// heading that ends in a type's name keeps its own words.
		"ĐỊA KẾT LUẬN":        "KẾT LUẬN",
		"ĐẾN KẾ HOẠCH":        "KẾ HOẠCH",
		"DANH MỤC QUYẾT ĐỊNH": "",
		"TÓM TẮT KẾT LUẬN":    "",
	} {
		if got, _ := matchTrailingDocType(text); got != want {
			t.Errorf("matchTrailingDocType(%q) = %q, want %q", text, got, want)
		}
	}
}

// A comma OCR lost between the place and the date, a misread "Số", the
// receiving office's "Đến" stamp and a type line with one small letter or
// lost marks do not lose the fields.
func TestHeaderCommonMisreadings(t *testing.T) {
	text := `CÔNG VĂN ĐẾN
ĐẾN Số: 318 Ngày: 12/3
Chuyển: Phòng Tổng hợp
BỘ XÂY DỰNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
CỤC QUẢN LÝ NHÀ Độc lập - Tự do - Hạnh phúc
Só: 27/BC-QLN Hà Nội ngày 10 tháng 3 năm 2025
BÁO CÁo
Tình hình thị trường bất động sản quý I
I. TÌNH HÌNH CHUNG
`
	checkOCRHeader(t, text, wantOCRHeader{
		parent: "BỘ XÂY DỰNG", issuer: "CỤC QUẢN LÝ NHÀ", number: "27/BC-QLN", num: "27",
		place: "Hà Nội", date: "2025-03-10", docType: "BÁO CÁO",
		title: "Tình hình thị trường bất động sản quý I", dropped: []int{1, 2, 3},
	})
	for typeLine, want := range map[string]string{
		"THONG BAO": "THÔNG BÁO", "THÔNG BẢO": "THÔNG BÁO", "- THÔNG BÁO": "THÔNG BÁO",
		"_—_ THÔNG BẢO": "THÔNG BÁO", "TH0NG BÁO": "THÔNG BÁO", "QUYÉT ĐỊNH": "QUYẾT ĐỊNH",
		"KÊ HOẠCH": "KẾ HOẠCH", "NGHI QUYET": "NGHỊ QUYẾT", "T H Ô N G  B Á O": "THÔNG BÁO",
		"K Ế T L U Ậ N": "KẾT LUẬN",
	} {
		if got, _, _ := matchDocType(typeLine); got != want {
			t.Errorf("matchDocType(%q) = %q, want %q", typeLine, got, want)
		}
	}
	// The fuzzy match is bounded: another word is no type.
	for _, line := range []string{"THÔNG TIN", "KẾT QUẢ", "Thông báo", "T H Ô N G T I N"} {
		if got, _, ok := matchDocType(line); ok {
			t.Errorf("matchDocType(%q) = %q, want no type", line, got)
		}
	}
	// Without its comma the place must be a name in capitals and the date
	// whole or framed by its printed words: a sentence with "ngày" in it
	// is no place and date, nor is a damaged date without its frame.
	for _, line := range []string{"trong thời gian ngày 10 tháng 3 năm 2025", "Hà Nội ngày 10 § 2025", "Hà Nội ngày 10 tháng § 2025"} {
		if place, _, df := findPlaceDate(line); df != nil {
			t.Errorf("findPlaceDate(%q) = %q, %+v, want none", line, place, df)
		}
	}
	// A framed date with a blank unread keeps its year, with no ISO form.
	if place, _, df := findPlaceDate("Hà Nội ngày 10 tháng § năm 2025"); place != "Hà Nội" || df == nil || df.ISO != nil || !strings.Contains(df.Raw, "2025") {
		t.Errorf("findPlaceDate(framed, month unread) = %q, %+v, want Hà Nội and the year alone", place, df)
	}
}

// The right column given before the left one still gives every field.
func TestHeaderRightColumnFirst(t *testing.T) {
	text := `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 5 tháng 3 năm 2024
BỘ XÂY DỰNG
CỤC QUẢN LÝ NHÀ
Số: 27/BC-QLN
V/v báo cáo quý I
Kính gửi: Bộ trưởng
Cục Quản lý nhà báo cáo như sau:
`
	checkOCRHeader(t, text, wantOCRHeader{
		parent: "BỘ XÂY DỰNG", issuer: "CỤC QUẢN LÝ NHÀ", number: "27/BC-QLN", num: "27",
		place: "Hà Nội", date: "2024-03-05", docType: "CÔNG VĂN", subject: "báo cáo quý I",
	})
}

// "V/v" and "Kính gửi" as OCR often reads them still make a letter.
func TestLetterMarksMisread(t *testing.T) {
	text := `ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ PHÚ AN Độc lập - Tự do - Hạnh phúc
Số: 31/UBND-VP Phú An, ngày 4 tháng 5 năm 2024
Vlv rà soát hộ nghèo
Kính gứi: Các thôn, ấp
Ủy ban nhân dân xã đề nghị các thôn, ấp rà soát.
`
	checkOCRHeader(t, text, wantOCRHeader{
		issuer: "ỦY BAN NHÂN DÂN XÃ PHÚ AN", number: "31/UBND-VP", num: "31",
		place: "Phú An", date: "2024-05-04", docType: "CÔNG VĂN", subject: "rà soát hộ nghèo",
	})
	if r := Parse(text).Header.Recipients; len(r) != 1 || r[0].Value != "Các thôn, ấp" {
		t.Errorf("recipients = %+v", r)
	}
}

// "Số" with its S read as the section sign it resembles, a speck before it
// and the Party dash parted by a space, on the row of the place and date:
// number, place and date are still read.
func TestNumberLabelReadAsSectionSign(t *testing.T) {
	text := `TỈNH ỦY LÂM ĐỒNG ĐẢNG CỘNG SẢN VIỆT NAM
-§6 415 -CT/TU ~ Đà Lạt, ngày 12 tháng 5 năm 2022
CHỈ THỊ
về tăng cường công tác phòng, chống thiên tai
Các cấp ủy, tổ chức đảng thực hiện nghiêm chỉ thị này.
`
	checkOCRHeader(t, text, wantOCRHeader{
		issuer: "TỈNH ỦY LÂM ĐỒNG", number: "415-CT/TU", num: "415",
		place: "Đà Lạt", date: "2022-05-12", docType: "CHỈ THỊ",
		title: "về tăng cường công tác phòng, chống thiên tai",
	})
}

// The Party title with "ĐẢNG" lost, alone on its line below the body's
// name, is the Party title, not an issuing body.
func TestPartyTitleWithoutFirstWord(t *testing.T) {
	text := `~|THÀNH ỦY CẦN THƠ
CỘNG SẢN VIỆT NAM

Số 52-HD/TU Cần Thơ, ngày 9 tháng 10 năm 2022
HƯỚNG DẪN

Tổ chức hội nghị học tập nghị quyết
Các cấp ủy tổ chức thực hiện nghiêm túc.
`
	checkOCRHeader(t, text, wantOCRHeader{
		issuer: "THÀNH ỦY CẦN THƠ", number: "52-HD/TU", num: "52",
		place: "Cần Thơ", date: "2022-10-09", docType: "HƯỚNG DẪN",
		title: "Tổ chức hội nghị học tập nghị quyết",
	})
	if h := Parse(text).Header; h.PartyTitle == nil || h.Family != "party" {
		t.Errorf("party title %+v, family %q", h.PartyTitle, h.Family)
	}
}

// A letter's "V/v" abstract that wraps, read in Tesseract's order where the
// right column's lines share the rows of the left one: the wrapped line
// naming something in capitals and digits ("H5N1") goes on with the
// abstract, though the date is already read.
func TestSubjectWrapsWithCodeName(t *testing.T) {
	text := "ỦY BAN NHÂN DÂN HUYỆN NAM HÀ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" +
		"PHÒNG Y TẾ Độc lập - Tự do - Hạnh phúc\n" +
		"Số: 48/PYT-NV Nam Hà, ngày 09 tháng 8 năm 2023\n" +
		"V/v tổ chức tiêm vắc xin\ncho đàn gia cầm phòng cúm H5N1\n" +
		"Kính gửi: Các xã, thị trấn.\n\nThực hiện chỉ đạo của huyện, Phòng Y tế đề nghị như sau:\n"
	checkOCRHeader(t, text, wantOCRHeader{issuer: "PHÒNG Y TẾ", parent: "ỦY BAN NHÂN DÂN HUYỆN NAM HÀ",
		number: "48/PYT-NV", num: "48", place: "Nam Hà", date: "2023-08-09", docType: "CÔNG VĂN",
		subject: "tổ chức tiêm vắc xin cho đàn gia cầm phòng cúm H5N1"})
}

// A receiving office's handling note typed onto the copy beside a letter's
// abstract, a numbered list, read by Tesseract on the abstract's rows: the
// abstract ends where an item opens on its row, and the item lines after
// it are not the abstract's.
func TestSubjectBesideNumberedNote(t *testing.T) {
	text := "ỦY BAN NHÂN DÂN HUYỆN NAM HÀ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" +
		"PHÒNG Y TẾ Độc lập - Tự do - Hạnh phúc\n" +
		"Số: 48/PYT-NV Nam Hà, ngày 09 tháng 8 năm 2023\n" +
		"V/v tiêm chủng mở rộng 1. Anh Bình soạn văn bản trả lời cho các xã\n" +
		"cho trẻ em dưới năm tuổi 2 Chị Lan tổng hợp số liệu;\n" +
		"trong quý III năm 2023 3. Văn phòng theo dõi, đôn đốc;\n" +
		"4. Lưu hồ sơ.\n" +
		"Kính gửi: Các xã, thị trấn.\n\nThực hiện chỉ đạo của huyện, Phòng Y tế đề nghị như sau:\n"
	want := "tiêm chủng mở rộng cho trẻ em dưới năm tuổi trong quý III năm 2023"
	doc := Parse(text)
	if got := fieldValue(doc.Header.Subject); got != want {
		t.Errorf("subject = %q, want %q", got, want)
	}
	// The note's items under the abstract are passed over and listed, and
	// the header reads on to "Kính gửi"; no part of the note is the body's.
	if len(doc.Header.Recipients) != 1 || !slices.Contains(doc.Dropped, 7) {
		t.Errorf("recipients %+v, dropped lines %v: want one recipient and line 7 dropped", doc.Header.Recipients, doc.Dropped)
	}
	for _, n := range doc.Body {
		if strings.Contains(n.Heading+strings.Join(n.Paragraphs, " "), "Lưu hồ sơ") {
			t.Errorf("the note's item %q is in the body", n.Heading+strings.Join(n.Paragraphs, " "))
		}
	}
	// An abstract that counts things, with no list on its row, is whole.
	text = strings.Replace(text, "V/v tiêm chủng mở rộng 1. Anh Bình soạn văn bản trả lời cho các xã\n"+
		"cho trẻ em dưới năm tuổi 2 Chị Lan tổng hợp số liệu;\ntrong quý III năm 2023 3. Văn phòng theo dõi, đôn đốc;\n4. Lưu hồ sơ.\n",
		"V/v hỗ trợ 2 Trạm y tế xã\n", 1)
	if got := fieldValue(Parse(text).Header.Subject); got != "hỗ trợ 2 Trạm y tế xã" {
		t.Errorf("subject = %q, want %q", got, "hỗ trợ 2 Trạm y tế xã")
	}
}
