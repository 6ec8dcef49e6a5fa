package main

import (
	"log/slog"
	"strings"

	"github.com/vidoc/vidoc/internal/batch"
	"github.com/vidoc/vidoc/internal/input"
	"github.com/vidoc/vidoc/internal/layout"
	"github.com/vidoc/vidoc/internal/ocr"
	"github.com/vidoc/vidoc/internal/ocrxml"
	"github.com/vidoc/vidoc/internal/searchpdf"
	"github.com/vidoc/vidoc/internal/textlayer"
	"github.com/vidoc/vidoc/internal/wordmap"
)

// This file carries a page's words from OCR to the archive formats (pdf,
// alto, hocr) of `vidoc ocr` and `vidoc scan`: pageLayout records, for
// each line of the page's text, the OCR words it was read from; placeText
// puts the repaired text's words on their boxes; searchPage and xmlPage
// turn the placed lines into what searchpdf and ocrxml write.

// pageLayout is where r's text was read: for each line of r.Text (as
// internal/layout ordered it), the words of r.Words it holds; layer is the
// triage of a PDF page's text layer, or nil; lay is the page's layout, or
// nil.
func pageLayout(r *ocr.Result, layer *textlayer.Page, lay *layout.Page) *batch.PageLayout {
	dpi := r.DPI
	if dpi <= 0 {
		dpi = input.DefaultPDFDPI // an image of unknown resolution is placed at 300 dpi
	}
	return &batch.PageLayout{Width: r.Width, Height: r.Height, DPI: dpi, Rotation: r.Rotation,
		OwnText: layer != nil && layer.Decision == textlayer.UseText, Lines: textLineWords(r, lay)}
}

// textLineWords finds, for each line of r.Text, the words it holds: of
// lay.Words, the words layout made the text of, or r.Words without
// layout. Layout may read a page's lines out of Tesseract's order (header
// columns), leave words out (specks, stamps), read a crop again (a table
// cell, print under a seal) and snap a fixed header line's text; so each
// token takes the first unused word of its text after the word before it
// on its line, or the first unused one at the start of a line. A token no
// word was read for (a snapped word) gets none. Taken from r.Words, a
// line's first token could get a word layout had kept out (an
// e-signature banner's "Cơ quan: Cờ Đỏ" gave the date line's "Cờ" its
// box), and a table cell read again found few of its words, its text
// squeezed onto their boxes.
func textLineWords(r *ocr.Result, lay *layout.Page) [][]wordmap.Word {
	words := r.Words
	if lay != nil && lay.Words != nil {
		words = lay.Words
	}
	unused := map[string][]int{} // word text → indices into words, in order
	for i, w := range words {
		unused[w.Text] = append(unused[w.Text], i)
	}
	lines := strings.Split(r.Text, "\n")
	out := make([][]wordmap.Word, len(lines))
	for i, line := range lines {
		prev := -1
		for _, t := range strings.Fields(line) {
			q := unused[t]
			if len(q) == 0 {
				continue
			}
			k := 0
			for k < len(q) && q[k] < prev {
				k++
			}
			if k == len(q) {
				k = 0
			}
			w := words[q[k]]
			prev = q[k]
			unused[t] = append(q[:k:k], q[k+1:]...)
			out[i] = append(out[i], wordmap.Word{Text: w.Text, Confidence: w.Confidence,
				Box: wordmap.Box{X0: w.Box.X0, Y0: w.Box.Y0, X1: w.Box.X1, Y1: w.Box.Y1}})
		}
	}
	return out
}

// placeText puts the words of text, the page's text after repair (or as
// read), on the words of l's lines. Repair keeps lines; if the line count
// still differs, the OCR words are placed as they were read, with a
// warning, rather than words on the wrong lines.
func placeText(l *batch.PageLayout, text, source string, page int) [][]wordmap.Word {
	if l == nil {
		return nil
	}
	lines := strings.Split(strings.TrimRight(text, "\n"), "\n")
	if len(lines) > len(l.Lines) {
		slog.Warn("repaired text has more lines than the page read: OCR words placed unrepaired", "file", source, "page", page)
		return l.Lines
	}
	out := make([][]wordmap.Word, len(lines))
	for i, line := range lines {
		out[i] = wordmap.Line(l.Lines[i], line)
	}
	return out
}

// searchPage is a page of a searchable PDF: its size, and its placed
// lines. A page whose own correct text layer was used keeps it and gets no
// second one; a page OCR turned upright has its word boxes in the turned
// image, which do not fit the page: it gets no layer, with a warning.
func searchPage(l *batch.PageLayout, lines [][]wordmap.Word, source string, page int) searchpdf.Page {
	p := searchpdf.Page{Width: float64(l.Width), Height: float64(l.Height), DPI: float64(l.DPI)}
	switch {
	case l.OwnText:
		return p
	case l.Rotation != 0:
		slog.Warn("page turned upright for OCR: no text layer for it in the PDF", "file", source, "page", page, "rotation", l.Rotation)
		p.Width, p.Height = p.Height, p.Width
		return p
	}
	for _, words := range lines {
		if len(words) == 0 {
			continue
		}
		var line searchpdf.Line
		for _, w := range words {
			line.Words = append(line.Words, searchpdf.Word{Text: w.Text,
				X0: float64(w.Box.X0), Y0: float64(w.Box.Y0), X1: float64(w.Box.X1), Y1: float64(w.Box.Y1)})
		}
		p.Lines = append(p.Lines, line)
	}
	return p
}

// xmlPage is a page of ALTO or hOCR: a block for each run of lines
// between blank lines (a paragraph, a header column), as the page's text
// has them.
func xmlPage(l *batch.PageLayout, lines [][]wordmap.Word) ocrxml.Page {
	page := ocrxml.Page{Width: l.Width, Height: l.Height, DPI: l.DPI}
	var block ocrxml.Block
	flush := func() {
		if len(block.Lines) > 0 {
			page.Blocks = append(page.Blocks, block)
		}
		block = ocrxml.Block{}
	}
	for _, words := range lines {
		if len(words) == 0 {
			flush()
			continue
		}
		var line ocrxml.Line
		for i, w := range words {
			b := ocrxml.Box(w.Box)
			if i == 0 {
				line.Box = b
			}
			line.Box = unionBox(line.Box, b)
			line.Words = append(line.Words, ocrxml.Word{Text: w.Text, Box: b, Confidence: w.Confidence})
		}
		if len(block.Lines) == 0 {
			block.Box = line.Box
		}
		block.Box = unionBox(block.Box, line.Box)
		block.Lines = append(block.Lines, line)
	}
	flush()
	return page
}

func unionBox(a, b ocrxml.Box) ocrxml.Box {
	return ocrxml.Box{X0: min(a.X0, b.X0), Y0: min(a.Y0, b.Y0), X1: max(a.X1, b.X1), Y1: max(a.Y1, b.Y1)}
}
