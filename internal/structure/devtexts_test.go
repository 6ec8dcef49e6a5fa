package structure

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// sharedDir finds ../shared beside the project root, or skips the test.
func sharedDir(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(".")
	if err != nil {
		t.Fatal(err)
	}
	for {
		cand := filepath.Join(dir, "shared")
		if st, err := os.Stat(filepath.Join(cand, "dev", "texts")); err == nil && st.IsDir() {
			return cand
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("../shared (dev texts) not present; skipping tests on the shared development documents")
		}
		dir = parent
	}
}

// wantCite is a reference as read in the text. An empty date or issuer
// means the text gives none (the parser must report null).
type wantCite struct {
	typ, number, date, issuer string
}

// wantDoc holds what a reader finds in a document: header fields, the top
// level of its outline, some of its cited documents, its closing. An empty
// string means the field is absent (null).
type wantDoc struct {
	family              string
	parent, issuer      string
	number              string // raw "số và ký hiệu"
	num, year, typeCode string
	issuerCode          string
	place, date         string // date as ISO 8601
	docType             string
	titlePrefix         string
	subjectPrefix       string
	top                 []string // labels of the outline's top level
	cites               []wantCite
	roles               []string
	sigTitle, sigName   string
	recipients          int // number of "Nơi nhận" items
}

// devTexts: expected values written by reading each of the 18 texts in
// ../shared/dev/texts.
var devTexts = map[string]wantDoc{
	"congbot__12_2012_QD_UBND.txt": {
		family: "state", issuer: "UỶ BAN NHÂN DÂN TỈNH TUYÊN QUANG", number: "12/2012/QĐ-UBND",
		num: "12", year: "2012", typeCode: "QĐ", issuerCode: "UBND", place: "Tuyên Quang", date: "2012-06-25",
		docType: "QUYẾT ĐỊNH", titlePrefix: "VỀ VIỆC BAN HÀNH QUY ĐỊNH TẶNG QUÀ",
		top: []string{"Điều 1", "Điều 2", "Điều 3", "QUY ĐỊNH"},
		cites: []wantCite{
			{"Pháp lệnh", "26/2005/PL-UBTVQH11", "2005-06-29", ""},
			{"Nghị định", "54/2006/NĐ-CP", "2006-05-26", "Chính phủ"},
			{"Tờ trình", "461/TTr-SLĐTBXH", "2012-05-15", ""},
			{"Quyết định", "110/2005/QĐ-UBND", "2005-12-29", "Ủy ban nhân dân tỉnh"},
		},
		roles: []string{"TM. UỶ BAN NHÂN DÂN TỈNH"}, sigTitle: "CHỦ TỊCH", sigName: "Chẩu Văn Lâm", recipients: 14,
	},
	"congbot__1351_2022_QD_UBND.txt": {
		family: "state", issuer: "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", number: "1351/QĐ-UBND",
		num: "1351", typeCode: "QĐ", issuerCode: "UBND", place: "Qu ả ng Ngãi", date: "2022-10-04",
		docType: "QUYẾT ĐỊNH", titlePrefix: "CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH",
		top: []string{"Điều 1", "Điều 2", "Điều 3", "Điều 4"},
		cites: []wantCite{
			{"Nghị định", "63/2010/NĐ-CP", "2010-06-08", "Chính phủ"},
			{"Quyết định", "1025/QĐ-LĐTBXH", "2016-08-03", ""},
			{"Quyết định", "19/2020/QĐ-UBND", "2020-12-29", "UBND tỉnh"},
			{"Tờ trình", "107/TTr-SLĐTBXH", "2022-09-19", ""},
		},
		sigTitle: "CHỦ TỊCH", sigName: "Đặ ng Văn Minh", recipients: 6,
	},
	"congbot__1414_2013_CV_TCT.txt": {
		family: "state", parent: "BỘ TÀI CHÍNH", issuer: "TỔNG CỤC THUẾ", number: "1414/TCT-CS",
		num: "1414", issuerCode: "TCT-CS", place: "Hà Nội", date: "2013-05-04",
		docType: "CÔNG VĂN", subjectPrefix: "hỗ trợ người có công với cách mạng cải thiện nhà ở",
		top: []string{"-", "-", "-", "-", "-", "-", "-", "-"},
		cites: []wantCite{
			{"Công văn", "577/CT-THNVDT", "2013-04-23", "Cục Thuế tỉnh Hà Tĩnh"},
			{"Nghị định", "120/2010/NĐ-CP", "2010-12-30", "Chính phủ"},
			{"Quyết định", "118/TTg", "1996-02-27", "Thủ tướng Chính phủ"},
		},
		roles: []string{"TL. TỔNG CỤC TRƯỞNG", "KT. VỤ TRƯỞNG VỤ CHÍNH SÁCH"}, sigTitle: "PHÓ VỤ TRƯỞNG",
		sigName: "Ngô Văn Độ", recipients: 4,
	},
	"congbot__16_2010_QD_UBND.txt": {
		family: "state", issuer: "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU", number: "16/2010/QĐ-UBND",
		num: "16", year: "2010", typeCode: "QĐ", issuerCode: "UBND", place: "Lai Châu", date: "2010-08-09",
		docType: "QUYẾT ĐỊNH", titlePrefix: "VỀ VIỆC QUY ĐỊNH CỤ THỂ MỘT SỐ CHÍNH SÁCH",
		top: []string{"Điều 1", "Điều 2", "Điều 3", "Điều 4", "Điều 5"},
		cites: []wantCite{
			{"Nghị định", "181/2004/NĐ-CP", "2004-10-29", "Chính phủ"},
			{"Thông tư", "14/2009/TT-BTNMT", "2009-10-01", "Bộ Tài nguyên và Môi trường"},
		},
		roles: []string{"TM. ỦY BAN NHÂN DÂN TỈNH"}, sigTitle: "CHỦ TỊCH", sigName: "Nguyễn Khắc Chử", recipients: 15,
	},
	"congbot__1921_2013_CV_LDTBXH.txt": {
		family: "state", issuer: "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", number: "1921/LĐTBXH-NCC",
		num: "1921", issuerCode: "LĐTBXH-NCC", place: "Hà Nội", date: "2013-06-03",
		docType: "CÔNG VĂN", subjectPrefix: "hướng dẫn thực hiện chế độ điều dưỡng",
		top:   []string{"1", "2"},
		cites: []wantCite{{"Nghị định", "31/2013/NĐ-CP", "", ""}},
		roles: []string{"KT. BỘ TRƯỞNG"}, sigTitle: "THỨ TRƯỞNG", sigName: "Bùi Hồng Lĩnh", recipients: 4,
	},
	"congbot__2403_2009_TTg_KGVX.txt": {
		family: "state", issuer: "THỦ TƯỚNG CHÍNH PHỦ", number: "2403/TTg-KGVX",
		num: "2403", issuerCode: "TTg-KGVX", place: "Hà Nội", date: "2009-12-03",
		docType: "CÔNG VĂN", subjectPrefix: "Điều chỉnh mức trợ cấp hàng tháng",
		top: []string{"1", "2"},
		cites: []wantCite{
			{"Công văn", "5865/BQP-TC", "2009-10-30", ""},
			{"Quyết định", "142/2008/QĐ-TTg", "2008-10-27", "Thủ tướng Chính phủ"},
		},
		roles: []string{"KT. THỦ TƯỚNG"}, sigTitle: "PHÓ THỦ TƯỚNG", sigName: "Nguyễn Sinh Hùng",
	},
	"congbot__2638_2019_CV_LDTBXH_KHTC.txt": {
		family: "state", issuer: "B Ộ LAO ĐỘNG - THƯƠNG BINH V À X Ã HỘI", number: "2638/LĐTBXH-KHTC",
		num: "2638", issuerCode: "LĐTBXH-KHTC", place: "Hà Nội", date: "2019-07-03",
		docType: "CÔNG VĂN", subjectPrefix: "xây dựng dự toán ngân sách",
		top: []string{"I", "II", "III"},
		cites: []wantCite{
			{"Chỉ thị", "16/CT-TTg", "2019-06-25", "Thủ tướng Chính phủ"},
			{"Thông tư", "38/2019/TT-BTC", "2019-06-28", "Bộ trưởng Bộ Tài chính"},
		},
	},
	"congbot__31_2011_QD_UBND.txt": {
		family: "state", issuer: "UỶ BAN NHÂN DÂN TỈNH GIA LAI", number: "31/2011/QĐ-UBND",
		num: "31", year: "2011", typeCode: "QĐ", issuerCode: "UBND", place: "Gia Lai", date: "2011-11-10",
		docType: "QUYẾT ĐỊNH", titlePrefix: "VỀ VIỆC BAN HÀNH QUY ĐỊNH TRÌNH TỰ",
		top: []string{"Điều 1", "Điều 2", "Điều 3", "QUY ĐỊNH"},
		cites: []wantCite{
			{"Nghị định", "198/2004/NĐ-CP", "2004-12-03", "Chính phủ"},
			{"Thông tư", "117/2004/TT-BTC", "2004-12-07", "Bộ Tài chính"},
			{"Tờ trình", "2520/TTr-CT", "2011-10-12", ""},
		},
		roles: []string{"TM. UỶ BAN NHÂN DÂN TỈNH"}, sigTitle: "CHỦ TỊCH", sigName: "Phạm Thế Dũng",
	},
	"congbot__49_2012_QD_UBND.txt": {
		family: "state", issuer: "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", number: "49/2012/QĐ-UBND",
		num: "49", year: "2012", typeCode: "QĐ", issuerCode: "UBND", place: "Thành phố Hồ Chí Minh", date: "2012-10-23",
		docType: "QUYẾT ĐỊNH", titlePrefix: "BAN HÀNH QUY CHẾ QUẢN LÝ KINH PHÍ",
		top: []string{"Điều 1", "Điều 2", "Điều 3", "QUY CHẾ"},
		cites: []wantCite{
			{"Thông tư liên tịch", "47/2009/TTLT-BTC-BLĐTBXH", "2009-03-11", "Bộ Tài chính - Bộ Lao động - Thương binh và Xã hội"},
			{"Quyết định", "19/2006/QĐ-BTC", "2006-03-30", "Bộ trưởng Bộ Tài chính"},
		},
		roles: []string{"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"}, sigTitle: "PHÓ CHỦ TỊCH", sigName: "Hứa Ngọc Thuận",
	},
	"congbot__5115_2018_CV_LDTBXH_KHTC.txt": {
		family: "state", issuer: "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", number: "5115/LĐTBXH-KHTC",
		num: "5115", issuerCode: "LĐTBXH-KHTC", place: "Hà Nội", date: "2018-12-03",
		docType: "CÔNG VĂN", subjectPrefix: "thí điểm thực hiện chi trả trợ cấp",
		top:   []string{"-", "-", "-"},
		cites: []wantCite{{"Công văn", "3395/LĐTBXH-KHTC", "", ""}},
		roles: []string{"KT. BỘ TRƯỞNG"}, sigTitle: "THỨ TRƯỞNG", sigName: "Lê Tấn Dũng", recipients: 5,
	},
	"congbot__5129_2008_QD_UBND.txt": {
		family: "state", issuer: "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", number: "5129/QĐ-UBND",
		num: "5129", typeCode: "QĐ", issuerCode: "UBND", place: "TP. Hồ Chí Minh", date: "2008-11-26",
		docType: "QUYẾT ĐỊNH", titlePrefix: "VỀ NÂNG MỨC TRỢ CẤP",
		top:   []string{"Điều 1", "Điều 2", "Điều 3"},
		cites: []wantCite{{"Nghị định", "93/2001/NĐ-CP", "2001-12-12", "Chính phủ"}},
		roles: []string{"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"}, sigTitle: "PHÓ CHỦ TỊCH", sigName: "Nguyễn Thị Thu Hà",
	},
	"congbot__895_2013_CV_LDTBXH.txt": {
		family: "state", issuer: "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", number: "895/LĐTBXH-NCC",
		num: "895", issuerCode: "LĐTBXH-NCC", place: "Hà Nội", date: "2013-03-21",
		docType: "CÔNG VĂN", subjectPrefix: "hướng dẫn giải quyết chế độ ưu đãi",
		top:   []string{"1", "2"},
		cites: []wantCite{{"Pháp lệnh", "04/2012/UBTVQH13", "", ""}},
		roles: []string{"TL. BỘ TRƯỞNG"}, sigTitle: "CỤC TRƯỞNG CỤC NGƯỜI CÓ CÔNG", sigName: "Hoàng Công Thái", recipients: 6,
	},
	"mineru__e_pdf_LaiChau_QD_2025_draft.txt": {
		family: "state", issuer: "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU", number: "/QĐ-UBND",
		typeCode: "QĐ", issuerCode: "UBND", place: "Lai Châu", date: "", // unsigned draft: day and month blank
		docType: "QUYẾT ĐỊNH", titlePrefix: "Về việc công bố danh mục thủ tục hành chính mới ban hành và phê duyệt quy trình",
		top: []string{"Điều 1", "Điều 2", "Điều 3"},
		cites: []wantCite{
			{"Nghị định", "118/2025/NĐ-CP", "2025-06-09", "Chính phủ"},
			{"Thông tư", "02/2017/TT-VPCP", "2017-10-31", "Văn phòng Chính phủ"},
			{"Quyết định", "3083/QĐ-BTC", "2025-09-04", "Bộ Tài chính"},
		},
		roles: []string{"KT. CHỦ TỊCH"}, sigTitle: "PHÓ CHỦ TỊCH", sigName: "Tống Thanh Hải", recipients: 6,
	},
	"vbpl__doc_000009.txt": {
		family: "state", issuer: "BỘ TÀI CHÍNH", number: "06/2026/TT-BTС",
		num: "06", year: "2026", typeCode: "TT", issuerCode: "BTС", place: "Hà Nội", date: "2026-01-26",
		docType: "THÔNG TƯ", titlePrefix: "Sửa đổi, bổ sung một số điều của Thông tư số 13/2015/TT-BTC",
		top: []string{"Điều 1", "Điều 2", "Điều 3"},
		cites: []wantCite{
			{"Thông tư", "13/2015/TT-BTC", "2015-01-30", "Bộ trưởng Bộ Tài chính"},
			{"Luật", "54/2014/QH13", "", ""},
			{"Nghị định", "08/2015/NĐ-CP", "2015-01-21", "Chính phủ"},
		},
		roles: []string{"KT. BỘ TRƯỞNG"}, sigTitle: "THỨ TRƯỞNG", sigName: "Nguyễn Đức Chi", recipients: 17,
	},
	"vbpl__doc_000029.txt": {
		family: "state", issuer: "CHÍNH PHỦ", number: "66.7/2025/NQ-CP",
		num: "66.7", year: "2025", typeCode: "NQ", issuerCode: "CP", place: "Hà Nội", date: "2025-11-15",
		docType: "NGHỊ QUYẾT", titlePrefix: "Quy định cắt giảm, đơn giản hóa thủ tục hành chính dựa trên dữ liệu",
		top: []string{"Điều 1", "Điều 2", "Điều 3", "Điều 4", "Điều 5", "Điều 6", "Điều 7", "Điều 8", "Điều 9", "Điều 10"},
		cites: []wantCite{
			{"Luật", "63/2025/QH15", "", ""},
			{"Nghị quyết", "206/2025/QH15", "", "Quốc hội"},
		},
		roles: []string{"TM. CHÍNH PHỦ"}, sigTitle: "THỦ TƯỚNG", sigName: "Phạm Minh Chính", recipients: 16,
	},
	"vbpl__doc_000049.txt": {
		family: "state", issuer: "CHÍNH PHỦ", number: "13/NQ-CP",
		num: "13", typeCode: "NQ", issuerCode: "CP", place: "Hà Nội", date: "2026-01-16",
		docType: "NGHỊ QUYẾT", titlePrefix: "VỀ VIỆC CÔNG BỐ NGHỊ ĐỊNH CỦA CHÍNH PHỦ",
		top: []string{"Điều 1", "Điều 2", "Điều 3"},
		cites: []wantCite{
			{"Nghị định", "78/2025/NĐ-CP", "2025-04-01", "Chính phủ"},
			{"Tờ trình", "1002/TTr-BTC", "2025-12-26", ""},
			{"Nghị định", "24/2016/NĐ-CP", "2016-04-05", "Chính phủ"},
		},
		roles: []string{"TM. CHÍNH PHỦ", "KT. THỦ TƯỚNG"}, sigTitle: "PHÓ THỦ TƯỚNG", sigName: "Hồ Đức Phớc", recipients: 16,
	},
	"vbpl__doc_000145.txt": {
		family: "state", issuer: "BỘ NỘI VỤ", number: "25/2025/TT-BNV",
		num: "25", year: "2025", typeCode: "TT", issuerCode: "BNV", place: "Hà Nội", date: "2025-12-29",
		docType: "THÔNG TƯ", titlePrefix: "Sửa đổi, bổ sung khoản 2 Điều 5 Thông tư số 28/2021/TT-BLĐTBXH",
		top: []string{"Điều 1", "Điều 2"},
		cites: []wantCite{
			{"Thông tư", "28/2021/TT-BLĐTBXH", "2021-12-28", "Bộ trưởng Bộ Lao động - Thương binh và Xã hội"},
			{"Nghị định", "25/2025/NĐ-CP", "2025-02-21", "Chính phủ"},
		},
		roles: []string{"KT. BỘ TRƯỞNG"}, sigTitle: "THỨ TRƯỞNG", sigName: "Nguyễn Mạnh Khương", recipients: 10,
	},
	"vbpl__doc_000150.txt": {
		family: "state", issuer: "THỦ TƯỚNG CHÍNH PHỦ", number: "40/2025/QĐ-TTg",
		num: "40", year: "2025", typeCode: "QĐ", issuerCode: "TTg", place: "Hà Nội", date: "2025-10-31",
		docType: "QUYẾT ĐỊNH", titlePrefix: "Về tiêu chí, trình tự, thủ tục công nhận xã đảo",
		top: []string{"Điều 1", "Điều 2", "Điều 3", "Điều 4", "Điều 5", "Điều 6", "Điều 7", "Điều 8", "Điều 9"},
		cites: []wantCite{
			{"Luật", "18/2012/QH13", "", ""},
			{"Nghị định", "128/2025/NĐ-CP", "2025-06-11", "Chính phủ"},
		},
		roles: []string{"KT. THỦ TƯỚNG"}, sigTitle: "PHÓ THỦ TƯỚNG", sigName: "Phạm Thị Thanh Trà", recipients: 17,
	},
}

func TestDevTexts(t *testing.T) {
	dir := filepath.Join(sharedDir(t), "dev", "texts")
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != len(devTexts) {
		t.Errorf("found %d texts in %s, the table has %d", len(files), dir, len(devTexts))
	}
	for name, want := range devTexts {
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(dir, name))
			if err != nil {
				t.Fatal(err)
			}
			checkDoc(t, Parse(string(data)), want)
		})
	}
}

func fieldValue(f *Field) string {
	if f == nil {
		return ""
	}
	return f.Value
}

func checkField(t *testing.T, name string, f *Field, want string) {
	t.Helper()
	if got := fieldValue(f); got != want {
		t.Errorf("%s = %q, want %q", name, got, want)
	}
	if f != nil && (f.Span.Start < 1 || f.Span.End < f.Span.Start || f.Confidence <= 0 || f.Confidence > 1) {
		t.Errorf("%s: bad span %v or confidence %v", name, f.Span, f.Confidence)
	}
}

func checkDoc(t *testing.T, doc *Document, want wantDoc) {
	t.Helper()
	h := doc.Header
	if h.Family != want.family {
		t.Errorf("family = %q, want %q", h.Family, want.family)
	}
	checkField(t, "parent_body", h.ParentBody, want.parent)
	checkField(t, "issuing_body", h.IssuingBody, want.issuer)
	checkField(t, "place", h.Place, want.place)
	checkField(t, "doc_type", h.DocType, want.docType)
	if want.number == "" {
		if h.Number != nil {
			t.Errorf("number = %+v, want null", h.Number)
		}
	} else if h.Number == nil {
		t.Errorf("number = null, want %q", want.number)
	} else {
		n := h.Number
		got := [5]string{n.Raw, n.Number, n.Year, n.TypeCode, n.IssuerCode}
		exp := [5]string{want.number, want.num, want.year, want.typeCode, want.issuerCode}
		if got != exp {
			t.Errorf("number = %q, want %q", got, exp)
		}
	}
	iso := ""
	if h.Date != nil && h.Date.ISO != nil {
		iso = *h.Date.ISO
	}
	if iso != want.date {
		t.Errorf("date = %q, want %q", iso, want.date)
	}
	if !strings.HasPrefix(fieldValue(h.Title), want.titlePrefix) || (want.titlePrefix == "") != (h.Title == nil) {
		t.Errorf("title = %q, want prefix %q", fieldValue(h.Title), want.titlePrefix)
	}
	if !strings.HasPrefix(fieldValue(h.Subject), want.subjectPrefix) || (want.subjectPrefix == "") != (h.Subject == nil) {
		t.Errorf("subject = %q, want prefix %q", fieldValue(h.Subject), want.subjectPrefix)
	}
	var top []string
	for _, n := range doc.Body {
		top = append(top, n.Label)
	}
	if strings.Join(top, "|") != strings.Join(want.top, "|") {
		t.Errorf("outline top level = %q, want %q", top, want.top)
	}
	for _, wc := range want.cites {
		checkCitation(t, doc.Citations, wc)
	}
	checkClosing(t, doc.Closing, want)
}

func checkCitation(t *testing.T, cites []Citation, wc wantCite) {
	t.Helper()
	for _, c := range cites {
		if c.Number == nil || c.Number.Raw != wc.number {
			continue
		}
		date := ""
		if c.Date != nil && c.Date.ISO != nil {
			date = *c.Date.ISO
		}
		got := wantCite{c.Type, c.Number.Raw, date, fieldValue(c.Issuer)}
		if got != wc {
			t.Errorf("citation %s = %+v, want %+v", wc.number, got, wc)
		}
		return
	}
	t.Errorf("citation %s %s not found", wc.typ, wc.number)
}

func checkClosing(t *testing.T, c Closing, want wantDoc) {
	t.Helper()
	if len(c.Recipients) != want.recipients {
		t.Errorf("Nơi nhận has %d items, want %d", len(c.Recipients), want.recipients)
	}
	s := c.Signature
	if want.sigName == "" && want.sigTitle == "" {
		if s != nil {
			t.Errorf("signature = %+v, want null", s)
		}
		return
	}
	if s == nil {
		t.Fatalf("signature = null, want %q %q", want.sigTitle, want.sigName)
	}
	var roles []string
	for _, r := range s.Roles {
		roles = append(roles, r.Value)
	}
	if strings.Join(roles, "|") != strings.Join(want.roles, "|") {
		t.Errorf("signature roles = %q, want %q", roles, want.roles)
	}
	checkField(t, "signature title", s.Title, want.sigTitle)
	checkField(t, "signature name", s.Name, want.sigName)
}
