package structure

import "testing"

// A letter whose abstract writes "V/v" out ("Về việc …", or "Về …" and
// its matter), right under the number in the left column as the layout
// gives it, wrapped over two lines: the abstract is the subject, the letter
// a công văn, and the right column's place and date below it are still
// read. With the number's digits unreadable the symbol's line still places
// the abstract. The texts are written for this test.
func TestWrittenOutSubject(t *testing.T) {
	body := "Kính gửi: Các phòng, ban thuộc Sở.\n\nSở đề nghị các đơn vị thực hiện."
	for name, tc := range map[string]struct{ numberLine, subjectLines, number, num, subject string }{
		"về việc": {"Số: 318/SNV-VP", "Về việc tổ chức hội nghị\ntổng kết công tác năm 2024",
			"318/SNV-VP", "318", "tổ chức hội nghị tổng kết công tác năm 2024"},
		"về": {"Số: 318/SNV-VP", "Về Chương trình bồi dưỡng\ncán bộ công chức năm 2025",
			"318/SNV-VP", "318", "Về Chương trình bồi dưỡng cán bộ công chức năm 2025"},
		"number unreadable": {"Số: ÝƑ /SNV-VP", "Về Chương trình bồi dưỡng\ncán bộ công chức năm 2025",
			"", "", "Về Chương trình bồi dưỡng cán bộ công chức năm 2025"},
	} {
		t.Run(name, func(t *testing.T) {
			text := header("ỦY BAN NHÂN DÂN\nTỈNH BÌNH AN\nSỞ NỘI VỤ\n"+tc.numberLine+"\n"+tc.subjectLines,
				"Bình An, ngày 12 tháng 3 năm 2025", body)
			checkOCRHeader(t, text, wantOCRHeader{
				parent: "ỦY BAN NHÂN DÂN TỈNH BÌNH AN", issuer: "SỞ NỘI VỤ",
				number: tc.number, num: tc.num, place: "Bình An", date: "2025-03-12",
				docType: "CÔNG VĂN", subject: tc.subject,
			})
		})
	}
}

// A line opening with "Về" that does not stand right under the number is
// no abstract: a decision's title under its type line keeps its place.
func TestWrittenOutSubjectOnlyUnderNumber(t *testing.T) {
	text := header("ỦY BAN NHÂN DÂN\nTỈNH BÌNH AN\nSố: 45/QĐ-UBND", "Bình An, ngày 12 tháng 3 năm 2025",
		"QUYẾT ĐỊNH\nVề kế hoạch bồi dưỡng cán bộ năm 2025")
	doc := Parse(text)
	if doc.Header.Subject != nil {
		t.Errorf("subject %q, want none", doc.Header.Subject.Value)
	}
	if doc.Header.DocType == nil || doc.Header.DocType.Value != "QUYẾT ĐỊNH" {
		t.Errorf("doc_type %+v, want QUYẾT ĐỊNH", doc.Header.DocType)
	}
}
