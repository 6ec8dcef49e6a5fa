package structure

import "testing"

// A number line with a speck's dash before it reads as a bullet ("— Số 36
// -KHTU", the symbol's slash lost too). It is passed over, not read: the
// number stays null, and the header goes on below it, so that the Party
// title, the place and date, the type and the title are all read.
func TestHeaderUnreadNumberLikeABullet(t *testing.T) {
	text := "HUYỆN ỦY BẮC LONG\n" +
		"— Số 36 -KHTU\n" +
		"ĐẢNG CỘNG SẢN VIỆT NAM\n" +
		"Bắc Long, ngày 14 tháng 9 năm 2022\n" +
		"\n" +
		"KẾ HOẠCH\n" +
		"Tổ chức hội nghị báo cáo viên quý III\n" +
		"Thực hiện chương trình công tác năm 2022, Ban Thường vụ Huyện ủy xây dựng kế hoạch như sau:\n"
	checkOCRHeader(t, text, wantOCRHeader{
		issuer: "HUYỆN ỦY BẮC LONG", place: "Bắc Long", date: "2022-09-14", docType: "KẾ HOẠCH",
		title: "Tổ chức hội nghị báo cáo viên quý III", dropped: []int{2},
	})
}

// "Số:" left alone on its line, the wide blank of a number not yet filled
// in having cut the line, and the symbol on the next: a letter's symbol
// ("/UBND-VX", no type code) is read as the number with its label above
// it. A symbol with a letter outside the Vietnamese alphabet is left null,
// as is "Số:" with a dash before it, and neither ends the header.
func TestHeaderLabelAloneAboveSymbol(t *testing.T) {
	for name, c := range map[string]struct{ label, symbol, want string }{
		"letter":        {"Số:", "/UBND-VX", "/UBND-VX"},
		"marked label":  {"— Số:", "/UBND-VX", "/UBND-VX"},
		"foreign glyph": {"Số:", "/ÑV-UBND", ""},
	} {
		t.Run(name, func(t *testing.T) {
			text := "ỦY BAN NHÂN DÂN\n" +
				"HUYỆN TÂN LẠC\n" +
				c.label + "\n" +
				c.symbol + "\n" +
				"V/v tổ chức tập huấn phòng cháy\n" +
				"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" +
				"Độc lập - Tự do - Hạnh phúc\n" +
				"Tân Lạc, ngày 21 tháng 4 năm 2023\n" +
				"Kính gửi: Các xã, thị trấn.\n" +
				"Thực hiện kế hoạch năm 2023, Ủy ban nhân dân huyện đề nghị như sau:\n"
			checkOCRHeader(t, text, wantOCRHeader{
				issuer: "ỦY BAN NHÂN DÂN HUYỆN TÂN LẠC", number: c.want,
				place: "Tân Lạc", date: "2023-04-21", docType: "CÔNG VĂN",
				subject: "tổ chức tập huấn phòng cháy",
			})
		})
	}
}

// The Party's star under the issuing body (HD 36), read with specks beside
// it ("* x ..e."), looks like a star bullet; it is noise, passed over, and
// the place, date, type and title below it are read.
func TestHeaderPartyStarWithSpecks(t *testing.T) {
	text := "TỈNH ỦY NAM SƠN\n" +
		"Số 52-BC/TU\n" +
		"ĐẢNG CỘNG SẢN VIỆT NAM\n" +
		"* x ..e.\n" +
		"Nam Sơn, ngày 03 tháng 6 năm 2021\n" +
		"\n" +
		"BÁO CÁO\n" +
		"Kết quả công tác dân vận sáu tháng đầu năm\n" +
		"Các cơ quan, đơn vị căn cứ chức năng, nhiệm vụ được giao triển khai thực hiện.\n"
	checkOCRHeader(t, text, wantOCRHeader{
		issuer: "TỈNH ỦY NAM SƠN", number: "52-BC/TU", num: "52", place: "Nam Sơn", date: "2021-06-03",
		docType: "BÁO CÁO", title: "Kết quả công tác dân vận sáu tháng đầu năm", dropped: []int{4},
	})
}

// A short type line, centred, falls inside the left column's span, and the
// layout may put it before the right column's lines (with an e-signature
// banner between): the national title, the motto or the Party title and
// the place and date are still read as the header's, and the title is the
// line after them, not the national title.
func TestHeaderTypeLineBeforeRightColumn(t *testing.T) {
	for name, c := range map[string]struct {
		text, issuer, place, date, typ string
	}{
		"state": {"BỘ CÔNG THƯƠNG\nSố: 21/GM-BCT\nGIẤY MỜI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" +
			"Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày 12 tháng 8 năm 2020\n\nHọp bàn kế hoạch xúc tiến thương mại\n" +
			"Kính gửi: Các cơ quan, đơn vị có liên quan.\n",
			"BỘ CÔNG THƯƠNG", "Hà Nội", "2020-08-12", "GIẤY MỜI"},
		"party with banner": {"HUYỆN ỦY ĐÔNG HẢI\nSố 88-NQ/HU\nNGHỊ QUYẾT\nNgười ký: Văn phòng\nCơ quan: Đông Hải\n" +
			"ĐẢNG CỘNG SẢN VIỆT NAM\nĐông Hải, ngày 30 tháng 11 năm 2020\n\nHọp bàn kế hoạch xúc tiến thương mại\n" +
			"Căn cứ Điều lệ Đảng, Ban Chấp hành Đảng bộ huyện quyết nghị như sau:\n",
			"HUYỆN ỦY ĐÔNG HẢI", "Đông Hải", "2020-11-30", "NGHỊ QUYẾT"},
	} {
		t.Run(name, func(t *testing.T) {
			number, num := "21/GM-BCT", "21"
			if name != "state" {
				number, num = "88-NQ/HU", "88"
			}
			checkOCRHeader(t, c.text, wantOCRHeader{
				issuer: c.issuer, number: number, num: num, place: c.place, date: c.date,
				docType: c.typ, title: "Họp bàn kế hoạch xúc tiến thương mại",
			})
			h := Parse(c.text).Header
			if h.NationalTitle == nil && h.PartyTitle == nil {
				t.Errorf("fixed title not read: %+v", h)
			}
		})
	}
}

// A date line whose "năm" a stamp or the hand filling its blanks garbled
// ("nãnh", ";tặm", or lost with the blanks): the place is read and the
// year kept in the raw date, the ISO date null.
func TestHeaderDateYearAfterGarbledNam(t *testing.T) {
	for _, c := range []struct{ dateLine, raw string }{
		{"Phú Lâm, ngày 3 YháRg,7 nãnh 2019", "nãnh 2019"},
		{"Phú Lâm, ngày 22 2 ;tặm 2019", ";tặm 2019"},
		{"Phú Lâm, ngày _ 2019", "ngày _ 2019"},
	} {
		text := "TỈNH ỦY PHÚ LÂM\nSố 64-TB/TU\nĐẢNG CỘNG SẢN VIỆT NAM\n" + c.dateLine + "\n\n" +
			"THÔNG BÁO\nKết luận của Thường trực Tỉnh ủy\nYêu cầu các cơ quan, đơn vị tổ chức thực hiện.\n"
		checkOCRHeader(t, text, wantOCRHeader{
			issuer: "TỈNH ỦY PHÚ LÂM", number: "64-TB/TU", num: "64", place: "Phú Lâm", dateRaw: c.raw,
			docType: "THÔNG BÁO", title: "Kết luận của Thường trực Tỉnh ủy",
		})
	}
}

// Specks' marks on both sides of a short body name ("~ BỘ NỘI VỤ |") weigh
// as much as its words, and an inverted exclamation mark a speck made
// before "Số" is one of them: the name is still the issuer, the number
// still read.
func TestHeaderMarksAroundShortLines(t *testing.T) {
	text := "~ BỘ NỘI VỤ |\n" +
		"¡ Số: 35/KH-BNV\n" +
		"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" +
		"Độc lập - Tự do - Hạnh phúc\n" +
		"Hà Nội, ngày 17 tháng 2 năm 2024\n" +
		"\n" +
		"KẾ HOẠCH\n" +
		"Tổ chức thi tuyển công chức năm 2024\n" +
		"Căn cứ Luật Cán bộ, công chức, Bộ Nội vụ ban hành kế hoạch như sau:\n"
	checkOCRHeader(t, text, wantOCRHeader{
		issuer: "BỘ NỘI VỤ", number: "35/KH-BNV", num: "35", place: "Hà Nội", date: "2024-02-17",
		docType: "KẾ HOẠCH", title: "Tổ chức thi tuyển công chức năm 2024",
	})
}

// A banner's label misread as one word in capitals ("SAẠOV" for "SAO Y")
// under the number is no body's name: the bodies stand above the number
// (ND 30/2020, HD 36), so the issuer stays the body above it.
func TestHeaderLoneCapitalWordUnderNumber(t *testing.T) {
	text := "ĐẢNG BỘ TỈNH ĐÔNG NAM\n" +
		"HUYỆN ỦY BẾN LỘC\n" +
		"Số 77-BC/HU\n" +
		"SAẠOV\n" +
		"Ký bởi: Văn phòng Huyện ủy\n" +
		"Thời gian ký: 2019-03-11T08:15:42+07:00\n" +
		"ĐẢNG CỘNG SẢN VIỆT NAM\n" +
		"Bến Lộc, ngày 11 tháng 3 năm 2019\n" +
		"\n" +
		"BÁO CÁO\n" +
		"Kết quả công tác tuyên giáo quý I\n" +
		"Các cơ quan, đơn vị căn cứ chức năng, nhiệm vụ được giao triển khai thực hiện.\n"
	checkOCRHeader(t, text, wantOCRHeader{
		parent: "ĐẢNG BỘ TỈNH ĐÔNG NAM", issuer: "HUYỆN ỦY BẾN LỘC", number: "77-BC/HU", num: "77",
		place: "Bến Lộc", date: "2019-03-11", docType: "BÁO CÁO", title: "Kết quả công tác tuyên giáo quý I",
		dropped: []int{4},
	})
}

// A Party number whose slash OCR lost is read where its type code ends in a
// small letter that marks where the slash stood ("42-CTrBTGTU"); a code of
// capitals run together ("42-BCTU") is not split, as no letter tells where.
func TestPartyNumberSlashLost(t *testing.T) {
	for _, c := range []struct{ line, want, num string }{
		{"Số 42-CTrBTGTU", "42-CTr/BTGTU", "42"},
		{"Số 42 -TTrHU", "42-TTr/HU", "42"},
		{"Số 42-BCTU", "", ""},
	} {
		d, _ := findNumber(c.line)
		switch {
		case c.want == "" && d != nil:
			t.Errorf("%q: number %q, want null", c.line, d.Raw)
		case c.want != "" && (d == nil || d.Raw != c.want || d.Number != c.num):
			t.Errorf("%q: number %+v, want %q (%q)", c.line, d, c.want, c.num)
		}
	}
}
