package structure

import "testing"

// handHeader is a state header written for these tests, the number, day
// and month as a pen fills them in; its layout lists that handwriting.
const handHeader = `ỦY BAN NHÂN DÂN
XÃ AN HÒA
Số: 18/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Hòa, ngày 9 tháng 3 năm 2024
QUYẾT ĐỊNH
Về việc thành lập tổ công tác
`

func handDoc(text string, hands ...LayoutHandwritten) *Document {
	doc := Parse(text)
	doc.Layout = []PageLayout{{Page: 1, Width: 1654, Height: 2339, Regions: []LayoutRegion{}, Dropped: []LayoutDropped{},
		Handwritten: hands, Snapped: []LayoutSnapped{}}}
	doc.DoubtHandwriting()
	return doc
}

func TestUnsureHandwrittenNumberLeftOut(t *testing.T) {
	n := handDoc(handHeader, LayoutHandwritten{Text: "18", Blank: blankNumber, Confidence: 30}).Header.Number
	if n == nil || n.Number != "" || n.Raw != "/QĐ-UBND" || n.Handwritten != "18" || n.Confidence != confInferred {
		t.Errorf("number = %+v, want raw /QĐ-UBND, number empty, handwritten 18", n)
	}
	// Party: "Số 38-KH/HU" keeps "-KH/HU".
	party := "HUYỆN ỦY AN HÒA\n*\nSố 38-KH/HU\nĐẢNG CỘNG SẢN VIỆT NAM\nAn Hòa, ngày 9 tháng 3 năm 2024\nKẾ HOẠCH\nvề công tác dân vận\n"
	n = handDoc(party, LayoutHandwritten{Text: "38", Blank: blankNumber}).Header.Number
	if n == nil || n.Number != "" || n.Raw != "-KH/HU" || n.Handwritten != "38" {
		t.Errorf("Party number = %+v, want raw -KH/HU, handwritten 38", n)
	}
}

func TestSureOrOtherHandwritingKept(t *testing.T) {
	for name, h := range map[string]LayoutHandwritten{
		"sure":          {Text: "18", Blank: blankNumber, Sure: true},
		"other digits":  {Text: "7", Blank: blankNumber},
		"day not month": {Text: "9", Blank: blankMonth},
		"month in day":  {Text: "3", Blank: blankDay},
	} {
		doc := handDoc(handHeader, h)
		if n := doc.Header.Number; n == nil || n.Number != "18" || n.Raw != "18/QĐ-UBND" || n.Handwritten != "" {
			t.Errorf("%s: number = %+v, want 18/QĐ-UBND", name, n)
		}
		if d := doc.Header.Date; d == nil || d.ISO == nil || *d.ISO != "2024-03-09" || d.Handwritten != "" {
			t.Errorf("%s: date = %+v, want 2024-03-09", name, d)
		}
	}
	// Without a layout (vidoc parse, --no-layout) nothing changes.
	doc := Parse(handHeader)
	doc.DoubtHandwriting()
	if doc.Header.Number.Number != "18" || doc.Header.Date.ISO == nil {
		t.Errorf("without layout: %+v %+v", doc.Header.Number, doc.Header.Date)
	}
}

func TestUnsureHandwrittenDayLeavesDatePartial(t *testing.T) {
	for _, h := range []LayoutHandwritten{{Text: "9", Blank: blankDay}, {Text: "3", Blank: blankMonth}} {
		d := handDoc(handHeader, h).Header.Date
		if d == nil || d.ISO != nil || d.Raw != "ngày 9 tháng 3 năm 2024" || d.Handwritten != h.Text || d.Confidence != confBlank {
			t.Errorf("%s %s: date = %+v, want raw kept, iso null, handwritten %q", h.Blank, h.Text, d, h.Text)
		}
	}
	doc := handDoc(handHeader, LayoutHandwritten{Text: "9", Blank: blankDay}, LayoutHandwritten{Text: "3", Blank: blankMonth})
	if d := doc.Header.Date; d.Handwritten != "9 3" {
		t.Errorf("handwritten = %q, want %q", d.Handwritten, "9 3")
	}
	if doc.Header.Place == nil || doc.Header.Place.Value != "An Hòa" {
		t.Errorf("place = %+v", doc.Header.Place)
	}
}

// Handwriting in a blank below the header's, as in a date the body cites
// with the header's month, is not the header's.
func TestHandwritingBelowHeaderIgnored(t *testing.T) {
	doc := Parse(handHeader)
	doc.Layout = []PageLayout{{Page: 1, Width: 1654, Height: 2339, Dropped: []LayoutDropped{}, Snapped: []LayoutSnapped{},
		Regions: []LayoutRegion{},
		Handwritten: []LayoutHandwritten{
			{Text: "3", Blank: blankMonth, Box: Box{X0: 600, Y0: 900, X1: 630, Y1: 930}},
			{Text: "13", Blank: blankMonth, Box: Box{X0: 1300, Y0: 300, X1: 1330, Y1: 330}, Sure: true},
			{Text: "18", Blank: blankNumber, Box: Box{X0: 200, Y0: 1200, X1: 240, Y1: 1230}},
			{Text: "2", Blank: blankNumber, Box: Box{X0: 200, Y0: 300, X1: 240, Y1: 330}},
			{Text: "9", Blank: blankDay, Box: Box{X0: 1100, Y0: 300, X1: 1130, Y1: 330}},
		}}}
	doc.DoubtHandwriting()
	if n := doc.Header.Number; n.Number != "18" {
		t.Errorf("number %+v taken back for handwriting below the header", n)
	}
	if d := doc.Header.Date; d.ISO != nil || d.Handwritten != "9" {
		t.Errorf("date %+v, want the header's day 9 taken back and the lower month left", d)
	}
}
