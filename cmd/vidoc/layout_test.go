package main

import (
	"context"
	"testing"

	"github.com/vidoc/vidoc/internal/ocr"
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
