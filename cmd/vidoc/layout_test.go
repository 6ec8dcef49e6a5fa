package main

import (
	"context"
	"strings"
	"testing"

	"github.com/vidoc/vidoc/internal/ocr"
)

func TestApplyLayoutNamesFileAndPageOfABadImage(t *testing.T) {
	res := &ocr.Result{Source: "scan.tiff", Page: 2, Width: 10, Height: 10, Image: []byte("not a tiff")}
	_, err := applyLayout(context.Background(), nil, res)
	if err == nil || !strings.Contains(err.Error(), "scan.tiff page 2") {
		t.Errorf("err = %v, want one naming scan.tiff page 2", err)
	}
}

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
