package structure

import "testing"

// Header conventions beyond the dev texts: Party letters, numeric dates,
// urgency on the number line's row, a Party resolution with QUYẾT NGHỊ.
func TestHeaderVariants(t *testing.T) {
	cases := map[string]struct {
		text string
		want wantDoc
	}{
		"party letter": {
			text: `TỈNH ỦY QUẢNG TRỊ
ĐẢNG CỘNG SẢN VIỆT NAM
*
Số 1520-CV/TU
Đông Hà, ngày 05/3/2024
V/v tổng kết công tác năm 2023
Kính gửi: Các huyện ủy, thị ủy, thành ủy.
Ban Thường vụ Tỉnh ủy đề nghị các đơn vị thực hiện như sau:
1. Tổng kết công tác.
2. Báo cáo kết quả.
T/L BAN THƯỜNG VỤ
CHÁNH VĂN PHÒNG
Lê Văn Hải
`,
			want: wantDoc{family: "party", issuer: "TỈNH ỦY QUẢNG TRỊ", number: "1520-CV/TU", num: "1520", typeCode: "CV", issuerCode: "TU",
				place: "Đông Hà", date: "2024-03-05", docType: "CÔNG VĂN", subjectPrefix: "tổng kết công tác năm 2023",
				top: []string{"1", "2"}, roles: []string{"T/L BAN THƯỜNG VỤ"}, sigTitle: "CHÁNH VĂN PHÒNG", sigName: "Lê Văn Hải"},
		},
		"party resolution": {
			text: `ĐẢNG BỘ TỈNH NINH BÌNH
HUYỆN ỦY YÊN KHÁNH
Số 05-NQ/HU
ĐẢNG CỘNG SẢN VIỆT NAM
Yên Khánh, ngày 20 tháng 01 năm 2025
NGHỊ QUYẾT
về phát triển kinh tế nông nghiệp giai đoạn 2025 - 2030
BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN
Căn cứ Điều lệ Đảng;
QUYẾT NGHỊ:
I. MỤC TIÊU
II. NHIỆM VỤ, GIẢI PHÁP
`,
			want: wantDoc{family: "party", parent: "ĐẢNG BỘ TỈNH NINH BÌNH", issuer: "HUYỆN ỦY YÊN KHÁNH", number: "05-NQ/HU", num: "05",
				typeCode: "NQ", issuerCode: "HU", place: "Yên Khánh", date: "2025-01-20", docType: "NGHỊ QUYẾT",
				titlePrefix: "về phát triển kinh tế nông nghiệp", top: []string{"I", "II"}},
		},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			doc := Parse(c.text)
			checkDoc(t, doc, c.want)
		})
	}
}
