package input

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"os"

	"github.com/vidoc/vidoc/internal/extcmd"
)

const (
	// DefaultMaxPixels refuses pages over 100 megapixels (an A4 page at
	// 1200 dpi is 140 MP; at 300 dpi it is 8.7 MP): a decompression bomb's
	// header claims far more than its file size suggests.
	DefaultMaxPixels = 100_000_000
	// DefaultPDFDPI rasterizes PDF pages whose scan resolution is unknown.
	DefaultPDFDPI = 300
	// maxPDFDPI caps rasterization: OCR gains nothing above it.
	maxPDFDPI = 600
	// MaxSide is the widest and tallest page Tesseract reads: it keeps
	// coordinates in 16-bit integers, and one pixel more makes it print
	// "Image too large" and crash the process. Larger pages are shrunk to
	// fit, or refused when that would leave them unreadable.
	MaxSide = 32767
	// minFitDPI is the lowest resolution a page may be shrunk to so that it
	// fits MaxSide: below it the small print of a letter-size scan (the
	// recipients, the signer's name) stops being read reliably.
	minFitDPI = 150
	// headBytes is how much of a file is read to sniff it and parse headers.
	headBytes = 1 << 16
)

// Options limits what Open accepts. The zero value takes the defaults.
type Options struct {
	MaxPixels int64 // refuse pages with more pixels; DefaultMaxPixels when 0
	PDFDPI    int   // PDF resolution when the scan's is unknown; DefaultPDFDPI when 0
}

// Validate refuses options no document could be read with; both commands
// that read scans check their flags with it, so they accept the same values.
func (o Options) Validate() error {
	if o.MaxPixels < 0 {
		return fmt.Errorf("max pixels %d: want a positive number of pixels per page (0 for the default, %d)", o.MaxPixels, DefaultMaxPixels)
	}
	if o.PDFDPI < 0 {
		return fmt.Errorf("PDF resolution %d dpi: want a positive number (0 for the default, %d)", o.PDFDPI, DefaultPDFDPI)
	}
	return nil
}

func (o Options) maxPixels() int64 {
	if o.MaxPixels > 0 {
		return o.MaxPixels
	}
	return DefaultMaxPixels
}

// Grey is the Encoding of a page handed over as pixels, not encoded:
// Width × Height bytes, one a pixel, row by row, black zero (a rasterized
// PDF page).
const Grey = "grey"

// Page is one page image, ready for OCR, which decodes it: the page is
// decoded once, there, and not here too. A TIFF page is not read at all
// (Image nil): OCR reads page Index of the file Source itself, in any
// compression, which saves decoding it here and encoding it again.
type Page struct {
	Source        string // the document's path
	Number, Count int    // 1-based page number, pages in the document
	Encoding      string // encoding of Image: "png", "jpeg", "tiff" or Grey
	Image         []byte // nil for a TIFF page, read from Source
	Index         int    // a TIFF page's 0-based index in Source
	Width, Height int    // pixels as OCR reads them: shrunk to MaxSide when larger
	DPI           int    // resolution to OCR at; 0 lets the OCR engine estimate it
	DPIEstimated  bool
}

// Document is an opened scan: its format and page count are known, its
// pages are read one at a time on demand. A Document holds no open file
// and is safe for concurrent use by several workers.
type Document struct {
	Path   string
	Format Format
	Count  int // number of pages

	opts  Options
	infos []pageInfo // images and TIFF pages
	pdf   []pdfPage  // PDF pages
	// brokenTIFF is why a TIFF's chain of pages breaks after its good
	// ones: the error of its last page, past infos.
	brokenTIFF error
}

// Open recognises a document by content and reads its page count and page
// sizes from headers, without decoding any page. Errors are *Error naming
// the file.
func Open(ctx context.Context, path string, opts Options) (*Document, error) {
	fail := func(err error) (*Document, error) { return nil, &Error{Path: path, Err: err} }
	st, err := os.Stat(path)
	switch {
	case err != nil:
		return fail(unwrapPathError(err))
	case st.IsDir():
		return fail(errors.New("is a folder, not a file"))
	case CheckRegular(st.Mode()) != nil:
		return fail(fmt.Errorf("%w: not read", CheckRegular(st.Mode())))
	case st.Size() == 0:
		return fail(fmt.Errorf("%w: empty file", ErrCorrupt))
	}
	head, err := readHead(path)
	if err != nil {
		return fail(unwrapPathError(err))
	}
	format, ok := Sniff(head)
	if !ok {
		return fail(ErrUnsupported)
	}
	doc := &Document{Path: path, Format: format, opts: opts}
	switch format {
	case PNG, JPEG:
		info, err := pngInfo(head)
		if format == JPEG {
			info, err = jpegInfo(head)
		}
		if err != nil {
			return fail(err)
		}
		doc.infos = []pageInfo{info}
	case TIFF:
		f, err := os.Open(path)
		if err != nil {
			return fail(unwrapPathError(err))
		}
		doc.infos, err = tiffInfo(f, st.Size())
		f.Close()
		switch {
		case err != nil && len(doc.infos) == 0:
			return fail(err)
		case err != nil:
			// The good pages are read; the broken one fails alone.
			doc.brokenTIFF = fmt.Errorf("%w; no page after it can be found", err)
			doc.infos = append(doc.infos, pageInfo{})
		}
	case PDF:
		if doc.pdf, err = pdfInfo(ctx, path); err != nil {
			return fail(err)
		}
	}
	doc.Count = len(doc.infos) + len(doc.pdf)
	if doc.Count == 1 {
		// A lone page over the limit fails the document up front.
		if _, err := doc.checkPage(1); err != nil {
			return nil, err
		}
	}
	return doc, nil
}

func readHead(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	head := make([]byte, headBytes)
	n, err := io.ReadFull(f, head)
	if err != nil && err != io.ErrUnexpectedEOF {
		return nil, err
	}
	return head[:n], nil
}

// unwrapPathError drops the path from an *os.PathError, which Error adds.
func unwrapPathError(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// checkPage applies the pixel limit to page n from its header and returns
// the page's geometry; for PDF pages it picks the rasterization resolution.
func (d *Document) checkPage(n int) (Page, error) {
	p := Page{Source: d.Path, Number: n, Count: d.Count, Encoding: string(d.Format)}
	limit := d.opts.maxPixels()
	if d.Format == PDF {
		pp := d.pdf[n-1]
		dpi := pp.DPI
		if dpi < 70 {
			dpi = d.opts.PDFDPI
			if dpi <= 0 {
				dpi = DefaultPDFDPI
			}
			p.DPIEstimated = true
		}
		dpi = min(dpi, maxPDFDPI)
		// Rasterizing is ours to size: lower the resolution to fit the
		// limit rather than refuse, unless the page is absurdly large.
		area := pp.WidthPt / 72 * pp.HeightPt / 72
		if area > 0 && area*float64(dpi*dpi) > float64(limit) {
			dpi = int(math.Sqrt(float64(limit) / area))
			p.DPIEstimated = true
		}
		if dpi < 70 {
			return p, &Error{Path: d.Path, Page: n, Err: fmt.Errorf("%w: a %.0f × %.0f pt page does not fit in %d pixels at 70 dpi", ErrTooLarge, pp.WidthPt, pp.HeightPt, limit)}
		}
		// Likewise for Tesseract's limit on a side: at most 14400 pt (the
		// largest PDF page) fits at 163 dpi.
		if longest := max(pp.WidthPt, pp.HeightPt); longest/72*float64(dpi) > MaxSide {
			fit := int(MaxSide * 72 / longest)
			if fit < minFitDPI {
				return p, &Error{Path: d.Path, Page: n, Err: fmt.Errorf("%w: a %.0f × %.0f pt page is over %d pixels on a side at %d dpi, the lowest resolution it stays readable at", ErrTooWide, pp.WidthPt, pp.HeightPt, MaxSide, minFitDPI)}
			}
			dpi = fit
			p.DPIEstimated = true
		}
		p.Encoding = "tiff"
		p.DPI = dpi
		p.Width = int(pp.WidthPt/72*float64(dpi) + 0.5)
		p.Height = int(pp.HeightPt/72*float64(dpi) + 0.5)
		return p, nil
	}
	if d.brokenTIFF != nil && n == d.Count {
		return p, &Error{Path: d.Path, Page: n, Err: d.brokenTIFF}
	}
	info := d.infos[n-1]
	if int64(info.Width)*int64(info.Height) > limit {
		return p, &Error{Path: d.Path, Page: n, Err: fmt.Errorf("%w: %d × %d pixels is over the limit of %d", ErrTooLarge, info.Width, info.Height, limit)}
	}
	p.Width, p.Height = info.Width, info.Height
	p.DPI, p.DPIEstimated = plausibleDPI(info)
	if err := fitSide(&p); err != nil {
		return p, &Error{Path: d.Path, Page: n, Err: err}
	}
	return p, nil
}

// fitSide shrinks the geometry of an image page wider or taller than
// Tesseract reads (the OCR stage shrinks the pixels alike), or refuses it
// when its resolution after shrinking would be unknown or too low to read.
func fitSide(p *Page) error {
	longest := max(p.Width, p.Height)
	if longest <= MaxSide {
		return nil
	}
	f := float64(MaxSide) / float64(longest)
	if p.DPI == 0 {
		return fmt.Errorf("%w: %d × %d pixels is over %d on a side, and at an unknown resolution shrinking it might leave it unreadable", ErrTooWide, p.Width, p.Height, MaxSide)
	}
	fit := int(float64(p.DPI) * f)
	if fit < minFitDPI {
		return fmt.Errorf("%w: %d × %d pixels at %d dpi is over %d on a side, and shrunk to fit it would be %d dpi, under the %d dpi it needs to stay readable", ErrTooWide, p.Width, p.Height, p.DPI, MaxSide, fit, minFitDPI)
	}
	p.Width, p.Height = int(float64(p.Width)*f+0.5), int(float64(p.Height)*f+0.5)
	p.DPI = fit
	return nil
}

// Page reads page n (1-based). Errors are *Error naming the file and page.
func (d *Document) Page(ctx context.Context, n int) (Page, error) {
	if n < 1 || n > d.Count {
		return Page{}, &Error{Path: d.Path, Page: n, Err: fmt.Errorf("no such page (the document has %d)", d.Count)}
	}
	p, err := d.checkPage(n)
	if err != nil {
		return Page{}, err
	}
	if err := ctx.Err(); err != nil {
		return Page{}, err
	}
	fail := func(err error) (Page, error) { return Page{}, &Error{Path: d.Path, Page: n, Err: err} }
	switch d.Format {
	case PNG, JPEG:
		data, err := os.ReadFile(d.Path)
		if err != nil {
			return fail(unwrapPathError(err))
		}
		if d.Format == PNG && !pngComplete(data) {
			return fail(fmt.Errorf("%w: PNG has no end chunk", ErrCorrupt))
		}
		if d.Format == JPEG && !jpegComplete(data) {
			return fail(fmt.Errorf("%w: JPEG has no end-of-image marker", ErrCorrupt))
		}
		p.Image = data
	case TIFF:
		// Its directory was read by Open; its pixels are OCR's to decode.
		p.Encoding, p.Index = "tiff", n-1
	case PDF:
		data, err := rasterizePDFPage(ctx, d.Path, n, p.DPI)
		if err == nil {
			// The raster goes on as pixels: leptonica parses PGM a pixel
			// at a time, and neither needs encoding again.
			var w, h int
			if w, h, data, err = parsePGM(data); err == nil {
				p.Encoding, p.Width, p.Height = Grey, w, h
			}
		}
		var missing *extcmd.MissingError
		switch {
		case err == nil:
		case ctx.Err() != nil:
			return Page{}, ctx.Err()
		case errors.As(err, &missing), errors.Is(err, extcmd.ErrTimeout):
			return fail(err)
		default:
			return fail(fmt.Errorf("%w: %v", ErrCorrupt, err))
		}
		p.Image = data
	}
	return p, nil
}

// Pages calls fn with each page in order, reading one page at a time, and
// stops at the first error (from reading or from fn).
func (d *Document) Pages(ctx context.Context, fn func(Page) error) error {
	for n := 1; n <= d.Count; n++ {
		p, err := d.Page(ctx, n)
		if err != nil {
			return err
		}
		if err := fn(p); err != nil {
			return err
		}
	}
	return nil
}
