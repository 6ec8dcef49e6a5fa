package main

import (
	"context"
	"testing"

	"github.com/vidoc/vidoc/internal/layout"
	"github.com/vidoc/vidoc/internal/ocr"
	"github.com/vidoc/vidoc/internal/structure"
)

func TestApplyLayoutWithoutImageKeepsText(t *testing.T) {
	res := &ocr.Result{Source: "a.png", Page: 1, Width: 100, Height: 100, Text: "một dòng",
		Words: []ocr.Word{{Text: "một", Box: ocr.Box{X0: 10, Y0: 10, X1: 40, Y1: 30}, Confidence: 95, Block: 1, Par: 1, Line: 1},
			{Text: "dòng", Box: ocr.Box{X0: 50, Y0: 10, X1: 90, Y1: 30}, Confidence: 95, Block: 1, Par: 1, Line: 1}}}
	p, err := applyLayout(context.Background(), nil, res)
	if err != nil {
		t.Fatal(err)
	}
	if res.Text != "một dòng" || len(p.Regions) != 1 {
		t.Errorf("text %q, regions %+v", res.Text, p.Regions)
	}
}

// The blanks layout names (layout.Blank) and those structure's
// DoubtHandwriting looks for are spelt in two packages: handwriting the
// layout listed, unsure, in each blank, passed through layoutListing,
// takes the number and the date back from a header written for this test.
func TestLayoutBlanksAreThoseStructureReads(t *testing.T) {
	text := "ỦY BAN NHÂN DÂN\nXÃ BÌNH AN\nSố: 27/QĐ-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n" +
		"Bình An, ngày 14 tháng 5 năm 2023\nQUYẾT ĐỊNH\nVề việc giao chỉ tiêu\n"
	for _, c := range []struct {
		blank layout.Blank
		text  string
	}{{layout.BlankNumber, "27"}, {layout.BlankDay, "14"}, {layout.BlankMonth, "5"}} {
		lay := &layout.Page{Handwritten: []layout.Handwritten{{Text: c.text, Box: ocr.Box{X0: 300, Y0: 200, X1: 340, Y1: 230}, Confidence: 40, Blank: c.blank}}}
		doc := structure.Parse(text)
		if doc.Header.Number == nil || doc.Header.Number.Number != "27" || doc.Header.Date == nil || doc.Header.Date.ISO == nil {
			t.Fatalf("the test's header parses as %+v", doc.Header)
		}
		doc.Layout = []structure.PageLayout{layoutListing(&ocr.Result{Page: 1, Width: 1654, Height: 2339}, lay)}
		doc.DoubtHandwriting()
		switch c.blank {
		case layout.BlankNumber:
			if doc.Header.Number.Number != "" || doc.Header.Number.Handwritten != "27" {
				t.Errorf("an unsure number in blank %q: number %+v, want it taken back", c.blank, doc.Header.Number)
			}
		default:
			if doc.Header.Date.ISO != nil {
				t.Errorf("an unsure %s in blank %q: date %+v, want no ISO date", c.text, c.blank, doc.Header.Date)
			}
		}
	}
}
