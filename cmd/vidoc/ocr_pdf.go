package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
	"time"

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

// errUnreadPage: a page of the input could not be read, so `vidoc ocr`
// writes no searchable PDF of it. The input failed, not the run.
var errUnreadPage = errors.New("could not be read: no searchable PDF written")

// write writes the searchable PDF, dated by pdfDate, or fails when a page
// could not be read. Its errors are *batch.FileError: they name the input
// once, as a field, with the page when known, for `vidoc ocr` to print and
// for `vidoc scan` to record under the output's format.
func (x *pdfDoc) write(ctx context.Context, w io.Writer) error {
	for i, p := range x.pages {
		if p.DPI == 0 {
			return &batch.FileError{Path: x.path, Page: i + 1, Err: errUnreadPage}
		}
	}
	date, err := pdfDate(x.path)
	if err != nil {
		return err
	}
	opts := searchpdf.Options{Date: date}
	switch x.format {
	case input.PDF:
		_, err = searchpdf.Graft(ctx, x.path, x.pages, w, opts)
	case input.TIFF:
		_, err = searchpdf.GraftTIFF(ctx, x.path, x.pages, w, opts)
	default:
		var img []byte
		if img, err = os.ReadFile(x.path); err != nil {
			return pathFileError(err)
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

// pdfDate is the creation date of a searchable PDF of the input path, never
// the time of the run, so that two runs over the same file give the same
// bytes and an archive can check a copy against its checksum:
// SOURCE_DATE_EPOCH (seconds since 1970-01-01 UTC, the reproducible-builds
// convention) when it is set, else the input's modification time.
func pdfDate(path string) (time.Time, error) {
	if t, ok, err := sourceDateEpoch(); ok || err != nil {
		return t, err
	}
	fi, err := os.Stat(path)
	if err != nil {
		return time.Time{}, pathFileError(err)
	}
	return fi.ModTime().UTC(), nil
}

// sourceDateEpoch reads SOURCE_DATE_EPOCH: ok when it is set (and not
// empty); an error, naming it, when it is not a whole number of seconds
// from 0 up. The commands check it before any work, as a usage error.
func sourceDateEpoch() (t time.Time, ok bool, err error) {
	s := os.Getenv("SOURCE_DATE_EPOCH")
	if s == "" {
		return time.Time{}, false, nil
	}
	sec, err := strconv.ParseInt(s, 10, 64)
	if err != nil || sec < 0 || sec > maxPDFDate {
		return time.Time{}, false, fmt.Errorf("SOURCE_DATE_EPOCH=%q: want the seconds since 1970-01-01 00:00 UTC, a whole number from 0 to %d", s, int64(maxPDFDate))
	}
	return time.Unix(sec, 0).UTC(), true, nil
}

// maxPDFDate is the last second of year 9999, the largest year a PDF date
// (D:YYYYMMDDHHmmSS) can hold.
const maxPDFDate = 253402300799

// pathFileError turns an *fs.PathError, whose text names its file, into a
// batch.FileError naming it as a field (once, where it is printed).
func pathFileError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return &batch.FileError{Path: pe.Path, Err: fmt.Errorf("%s: %w", pe.Op, pe.Err)}
	}
	return err
}
