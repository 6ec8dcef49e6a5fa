package structure

import "testing"

// header builds a state header in the order the layout gives it, the left
// column block first: bodies, the number line and what follows it, then
// the fixed lines, the place and date line, and the rest.
func header(left, dateLine, rest string) string {
	return left + "\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n" +
		dateLine + "\n\n" + rest + "\nCăn cứ Luật Tổ chức chính quyền địa phương;\n"
}

// The place and date line whose comma OCR lost or read as a period, with
// the day and month the hand wrote read as marks: the place is kept, and
// the date keeps its text and year without an ISO form, as long as the
// printed words "ngày", "tháng" and "năm" still frame it.
func TestPlaceDateCommaLostBlanksUnread(t *testing.T) {
	for name, tc := range map[string]struct{ line, date, raw string }{
		"comma lost":     {"Tân Hòa ngày 0? tháng 2# năm 2025", "", "năm 2025"},
		"comma as stop":  {"Tân Hòa. ngày 1Š tháng 12 năm 2024", "", "năm 2024"},
		"stop, readable": {"Tân Hòa. ngày 15 tháng 12 năm 2024", "2024-12-15", ""},
	} {
		t.Run(name, func(t *testing.T) {
			text := header("ỦY BAN NHÂN DÂN\nHUYỆN TÂN HÒA\nSố: 45/QĐ-UBND", tc.line,
				"QUYẾT ĐỊNH\nVề việc thành lập tổ công tác")
			checkOCRHeader(t, text, wantOCRHeader{
				issuer: "ỦY BAN NHÂN DÂN HUYỆN TÂN HÒA", number: "45/QĐ-UBND", num: "45",
				place: "Tân Hòa", date: tc.date, dateRaw: tc.raw, docType: "QUYẾT ĐỊNH",
				title: "Về việc thành lập tổ công tác",
			})
		})
	}
	// Without its frame the line is not taken for a date.
	doc := Parse(header("ỦY BAN NHÂN DÂN\nHUYỆN TÂN HÒA\nSố: 45/QĐ-UBND", "Tân Hòa ngày 0? 2# 2025",
		"QUYẾT ĐỊNH\nVề việc thành lập tổ công tác"))
	if doc.Header.Date != nil {
		t.Errorf("date = %+v from a line without tháng and năm, want null", doc.Header.Date)
	}
}

// A number written by hand in the blank of "Số: ___/QĐ-UBND" and read as
// a mark and figures, or as marks alone before a letter's symbol (a công
// văn's symbol is the body's code and its unit's, in no list of type
// codes): the symbol is kept and the number part left empty. A symbol with
// a letter outside the Vietnamese alphabet is OCR's guess and is not kept.
func TestHandwrittenNumberBeforeSymbol(t *testing.T) {
	left := "ỦY BAN NHÂN DÂN\nHUYỆN TÂN HÒA\n"
	for name, tc := range map[string]struct{ line, rest, number, docType, title, subject string }{
		"mark and figures": {"Số: á. 506 /QĐ-UBND", "QUYẾT ĐỊNH\nVề việc thành lập tổ công tác",
			"/QĐ-UBND", "QUYẾT ĐỊNH", "Về việc thành lập tổ công tác", ""},
		"letter's symbol": {"Số: 4@† /UBND-VP\nV/v tổ chức tập huấn", "Kính gửi: Các xã, thị trấn.",
			"/UBND-VP", "CÔNG VĂN", "", "tổ chức tập huấn"},
		"foreign letter": {"Số: 4@† /ÑV-VP\nV/v tổ chức tập huấn", "Kính gửi: Các xã, thị trấn.",
			"", "CÔNG VĂN", "", "tổ chức tập huấn"},
	} {
		t.Run(name, func(t *testing.T) {
			text := header(left+tc.line, "Tân Hòa, ngày 5 tháng 3 năm 2025", tc.rest)
			checkOCRHeader(t, text, wantOCRHeader{
				issuer: "ỦY BAN NHÂN DÂN HUYỆN TÂN HÒA", number: tc.number,
				place: "Tân Hòa", date: "2025-03-05", docType: tc.docType, title: tc.title, subject: tc.subject,
			})
		})
	}
	// The letter's symbol on the number's row, the place and date after it.
	text := "ỦY BAN NHÂN DÂN HUYỆN TÂN HÒA CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" +
		"Độc lập - Tự do - Hạnh phúc\nSố: 4@† /UBND-VP Tân Hòa, ngày 5 tháng 3 năm 2025\n" +
		"V/v tổ chức tập huấn\nKính gửi: Các xã, thị trấn.\nNăm 2025, huyện tổ chức tập huấn.\n"
	checkOCRHeader(t, text, wantOCRHeader{
		issuer: "ỦY BAN NHÂN DÂN HUYỆN TÂN HÒA", number: "/UBND-VP",
		place: "Tân Hòa", date: "2025-03-05", docType: "CÔNG VĂN", subject: "tổ chức tập huấn",
	})
}

// A letter's "V/v" whose second v OCR read as w (the italic v's shape)
// is the abstract all the same.
func TestSubjectVw(t *testing.T) {
	text := header("ỦY BAN NHÂN DÂN\nHUYỆN TÂN HÒA\nSố: 45/UBND-VP\nV/w tổ chức tập huấn\nphòng cháy chữa cháy",
		"Tân Hòa, ngày 5 tháng 3 năm 2025", "Kính gửi: Các xã, thị trấn.")
	checkOCRHeader(t, text, wantOCRHeader{
		issuer: "ỦY BAN NHÂN DÂN HUYỆN TÂN HÒA", number: "45/UBND-VP", num: "45",
		place: "Tân Hòa", date: "2025-03-05", docType: "CÔNG VĂN",
		subject: "tổ chức tập huấn phòng cháy chữa cháy",
	})
}

// A parent body shortened to "UBND" but naming its unit ("UBND TỈNH BẮC
// SƠN") is whole: the line under it is the issuing body, not the rest of
// its name. "ỦY BAN NHÂN DÂN TỈNH" alone still takes its unit's name
// from the next line.
func TestShortParentBodyNamingItsUnit(t *testing.T) {
	date := "Bắc Sơn, ngày 5 tháng 3 năm 2025"
	rest := "QUYẾT ĐỊNH\nVề việc miễn học phí"
	checkOCRHeader(t, header("UBND TỈNH BẮC SƠN\nTRƯỜNG CAO ĐẲNG BẮC SƠN\nSố: 45/QĐ-CĐBS", date, rest), wantOCRHeader{
		parent: "UBND TỈNH BẮC SƠN", issuer: "TRƯỜNG CAO ĐẲNG BẮC SƠN", number: "45/QĐ-CĐBS", num: "45",
		place: "Bắc Sơn", date: "2025-03-05", docType: "QUYẾT ĐỊNH", title: "Về việc miễn học phí",
	})
	checkOCRHeader(t, header("ỦY BAN NHÂN DÂN TỈNH\nBẮC SƠN\nSố: 45/QĐ-UBND", date, rest), wantOCRHeader{
		issuer: "ỦY BAN NHÂN DÂN TỈNH BẮC SƠN", number: "45/QĐ-UBND", num: "45",
		place: "Bắc Sơn", date: "2025-03-05", docType: "QUYẾT ĐỊNH", title: "Về việc miễn học phí",
	})
}

// A place OCR misspelt like the issuing body's name ("Bắcc Sơn" under
// "TRƯỜNG CAO ĐẲNG BẮCC SƠN", a letter doubled in both) is spelt as the
// parent body's name spells the same unit well.
func TestPlaceSpeltAsWellSpeltBody(t *testing.T) {
	text := header("UBND TỈNH BẮC SƠN\nTRƯỜNG CAO ĐẲNG BẮCC SƠN\nSố: 45/QĐ-CĐBS", "Bắcc Sơn, ngày 5 tháng 3 năm 2025",
		"QUYẾT ĐỊNH\nVề việc miễn học phí")
	checkOCRHeader(t, text, wantOCRHeader{
		parent: "UBND TỈNH BẮC SƠN", issuer: "TRƯỜNG CAO ĐẲNG BẮCC SƠN", number: "45/QĐ-CĐBS", num: "45",
		place: "Bắc Sơn", date: "2025-03-05", docType: "QUYẾT ĐỊNH", title: "Về việc miễn học phí",
	})
}

// A type line that names its issuer, as legal texts printed it before
// ND 30/2020 ("QUYẾT ĐỊNH CỦA ỦY BAN NHÂN DÂN TỈNH"), is the type line,
// not a body's name, and the title under it is read.
func TestTypeLineNamingIssuer(t *testing.T) {
	text := header("ỦY BAN NHÂN DÂN\nTỈNH BẮC SƠN\nSố: 45/QĐ-UB", "Bắc Sơn, ngày 5 tháng 3 năm 1998",
		"QUYẾT ĐỊNH CỦA ỦY BAN NHÂN DÂN TỈNH\nVề việc giao đất ở\nỦY BAN NHÂN DÂN TỈNH BẮC SƠN")
	checkOCRHeader(t, text, wantOCRHeader{
		issuer: "ỦY BAN NHÂN DÂN TỈNH BẮC SƠN", number: "45/QĐ-UB", num: "45",
		place: "Bắc Sơn", date: "1998-03-05", docType: "QUYẾT ĐỊNH", title: "Về việc giao đất ở",
	})
}

// An e-signature stamp's "Địa chỉ:" line, with a speck read before its
// label, is a banner line: it does not run on the abstract above it.
func TestBannerAddressAfterAbstract(t *testing.T) {
	text := header("BỘ XÂY DỰNG\nCỤC NHÀ Ở\nSố: 45/CNO-QL\nV/v hướng dẫn cấp phép\n— Ký bởi: CỤC NHÀ Ở\n"+
		"Z2» Địa chỉ: 12 Lê Lợi, phường Tân Hòa\nThời gian ký: 08.04.2025 17:35",
		"Tân Hòa, ngày 5 tháng 3 năm 2025", "Kính gửi: Sở Xây dựng.")
	checkOCRHeader(t, text, wantOCRHeader{
		parent: "BỘ XÂY DỰNG", issuer: "CỤC NHÀ Ở", number: "45/CNO-QL", num: "45",
		place: "Tân Hòa", date: "2025-03-05", docType: "CÔNG VĂN", subject: "hướng dẫn cấp phép",
	})
	if s := fieldValue(Parse(text).Header.Subject); s != "hướng dẫn cấp phép" {
		t.Errorf("subject = %q, want the abstract alone", s)
	}
}
