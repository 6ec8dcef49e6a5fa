package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"

	"github.com/vidoc/vidoc/internal/input"
	"github.com/vidoc/vidoc/internal/ocr"
	"github.com/vidoc/vidoc/internal/searchpdf"
	"github.com/vidoc/vidoc/internal/textlayer"
)

// pdfDoc gathers the pages of one document for `vidoc ocr --format pdf`:
// a PDF input keeps its pages and gets a new invisible text layer
// (searchpdf.Graft, an old invisible layer removed); a PNG or JPEG becomes
// a one-page PDF of the image as it is (searchpdf.WriteImages).
type pdfDoc struct {
	path   string
	format input.Format
	pages  []searchpdf.Page // by page number; DPI 0 for a page not read
}

func newPDFDoc(doc *input.Document) (*pdfDoc, error) {
	if doc.Format == input.TIFF {
		return nil, fmt.Errorf("%s: --format pdf takes a PDF, PNG or JPEG, not a TIFF", doc.Path)
	}
	return &pdfDoc{path: doc.Path, format: doc.Format, pages: make([]searchpdf.Page, doc.Count)}, nil
}

// add places page r's words. A page whose correct text layer was used
// keeps it and gets no second one. A page OCR turned upright has its word
// boxes in the turned image, which do not fit the page: it gets no layer,
// with a warning.
func (x *pdfDoc) add(r *ocr.Result, layer *textlayer.Page) {
	dpi := r.DPI
	if dpi <= 0 {
		dpi = input.DefaultPDFDPI // an image of unknown resolution is placed at 300 dpi
	}
	p := searchpdf.Page{Width: float64(r.Width), Height: float64(r.Height), DPI: float64(dpi)}
	switch {
	case layer != nil && layer.Decision == textlayer.UseText:
	case r.Rotation != 0:
		slog.Warn("page turned upright for OCR: no text layer for it in the PDF", "file", r.Source, "page", r.Page, "rotation", r.Rotation)
		p.Width, p.Height = p.Height, p.Width
	default:
		for _, words := range lineWords(r) {
			var line searchpdf.Line
			for _, w := range words {
				line.Words = append(line.Words, searchpdf.Word{Text: w.Text,
					X0: float64(w.Box.X0), Y0: float64(w.Box.Y0), X1: float64(w.Box.X1), Y1: float64(w.Box.Y1)})
			}
			p.Lines = append(p.Lines, line)
		}
	}
	x.pages[r.Page-1] = p
}

// write writes the searchable PDF, or fails when a page could not be read.
func (x *pdfDoc) write(ctx context.Context, w io.Writer) error {
	for i, p := range x.pages {
		if p.DPI == 0 {
			return fmt.Errorf("%s: page %d could not be read: no searchable PDF written", x.path, i+1)
		}
	}
	if x.format == input.PDF {
		_, err := searchpdf.Graft(ctx, x.path, x.pages, w, searchpdf.Options{})
		return err
	}
	img, err := os.ReadFile(x.path)
	if err != nil {
		return err
	}
	x.pages[0].Image, x.pages[0].ImageType = img, string(x.format)
	if err := searchpdf.WriteImages(w, x.pages, searchpdf.Options{}); err != nil {
		return fmt.Errorf("%s: %w", x.path, err)
	}
	return nil
}
