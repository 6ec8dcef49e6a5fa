package structure

import (
	"encoding/json"
	"errors"
	"regexp"
	"strings"
	"testing"
)

func TestMalformedInput(t *testing.T) {
	cases := map[string]string{
		"empty":          "",
		"blank lines":    "\n\n   \n\t\n",
		"single line":    "Quyết định này có hiệu lực kể từ ngày ký.",
		"no header":      "1. Nội dung thứ nhất.\n2. Nội dung thứ hai.\n",
		"only markers":   "I.\n1.\na)\n-\n+\nĐiều 1.\nChương I\n",
		"invalid utf8":   "KẾ HOẠCH\n\xff\xfe\xfd thực hiện\n",
		"control chars":  "Số: 12/QĐ-UBND\x00\x01\x02\nHà Nội, ngày 32 tháng 13 năm 2024",
		"lone signature": "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn A",
		"nơi nhận only":  "Nơi nhận:\n- Như trên;\n- Lưu: VT.",
		"crlf":           "KẾ HOẠCH\r\nthực hiện nhiệm vụ\r\n\r\nI. MỤC ĐÍCH\r\n",
		"capital start":  "NHỮNG VẤN ĐỀ CHUNG\nPHẠM VI ÁP DỤNG\n1. Nội dung thứ nhất.\n",
	}
	for name, text := range cases {
		t.Run(name, func(t *testing.T) {
			doc := Parse(text)
			if _, err := json.Marshal(doc); err != nil {
				t.Fatal(err)
			}
			checkSpans(t, doc, strings.Count(text, "\n")+1)
		})
	}
	// Fields that are not there stay null rather than invented.
	doc := Parse(cases["no header"])
	h := doc.Header
	if h.Number != nil || h.Date != nil || h.DocType != nil || h.IssuingBody != nil || h.Title != nil {
		t.Errorf("header invented from a bare body: %+v", h)
	}
	if len(doc.Body) != 2 || len(doc.Warnings) == 0 {
		t.Errorf("body-only text: body %d parts, warnings %q", len(doc.Body), doc.Warnings)
	}
	// Capital headings opening a bare body are not issuing bodies.
	if h := Parse(cases["capital start"]).Header; h.IssuingBody != nil || h.ParentBody != nil {
		t.Errorf("bodies invented from headings: %+v %+v", h.ParentBody, h.IssuingBody)
	}
	// An impossible date keeps its text but has no ISO form.
	if d := Parse(cases["control chars"]).Header.Date; d == nil || d.ISO != nil {
		t.Errorf("date 32/13 = %+v, want raw text without ISO", d)
	}
}

func TestHugeSingleLine(t *testing.T) {
	if testing.Short() {
		t.Skip("10 MB input")
	}
	// 10 MB of running text on one line, citing a document now and then.
	para := strings.Repeat("tăng cường công tác chăm sóc, giáo dục và bảo vệ trẻ em; ", 16)
	text := strings.Repeat(para+"theo Chỉ thị số 28-CT/TW của Bộ Chính trị ", 10<<20/(len(para)+48))
	doc := Parse(text)
	if len(doc.Body) != 0 || doc.Header.DocType != nil {
		t.Errorf("one long line produced structure: %d parts, type %v", len(doc.Body), doc.Header.DocType)
	}
	if len(doc.Citations) != 1 || len(doc.Citations[0].Lines) != 1 {
		t.Errorf("citations = %d", len(doc.Citations))
	}
}

func TestParseBytesRefusesBinary(t *testing.T) {
	bin := []byte{0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'}
	if _, err := ParseBytes(bin); !errors.Is(err, ErrBinary) {
		t.Errorf("PNG bytes: err = %v, want ErrBinary", err)
	}
	junk := make([]byte, 4096)
	for i := range junk {
		junk[i] = byte(0x80 + i%64)
	}
	if _, err := ParseBytes(junk); !errors.Is(err, ErrBinary) {
		t.Errorf("invalid UTF-8: err = %v, want ErrBinary", err)
	}
	if doc, err := ParseBytes([]byte("KẾ HOẠCH\nthử nghiệm")); err != nil || doc.Header.DocType == nil {
		t.Errorf("text refused: %v", err)
	}
}

// checkSpans verifies every span lies inside the input.
func checkSpans(t *testing.T, doc *Document, nLines int) {
	t.Helper()
	ok := func(what string, s Span) {
		if s.Start < 1 || s.End < s.Start || s.End > nLines {
			t.Errorf("%s span %v outside 1..%d", what, s, nLines)
		}
	}
	h := doc.Header
	for name, f := range map[string]*Field{"national": h.NationalTitle, "motto": h.Motto, "party": h.PartyTitle,
		"parent": h.ParentBody, "issuer": h.IssuingBody, "place": h.Place, "type": h.DocType,
		"subject": h.Subject, "title": h.Title, "authority": h.Authority} {
		if f != nil {
			ok(name, f.Span)
		}
	}
	var walk func(ns []*Node)
	walk = func(ns []*Node) {
		for _, n := range ns {
			ok("node "+n.Label, n.Span)
			walk(n.Children)
		}
	}
	walk(doc.Body)
	for _, b := range doc.Blocks {
		ok("block", b.Span)
	}
	for _, c := range doc.Citations {
		ok("citation", c.Span)
	}
}

func FuzzParse(f *testing.F) {
	seeds := []string{
		"",
		"KẾ HOẠCH\nthực hiện Kế hoạch số 344-KH/TU, ngày 22/4/2024 của Ban Thường vụ Tỉnh ủy\n\nI. MỤC ĐÍCH\n1. Mục đích\n- a\n+ b\n",
		"ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH X Độc lập - Tự do - Hạnh phúc\nSố: 1/2024/QĐ-UBND X, ngày 1 tháng 1 năm 2024\nQUYẾT ĐỊNH\nVề việc\nĐiều 1. Một.\nNơi nhận:\n- Như trên; KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn A\n",
		"Số 28- CT/TW\n- 2 -\n\nTrang 3\n\nChương\nĐiều\nMục 1\nPhần thứ nhất\nA.\nC.\nD.\n1.1.1.\n\"Điều 3.",
		"Kính gửi:\n- A; - B\nV/v\nNơi nhận\nTM. \n(Đã ký)\n",
		"\xff\x00\x80Số: /\n, ngày  tháng  năm 2024\nT/M K/T TL. TUQ. Q.",
	}
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		doc := Parse(text)
		if _, err := json.Marshal(doc); err != nil {
			t.Fatal(err)
		}
		Markdown(doc)
		Text(doc)
		checkSpans(t, doc, strings.Count(text, "\n")+strings.Count(text, "\r")+1)
	})
}

// brokenWordRe is what brokenWord does by scanning back from the end.
var brokenWordRe = regexp.MustCompile(`(?:^|\s)(\p{L}+)-$`)

// FuzzBrokenWord checks brokenWord against the regexp it replaces (which
// read the whole paragraph at each of its lines), on any bytes.
func FuzzBrokenWord(f *testing.F) {
	for _, s := range []string{"", "-", "triể-", "việc triể-", "28-", "a1-", "x\ttriể-", "x\vab-", "Nhà nước-", "\xffab-", "ab\xff-", "a--", "ab -", "ạ\u0301-"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		head, ok := brokenWord([]byte(s))
		m := brokenWordRe.FindStringSubmatch(s)
		if ok != (m != nil) || ok && head != m[1] {
			t.Fatalf("%q: brokenWord gives %q %v, the regexp %q", s, head, ok, m)
		}
	})
}
