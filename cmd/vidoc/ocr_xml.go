package main

import (
	"io"
	"path/filepath"
	"strings"

	"github.com/vidoc/vidoc/internal/ocr"
	"github.com/vidoc/vidoc/internal/ocrxml"
)

// xmlDoc gathers the pages of one document for `vidoc ocr --format alto`
// or hocr, which write the whole document at once.
type xmlDoc struct {
	format string // "alto" or "hocr"
	doc    ocrxml.Document
}

// add appends a page read by OCR or from a text layer; the page is one
// text block, since `vidoc ocr` finds no layout.
func (x *xmlDoc) add(r *ocr.Result) {
	if x.doc.Source == "" {
		x.doc.Source = filepath.Base(r.Source)
	}
	page := ocrxml.Page{Width: r.Width, Height: r.Height, DPI: r.DPI}
	var block ocrxml.Block
	for i, words := range lineWords(r) {
		l := r.Lines[i]
		line := ocrxml.Line{Box: xmlBox(l.Box)}
		for _, w := range words {
			line.Words = append(line.Words, ocrxml.Word{Text: w.Text, Box: xmlBox(w.Box), Confidence: w.Confidence})
		}
		if i == 0 {
			block.Box = line.Box
		} else {
			block.Box = ocrxml.Box{X0: min(block.Box.X0, line.Box.X0), Y0: min(block.Box.Y0, line.Box.Y0),
				X1: max(block.Box.X1, line.Box.X1), Y1: max(block.Box.Y1, line.Box.Y1)}
		}
		block.Lines = append(block.Lines, line)
	}
	if len(block.Lines) > 0 {
		page.Blocks = []ocrxml.Block{block}
	}
	x.doc.Pages = append(x.doc.Pages, page)
}

// lineWords splits r.Words by r.Lines: ocr.Result keeps a line's words as
// the run of Words its Text holds, in order.
func lineWords(r *ocr.Result) [][]ocr.Word {
	out := make([][]ocr.Word, len(r.Lines))
	words := r.Words
	for i, l := range r.Lines {
		n := min(len(strings.Fields(l.Text)), len(words))
		out[i], words = words[:n], words[n:]
	}
	return out
}

func xmlBox(b ocr.Box) ocrxml.Box { return ocrxml.Box{X0: b.X0, Y0: b.Y0, X1: b.X1, Y1: b.Y1} }

// write writes the document gathered so far.
func (x *xmlDoc) write(w io.Writer) error {
	if x.format == "alto" {
		return ocrxml.WriteALTO(w, &x.doc)
	}
	return ocrxml.WriteHOCR(w, &x.doc)
}
