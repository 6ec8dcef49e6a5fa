package structure

import (
	"strings"
	"testing"
)

func TestClosingVariants(t *testing.T) {
	cases := []struct {
		name, text string
		want       wantDoc
		marks      []string
		signed     string
	}{{
		name: "party, blocks",
		text: `Nơi nhận:
- Các đồng chí Huyện ủy viên,
- Lưu Văn phòng Huyện ủy.
T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ
Trần Văn Nam`,
		want: wantDoc{roles: []string{"T/M BAN THƯỜNG VỤ"}, sigTitle: "PHÓ BÍ THƯ", sigName: "Trần Văn Nam", recipients: 2},
	}, {
		name: "state, columns read row by row",
		text: `Nơi nhận:                     TM. ỦY BAN NHÂN DÂN
- Như Điều 3;                 KT. CHỦ TỊCH
- Bộ Tài chính;               PHÓ CHỦ TỊCH
- Lưu: VT, KT.
                              (Đã ký)
                              Lê Thị Hoa
HH/25b`,
		want:   wantDoc{roles: []string{"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"}, sigTitle: "PHÓ CHỦ TỊCH", sigName: "Lê Thị Hoa", recipients: 3},
		marks:  []string{"HH/25b"},
		signed: "(Đã ký)",
	}, {
		name: "signature first, then the list",
		text: `TL. BỘ TRƯỞNG
CHÁNH VĂN PHÒNG
Phạm Văn Đức
Nơi nhận:
- Như trên;
- Lưu: VT.`,
		want: wantDoc{roles: []string{"TL. BỘ TRƯỞNG"}, sigTitle: "CHÁNH VĂN PHÒNG", sigName: "Phạm Văn Đức", recipients: 2},
	}, {
		name: "mark and name on one row",
		text: `Nơi nhận:
- Như trên,
- Lưu VP.
X2/KH 120-BTG Lê Văn Tám`,
		want:  wantDoc{sigName: "Lê Văn Tám", recipients: 2},
		marks: []string{"X2/KH 120-BTG"},
	}, {
		name: "no closing",
		text: "Các cơ quan tổ chức thực hiện./.",
		want: wantDoc{},
	}}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			body := "1. Nội dung thực hiện.\n2. Tổ chức thực hiện.\n"
			doc := Parse(body + c.text)
			checkClosing(t, doc.Closing, c.want)
			var marks []string
			for _, m := range doc.Closing.TrailingMarks {
				marks = append(marks, m.Value)
			}
			if strings.Join(marks, "|") != strings.Join(c.marks, "|") {
				t.Errorf("trailing marks = %q, want %q", marks, c.marks)
			}
			if s := doc.Closing.Signature; s != nil && fieldValue(s.Signed) != c.signed {
				t.Errorf("signed = %q, want %q", fieldValue(s.Signed), c.signed)
			}
			if len(doc.Body) != 2 {
				t.Errorf("body has %d parts: the closing leaked into it", len(doc.Body))
			}
		})
	}
}

func TestHeaderMarks(t *testing.T) {
	text := `BỘ Y TẾ
Số: 15/CĐ-BYT
KHẨN
MẬT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 29 tháng 02 năm 2024
CÔNG ĐIỆN
Về việc tăng cường phòng, chống dịch bệnh
`
	h := Parse(text).Header
	checkField(t, "urgency", h.Urgency, "KHẨN")
	checkField(t, "secrecy", h.Secrecy, "MẬT")
	checkField(t, "doc_type", h.DocType, "CÔNG ĐIỆN")
	checkField(t, "issuing_body", h.IssuingBody, "BỘ Y TẾ")
	if h.Date == nil || h.Date.ISO == nil || *h.Date.ISO != "2024-02-29" {
		t.Errorf("date = %+v", h.Date)
	}
	if h.Number == nil || h.Number.TypeCode != "CĐ" || h.Number.IssuerCode != "BYT" {
		t.Errorf("number = %+v", h.Number)
	}
}
