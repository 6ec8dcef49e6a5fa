package structure

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The clean text of ../shared/samples/longthanh-2024-kh.ocr.txt, written by
// hand from reading the sample (testdata/structure/longthanh-2024-kh.txt).
func TestLongThanhCleanText(t *testing.T) {
	data, err := os.ReadFile("../../testdata/structure/longthanh-2024-kh.txt")
	if err != nil {
		t.Fatal(err)
	}
	doc := Parse(string(data))
	// The scan's header lost its left column and the Party title; only what
	// is there may be reported.
	checkDoc(t, doc, wantDoc{
		place: "Long Thành", date: "2024-07-17", docType: "KẾ HOẠCH",
		titlePrefix: "thực hiện Kế hoạch số 344-KH/TU, ngày 22/4/2024 của Ban Thường vụ Tỉnh ủy về thực hiện Chỉ thị số 28-CT/TW",
		top:         []string{"I", "II", "III", "IV", "V"},
		cites: []wantCite{
			{"Kế hoạch", "344-KH/TU", "2024-04-22", "Ban Thường vụ Tỉnh ủy"},
			{"Chỉ thị", "28-CT/TW", "2023-12-25", "Bộ Chính trị"},
		},
		sigName: "Huỳnh Minh Dũng", recipients: 7,
	})
	headings := []string{"MỤC ĐÍCH, YÊU CẦU", "CÔNG TÁC QUÁN TRIỆT VÀ TRIỂN KHAI THỰC HIỆN", "NHIỆM VỤ TRỌNG TÂM", "NHIỆM VỤ CỤ THỂ", "TỔ CHỨC THỰC HIỆN"}
	for i, n := range doc.Body {
		if n.Heading != headings[i] {
			t.Errorf("section %s heading = %q, want %q", n.Label, n.Heading, headings[i])
		}
	}
	// Second level of I. and IV.
	if got := childLabels(doc.Body[0]); got != "1 Mục đích|2 Yêu cầu" {
		t.Errorf("I. children = %q", got)
	}
	if got := childLabels(doc.Body[3]); !strings.HasPrefix(got, "1 Ủy ban nhân dân huyện|2 Ủy ban Mặt trận Tổ quốc Việt Nam huyện, các tổ chức chính trị - xã hội trên địa bàn huyện|3 Ban Tuyên giáo Huyện ủy|4 Cấp ủy") {
		t.Errorf("IV. children = %q", got)
	}
	// IV.1: "-" items, the first holding "+" items.
	ubnd := doc.Body[3].Children[0]
	if len(ubnd.Children) != 2 || ubnd.Children[0].Kind != KindDash || len(ubnd.Children[0].Children) != 7 || ubnd.Children[0].Children[0].Kind != KindPlus {
		t.Errorf("IV.1 outline wrong: %d children", len(ubnd.Children))
	}
	if len(doc.Citations) != 2 {
		t.Errorf("citations = %d, want 2 distinct documents", len(doc.Citations))
	}
	if marks := doc.Closing.TrailingMarks; len(marks) != 1 || marks[0].Value != "M3/KH 3851110-BTG" {
		t.Errorf("trailing marks = %+v", marks)
	}
}

func childLabels(n *Node) string {
	var parts []string
	for _, c := range n.Children {
		parts = append(parts, c.Label+" "+c.Heading)
	}
	return strings.Join(parts, "|")
}

// The raw legacy OCR of the sample, before repair, still yields its date,
// place, type and the outline's top level: the layout rules do not depend
// on correct diacritics.
func TestLongThanhRawOCR(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(sharedDir(t), "samples", "longthanh-2024-kh.ocr.txt"))
	if err != nil {
		t.Skip("sample not present:", err)
	}
	doc := Parse(string(data))
	h := doc.Header
	if h.Date == nil || h.Date.ISO == nil || *h.Date.ISO != "2024-07-17" || fieldValue(h.Place) != "Long Thành" || fieldValue(h.DocType) != "KẾ HOẠCH" {
		t.Errorf("header = place %q date %+v type %q", fieldValue(h.Place), h.Date, fieldValue(h.DocType))
	}
	var top []string
	for _, n := range doc.Body {
		top = append(top, n.Label)
	}
	if strings.Join(top, " ") != "I II III IV V" {
		t.Errorf("top level = %q", top)
	}
}
