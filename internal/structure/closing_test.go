package structure

import (
	"slices"
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

// What OCR makes of a seal and a handwritten signature over the closing is
// left out of the recipients and the signature and listed as dropped, in
// the layout's order (list, then signer block) and in Tesseract's row by
// row order alike.
func TestClosingUnderSealNoise(t *testing.T) {
	head := `ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ PHÚ AN Độc lập - Tự do - Hạnh phúc
Số: 12/TB-UBND Phú An, ngày 4 tháng 5 năm 2024
THÔNG BÁO
Lịch tiếp công dân tháng 5
1. Thời gian: sáng thứ Năm hằng tuần.
2. Địa điểm: trụ sở Ủy ban nhân dân xã.
`
	for name, c := range map[string]struct {
		closing string
		noise   []int
	}{
		"rows": {`Nơi nhận: TM. ỦY BAN NHÂN DÂN
- Thường trực Đảng ủy; CHỦ TỊCH
- Các ban, ngành;
ơ#£ ¤¤ =:: QẾ
- Lưu: VT.
Ñ~ zzEE=HÌ£U CHỦ
Lê Thị Hoa
`, []int{11, 13}},
		"blocks": {`Nơi nhận:
- Thường trực Đảng ủy;
- Các ban, ngành;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
ơ#£ ¤¤ =:: QẾ
Ñ~ zzEE=HÌ£U CHỦ
Lê Thị Hoa
`, []int{14, 15}},
	} {
		t.Run(name, func(t *testing.T) {
			doc := Parse(head + c.closing)
			cl := doc.Closing
			var items []string
			for _, r := range cl.Recipients {
				items = append(items, r.Value)
			}
			if got, want := strings.Join(items, "|"), "Thường trực Đảng ủy|Các ban, ngành|Lưu: VT"; got != want {
				t.Errorf("recipients = %q, want %q", got, want)
			}
			s := cl.Signature
			if s == nil || len(s.Roles) != 1 || s.Roles[0].Value != "TM. ỦY BAN NHÂN DÂN" ||
				fieldValue(s.Title) != "CHỦ TỊCH" || fieldValue(s.Name) != "Lê Thị Hoa" {
				t.Fatalf("signature = %+v", s)
			}
			if len(cl.TrailingMarks) != 0 {
				t.Errorf("trailing marks %+v", cl.TrailingMarks)
			}
			for _, n := range c.noise {
				if !slices.Contains(doc.Dropped, n) {
					t.Errorf("noise line %d not in dropped_lines %v", n, doc.Dropped)
				}
			}
		})
	}
}

// A closing as a real scan reads it: the dash of an item read with a
// speck's marks before it or as a tilde, a mark of the seal alone on a
// line inside the list, a pen stroke's mark amid the signer's title and a
// stroke read as a letter no Vietnamese name has inside the name. The list
// keeps every item, the signature its title and name.
func TestClosingScanMarks(t *testing.T) {
	text := "1. Nội dung thực hiện.\n2. Tổ chức thực hiện.\n" + `Nơi nhận:
_~ Như trên;
- Thường trực Huyện ủy;
"5.
_ - Lưu: VT, NV (02). ý
TL. CHỦ TỊCH
CHÁNH ` + "`" + ` VĂN PHÒNG
Lê Thị F Hoa`
	doc := Parse(text)
	var items []string
	for _, r := range doc.Closing.Recipients {
		items = append(items, r.Value)
	}
	if got, want := strings.Join(items, "|"), "Như trên|Thường trực Huyện ủy|Lưu: VT, NV (02)"; got != want {
		t.Errorf("recipients = %q, want %q", got, want)
	}
	checkClosing(t, doc.Closing, wantDoc{roles: []string{"TL. CHỦ TỊCH"}, sigTitle: "CHÁNH VĂN PHÒNG", sigName: "Lê Thị Hoa", recipients: 3})
	if len(doc.Closing.TrailingMarks) != 0 {
		t.Errorf("trailing marks %+v", doc.Closing.TrailingMarks)
	}
}

// The signer's title lost under the seal and the name garbled: the closing
// ends where the appendix's heading opens its page, and the appendix is read
// as one, not as the signer's title or as trailing marks.
func TestClosingBeforeAppendix(t *testing.T) {
	text := "1. Nội dung thực hiện.\n2. Tổ chức thực hiện.\n" + `Nơi nhận:
- Như trên;
- Lưu: VT.
7
"Lê Văn Hoa

PHỤ LỤC 1
DANH SÁCH CÁC ĐƠN VỊ THAM GIA
(Kèm theo Kế hoạch số 12/KH-UBND ngày 4/5/2024)
1. Phòng Văn hóa.
2. Phòng Y tế.`
	doc := Parse(text)
	if s := doc.Closing.Signature; s != nil && strings.Contains(fieldValue(s.Title), "DANH SÁCH") {
		t.Errorf("signature title %q took the appendix", fieldValue(s.Title))
	}
	for _, m := range doc.Closing.TrailingMarks {
		if strings.Contains(m.Value, "Phòng") {
			t.Errorf("trailing mark %q is the appendix's", m.Value)
		}
	}
	var annex *Node
	for _, n := range doc.Body {
		if n.Kind == KindAnnex {
			annex = n
		}
	}
	if annex == nil || annex.Label != "PHỤ LỤC 1" || annex.Heading != "DANH SÁCH CÁC ĐƠN VỊ THAM GIA" || len(annex.Children) != 2 {
		t.Errorf("annex = %+v, want PHỤ LỤC 1 with its heading and two items", annex)
	}
	if got := len(doc.Closing.Recipients); got != 2 {
		t.Errorf("%d recipients, want 2", got)
	}
	if s := doc.Closing.Signature; s == nil || fieldValue(s.Name) != "Lê Văn Hoa" {
		t.Errorf("signature = %+v, want the name Lê Văn Hoa", s)
	}
}
