package structure

import (
	"slices"
	"strings"
	"testing"
)

// The two header columns come out of OCR either block by block or row by
// row; both must give the same fields.
func TestHeaderColumnsInEitherOrder(t *testing.T) {
	party := map[string]string{
		"blocks": `ĐẢNG BỘ TỈNH BÌNH PHƯỚC
HUYỆN ỦY BÙ ĐĂNG
*
Số 112-KH/HU
ĐẢNG CỘNG SẢN VIỆT NAM
Bù Đăng, ngày 5 tháng 3 năm 2024

KẾ HOẠCH
tổ chức hội nghị học tập nghị quyết

I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
`,
		"rows": `ĐẢNG BỘ TỈNH BÌNH PHƯỚC ĐẢNG CỘNG SẢN VIỆT NAM
HUYỆN ỦY BÙ ĐĂNG
* Bù Đăng, ngày 5 tháng 3 năm 2024
Số 112-KH/HU

KẾ HOẠCH
tổ chức hội nghị học tập nghị quyết

I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
`,
	}
	for name, text := range party {
		t.Run("party/"+name, func(t *testing.T) {
			checkDoc(t, Parse(text), wantDoc{
				family: "party", parent: "ĐẢNG BỘ TỈNH BÌNH PHƯỚC", issuer: "HUYỆN ỦY BÙ ĐĂNG",
				number: "112-KH/HU", num: "112", typeCode: "KH", issuerCode: "HU",
				place: "Bù Đăng", date: "2024-03-05", docType: "KẾ HOẠCH",
				titlePrefix: "tổ chức hội nghị học tập nghị quyết", top: []string{"I"},
			})
		})
	}
	state := map[string]string{
		"blocks": `ỦY BAN NHÂN DÂN
TỈNH BẮC NINH
Số: 25/2023/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Ninh, ngày 14 tháng 02 năm 2023
`,
		"rows": `ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH BẮC NINH Độc lập - Tự do - Hạnh phúc
Số: 25/2023/QĐ-UBND Bắc Ninh, ngày 14 tháng 02 năm 2023
`,
		"alternate": `ỦY BAN NHÂN DÂN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH BẮC NINH
Độc lập - Tự do - Hạnh phúc
Số: 25/2023/QĐ-UBND
Bắc Ninh, ngày 14 tháng 02 năm 2023
`,
	}
	const rest = `
QUYẾT ĐỊNH
Ban hành Quy chế làm việc

ỦY BAN NHÂN DÂN TỈNH BẮC NINH

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
`
	for name, text := range state {
		t.Run("state/"+name, func(t *testing.T) {
			doc := Parse(text + rest)
			checkDoc(t, doc, wantDoc{
				family: "state", issuer: "ỦY BAN NHÂN DÂN TỈNH BẮC NINH",
				number: "25/2023/QĐ-UBND", num: "25", year: "2023", typeCode: "QĐ", issuerCode: "UBND",
				place: "Bắc Ninh", date: "2023-02-14", docType: "QUYẾT ĐỊNH",
				titlePrefix: "Ban hành Quy chế làm việc", top: []string{"Điều 1", "Điều 2"},
			})
			if doc.Header.NationalTitle == nil || doc.Header.Motto == nil {
				t.Errorf("national title %v, motto %v: want both", doc.Header.NationalTitle, doc.Header.Motto)
			}
			checkField(t, "authority", doc.Header.Authority, "ỦY BAN NHÂN DÂN TỈNH BẮC NINH")
			if len(doc.Preamble) != 2 {
				t.Errorf("preamble = %+v, want the legal basis and the enactment line", doc.Preamble)
			}
		})
	}
}

// Repaired OCR keeps stray spaces, broken codes, page numbers and running
// headers between pages, and a few wrong letters.
func TestImperfectOCRText(t *testing.T) {
	text := `UBND TỈNH  BẮC   NINH
SỞ Y TẾ
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 301 /SYT-NVY
V/v triển khai thực hiện Chỉ thị số 28- CT/TW
Bắc Ninh, ngày 3 tháng 4 nám 2024

Kính gửi: Các bệnh viện trên địa bàn tỉnh.

Thực hiện Chỉ thị số 28-
CT/TW, ngày 25/12/2023 của Bộ Chính trị về tăng cường công tác chăm sóc sức khỏe
trẻ em, Sở Y tế đề nghị các đơn vị thực hiện một số nội dung sau:

1. Xây dựng kế hoạch triển khai thực hiện tại đơn vị, bảo đảm đúng tiến độ, chất
lượng và phù hợp với điều kiện thực tế, trong đó phân công rõ trách nhiệm tổ chức thực

- 2 -

Công văn số 301/SYT-NVY

hiện và thời hạn hoàn thành của từng bộ phận.

2. Báo cáo kết quả thực hiện về Sở Y tế trước ngày 15 tháng 12 hằng năm.

- 3 -

Công văn số 301/SYT-NVY

Nơi nhận:                                 KT. GIÁM ĐỐC
- Như trên;                               PHÓ GIÁM ĐỐC
- Lưu: VT, NVY.

Nguyễn Văn Bình
`
	doc := Parse(text)
	checkDoc(t, doc, wantDoc{
		family: "state", parent: "UBND TỈNH BẮC NINH", issuer: "SỞ Y TẾ",
		number: "301/SYT-NVY", num: "301", issuerCode: "SYT-NVY",
		place: "Bắc Ninh", date: "2024-04-03", docType: "CÔNG VĂN",
		subjectPrefix: "triển khai thực hiện Chỉ thị số 28-CT/TW",
		top:           []string{"1", "2"},
		cites:         []wantCite{{"Chỉ thị", "28-CT/TW", "2023-12-25", "Bộ Chính trị"}},
		roles:         []string{"KT. GIÁM ĐỐC"}, sigTitle: "PHÓ GIÁM ĐỐC", sigName: "Nguyễn Văn Bình", recipients: 2,
	})
	// Page furniture is dropped and the paragraph split by the page break
	// is whole again.
	for _, n := range []int{18, 20, 26, 28} {
		if !slices.Contains(doc.Dropped, n) {
			t.Errorf("line %d (page furniture) not dropped: %v", n, doc.Dropped)
		}
	}
	if p := doc.Body[0].Paragraphs; len(p) != 1 || !strings.HasSuffix(p[0], "tổ chức thực hiện và thời hạn hoàn thành của từng bộ phận.") {
		t.Errorf("item 1 paragraphs = %q, want one paragraph joined across the page break", p)
	}
	if got := doc.Preamble[0].Text; !strings.HasPrefix(got, "Thực hiện Chỉ thị số 28-CT/TW, ngày") {
		t.Errorf("preamble = %q: the code broken at the line end should be rejoined", got)
	}
	if len(doc.Header.Recipients) != 1 || doc.Header.Recipients[0].Value != "Các bệnh viện trên địa bàn tỉnh" {
		t.Errorf("Kính gửi = %+v", doc.Header.Recipients)
	}
}

func TestOutlineLevelsFollowFirstAppearance(t *testing.T) {
	// Here "a)" appears before "-", so "-" items under "a)" nest one level
	// deeper, and a later "-" directly under "1." is still at that level
	// (its parent is the nearest shallower marker).
	text := `I. NHIỆM VỤ
1. Nhiệm vụ chung
a) Điểm thứ nhất.
- gạch đầu dòng dưới điểm a.
b) Điểm thứ hai.
2. Nhiệm vụ riêng
II. GIẢI PHÁP
A. Nhóm giải pháp thứ nhất
B. Nhóm giải pháp thứ hai
C. Nhóm giải pháp thứ ba
`
	doc := Parse(text)
	var outline func(ns []*Node, depth int) []string
	outline = func(ns []*Node, depth int) []string {
		var out []string
		for _, n := range ns {
			out = append(out, strings.Repeat(" ", depth)+n.Kind+":"+n.Label)
			out = append(out, outline(n.Children, depth+1)...)
		}
		return out
	}
	got := strings.Join(outline(doc.Body, 0), "\n")
	want := strings.Join([]string{
		"roman:I", " number:1", "  letter:a", "   dash:-", "  letter:b", " number:2",
		"roman:II", " upper:A", " upper:B", " upper:C",
	}, "\n")
	if got != want {
		t.Errorf("outline:\n%s\nwant:\n%s", got, want)
	}
}

func TestLegalDivisionsKeepTheirOrder(t *testing.T) {
	// Điều appears before Chương but a Chương still holds the Điều after it.
	text := `Điều 1. Ban hành kèm theo Quyết định này Quy định về việc quản lý.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Chương I
QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
1. Khoản một.
a) Điểm a.
Chương II
TỔ CHỨC THỰC HIỆN
Điều 2. Trách nhiệm thi hành
`
	doc := Parse(text)
	var labels []string
	for _, n := range doc.Body {
		labels = append(labels, n.Label+"/"+n.Heading)
	}
	want := []string{"Điều 1/", "Điều 2/", "Chương I/QUY ĐỊNH CHUNG", "Chương II/TỔ CHỨC THỰC HIỆN"}
	if !slices.Equal(labels, want) {
		t.Fatalf("top level = %q, want %q", labels, want)
	}
	art := doc.Body[2].Children[0]
	if art.Label != "Điều 1" || art.Heading != "Phạm vi điều chỉnh" || art.Children[0].Children[0].Label != "a" {
		t.Errorf("Chương I holds %+v", art)
	}
}

func TestParagraphRebuild(t *testing.T) {
	// A hard-wrapped page: lines join into paragraphs, headings and items
	// stay apart, and a code broken at the line end is rejoined.
	text := `II. CÔNG TÁC QUÁN TRIỆT
1. Ban Tuyên giáo chủ trì, phối hợp với các cơ quan liên quan hướng dẫn tổ
chức nghiên cứu, học tập, quán triệt Chỉ thị số 28-
CT/TW và Kế hoạch này trong toàn thể cán bộ, đảng viên và quần chúng nhân
dân trên địa bàn.
- Mục thứ nhất của danh sách được ngắt dòng ở giữa câu vì khổ giấy hẹp nên
phải nối lại thành một đoạn.
- Mục thứ hai có một âm tiết bị ngắt ở lề: công tác triể-
n khai và một từ có gạch nối: e-
mail.
`
	doc := Parse(text)
	var kinds, texts []string
	for _, b := range doc.Blocks {
		kinds = append(kinds, b.Kind)
		texts = append(texts, b.Text)
	}
	if !slices.Equal(kinds, []string{BlockHeading, BlockItem, BlockItem, BlockItem}) {
		t.Fatalf("block kinds = %q (%q)", kinds, texts)
	}
	if !strings.Contains(texts[1], "Chỉ thị số 28-CT/TW và") || !strings.HasSuffix(texts[1], "trên địa bàn.") {
		t.Errorf("paragraph = %q", texts[1])
	}
	if texts[2] != "- Mục thứ nhất của danh sách được ngắt dòng ở giữa câu vì khổ giấy hẹp nên phải nối lại thành một đoạn." {
		t.Errorf("item = %q", texts[2])
	}
	if texts[3] != "- Mục thứ hai có một âm tiết bị ngắt ở lề: công tác triển khai và một từ có gạch nối: e-mail." {
		t.Errorf("item = %q", texts[3])
	}
	if doc.Blocks[1].Span != (Span{2, 5}) {
		t.Errorf("span = %v, want lines 2-5", doc.Blocks[1].Span)
	}
}
