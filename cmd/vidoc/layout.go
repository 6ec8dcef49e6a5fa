package main

import (
	"context"
	"encoding/json"
	"fmt"
	"image"

	"github.com/vidoc/vidoc/internal/batch"
	"github.com/vidoc/vidoc/internal/layout"
	"github.com/vidoc/vidoc/internal/ocr"
	"github.com/vidoc/vidoc/internal/structure"
)

// applyLayout runs the layout stage on a page an engine has just read
// (with ocr.Options.KeepImage, whose pixels it looks at as OCR left them):
// res.Text becomes the text in reading order, and the page image is let go.
// r, the engine that read the page (or one timing it, with --timings),
// reads crops again; nil reads none.
func applyLayout(ctx context.Context, r layout.Reader, res *ocr.Result) (*layout.Page, error) {
	img := res.Image
	res.Image = nil
	p, err := layout.Analyze(ctx, res, img, layout.Options{Reader: r})
	if err != nil {
		return nil, err
	}
	res.Text = p.Text
	return p, nil
}

// layoutClean is what OCR paints white for layout before Tesseract reads
// a page (ocr.Options.Clean): the rules of ruled tables, which make
// Tesseract garble the cells, so that layout need not read them again.
// Nothing without layout: the words stay Tesseract's reading of the page
// as it is.
func layoutClean(noLayout bool) func(image.Image, int) []image.Rectangle {
	if noLayout {
		return nil
	}
	return layout.TableRules
}

// layoutSetting names the layout stage for a manifest key.
func layoutSetting(off bool) string {
	if off {
		return "layout=off"
	}
	return "layout=" + layout.Version
}

// layoutListing is what the structure JSON of `vidoc scan` lists of a
// page's layout: regions (kind and box, in reading order), the words kept
// out of the text, handwriting and snapped lines. The regions' lines are
// left out: their text is the document's.
func layoutListing(res *ocr.Result, p *layout.Page) structure.PageLayout {
	out := structure.PageLayout{Page: res.Page, Width: res.Width, Height: res.Height, DPI: res.DPI, Reordered: p.Reordered,
		Regions: []structure.LayoutRegion{}, Dropped: []structure.LayoutDropped{},
		Handwritten: []structure.LayoutHandwritten{}, Snapped: []structure.LayoutSnapped{}}
	for _, r := range p.Regions {
		lr := structure.LayoutRegion{Kind: string(r.Kind), Box: structure.Box(r.Box)}
		for _, c := range r.Cells {
			lr.Cells = append(lr.Cells, structure.LayoutCell{Row: c.Row, Col: c.Col, Rows: c.Rows, Cols: c.Cols,
				Box: structure.Box(c.Box), Reread: c.Reread})
		}
		out.Regions = append(out.Regions, lr)
	}
	for _, d := range p.Dropped {
		words := make([]structure.LayoutWord, len(d.Words))
		for i, w := range d.Words {
			words[i] = structure.LayoutWord{Text: w.Text, Box: structure.Box(w.Box), Confidence: w.Confidence}
		}
		out.Dropped = append(out.Dropped, structure.LayoutDropped{Reason: d.Reason, Box: structure.Box(d.Box), Text: d.Text, Words: words})
	}
	for _, h := range p.Handwritten {
		out.Handwritten = append(out.Handwritten, structure.LayoutHandwritten{Text: h.Text, Box: structure.Box(h.Box), Confidence: h.Confidence,
			Blank: string(h.Blank), Sure: h.Sure})
	}
	for _, s := range p.Snapped {
		out.Snapped = append(out.Snapped, structure.LayoutSnapped{Read: s.Read, Form: s.Form, Box: structure.Box(s.Box)})
	}
	return out
}

// layoutListings gathers the layout listings of a document's pages read
// with the layout stage, in page order; nil when none was (--no-layout, or
// every page taken from a PDF's text layer), and the JSON has no layout.
func layoutListings(d *batch.Doc) ([]structure.PageLayout, error) {
	var out []structure.PageLayout
	for _, p := range d.Read {
		if p.Layout == nil || p.Layout.Regions == nil {
			continue
		}
		var l structure.PageLayout
		if err := json.Unmarshal(p.Layout.Regions, &l); err != nil {
			return nil, fmt.Errorf("layout of page %d: %w", p.Number, err)
		}
		l.Page = p.Number
		out = append(out, l)
	}
	return out, nil
}
