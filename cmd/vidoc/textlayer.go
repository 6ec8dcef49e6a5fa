package main

import (
	"github.com/vidoc/vidoc/internal/input"
	"github.com/vidoc/vidoc/internal/ocr"
	"github.com/vidoc/vidoc/internal/textlayer"
)

// triageNote is a page's triage without its text: the decision, the reason
// and the evidence, as the manifest and `vidoc ocr --format json` show it.
type triageNote struct {
	Page     int                `json:"page"`
	Decision textlayer.Decision `json:"decision"`
	Reason   string             `json:"reason"`
	Evidence textlayer.Evidence `json:"evidence"`
}

func newTriageNote(p *textlayer.Page) triageNote {
	return triageNote{Page: p.Number, Decision: p.Decision, Reason: p.Reason, Evidence: p.Evidence}
}

// layerResult is a PDF page read from its text layer instead of OCR, in the
// shape of an OCR result: the layer's words and lines with their boxes
// turned from points into the pixels of the page as it would be
// rasterized (at its scan's resolution, else input.DefaultPDFDPI), so that
// consumers of `vidoc ocr --format json` see one kind of page. There is no
// OCR confidence: confidences are 0.
func layerResult(path string, pages int, p *textlayer.Page) *ocr.Result {
	dpi := p.Evidence.ImageDPI
	if dpi < 70 {
		dpi = input.DefaultPDFDPI
	}
	scale := float64(dpi) / 72
	px := func(b textlayer.Box) ocr.Box {
		return ocr.Box{X0: int(b.X0 * scale), Y0: int(b.Y0 * scale), X1: int(b.X1*scale + 0.5), Y1: int(b.Y1*scale + 0.5)}
	}
	r := &ocr.Result{
		Source: path, Page: p.Number, Pages: pages, DPI: dpi, Text: p.Text(),
		Width: int(p.WidthPt*scale + 0.5), Height: int(p.HeightPt*scale + 0.5),
		Lines: []ocr.Line{}, Words: []ocr.Word{},
	}
	for _, b := range p.Blocks {
		for _, l := range b.Lines {
			text := ""
			for i, w := range l.Words {
				if i > 0 {
					text += " "
				}
				text += w.Text
				r.Words = append(r.Words, ocr.Word{Text: w.Text, Box: px(w.Box)})
			}
			r.Lines = append(r.Lines, ocr.Line{Text: text, Box: px(l.Box)})
		}
	}
	return r
}
