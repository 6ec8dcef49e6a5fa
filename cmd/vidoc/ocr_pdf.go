package main

import (
	"context"
	"errors"
	"io"
	"os"

	"github.com/vidoc/vidoc/internal/batch"
	"github.com/vidoc/vidoc/internal/input"
	"github.com/vidoc/vidoc/internal/searchpdf"
)

// pdfDoc gathers the pages of one document for a searchable PDF (`vidoc
// ocr --format pdf`, `vidoc scan --format pdf`): a PDF input keeps its
// pages and gets a new invisible text layer (searchpdf.Graft, an old
// invisible layer removed); a TIFF's pages are wrapped into a PDF as
// they are, then grafted alike (searchpdf.GraftTIFF); a PNG or JPEG
// becomes a one-page PDF of the image as it is (searchpdf.WriteImages).
type pdfDoc struct {
	path   string
	format input.Format
	pages  []searchpdf.Page // by page number; DPI 0 for a page not read
}

func newPDFDoc(path string, format input.Format, pages int) *pdfDoc {
	return &pdfDoc{path: path, format: format, pages: make([]searchpdf.Page, pages)}
}

// add sets page n.
func (x *pdfDoc) add(n int, p searchpdf.Page) { x.pages[n-1] = p }

// skipUnread gives the pages not read an empty text layer, so that the
// others' are written: a PDF input's pages are kept as they are, the
// unread ones without new text.
func (x *pdfDoc) skipUnread() {
	for i, p := range x.pages {
		if p.DPI == 0 {
			x.pages[i] = searchpdf.Page{Width: 72, Height: 72, DPI: 72}
		}
	}
}

// write writes the searchable PDF, or fails when a page could not be read.
// Its errors are *batch.FileError: they name the input once, as a field,
// with the page when known, for `vidoc ocr` to print and for `vidoc scan`
// to record under the output's format.
func (x *pdfDoc) write(ctx context.Context, w io.Writer, opts searchpdf.Options) error {
	for i, p := range x.pages {
		if p.DPI == 0 {
			return &batch.FileError{Path: x.path, Page: i + 1, Err: errors.New("could not be read: no searchable PDF written")}
		}
	}
	var err error
	switch x.format {
	case input.PDF:
		_, err = searchpdf.Graft(ctx, x.path, x.pages, w, opts)
	case input.TIFF:
		_, err = searchpdf.GraftTIFF(ctx, x.path, x.pages, w, opts)
	default:
		var img []byte
		if img, err = os.ReadFile(x.path); err != nil {
			return err // an *fs.PathError, which names the file
		}
		x.pages[0].Image, x.pages[0].ImageType = img, string(x.format)
		if err := searchpdf.WriteImages(w, x.pages, opts); err != nil {
			return &batch.FileError{Path: x.path, Err: err}
		}
		return nil
	}
	if err != nil {
		// Graft and GraftTIFF put the input's path before their cause, in
		// one wrapping: the path is named here once, as a field.
		if cause := errors.Unwrap(err); cause != nil {
			err = cause
		}
		return &batch.FileError{Path: x.path, Err: err}
	}
	return nil
}
