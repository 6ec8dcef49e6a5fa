package input

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/vidoc/vidoc/internal/extcmd"
)

// pdfPage is what poppler tells about a PDF page before it is rasterized.
type pdfPage struct {
	WidthPt, HeightPt float64
	DPI               int // resolution of the page's largest image; 0 without images
}

var (
	pdfPagesRe = regexp.MustCompile(`(?m)^Pages:\s+(\d+)`)
	pdfSizeRe  = regexp.MustCompile(`(?m)^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts`)
	pdfRotRe   = regexp.MustCompile(`(?m)^Page\s+(\d+) rot:\s+(\d+)`)
)

// pdfInfo asks pdfinfo for the page count and sizes, and pdfimages for the
// resolution the pages were scanned at.
func pdfInfo(ctx context.Context, path string) ([]pdfPage, error) {
	out, err := poppler(ctx, "pdfinfo", path)
	var missing *extcmd.MissingError
	switch {
	case errors.As(err, &missing):
		return nil, err
	case err != nil && strings.Contains(err.Error(), "Incorrect password"):
		return nil, ErrEncrypted
	case err != nil && strings.Contains(err.Error(), "Invalid page count 0"):
		return nil, fmt.Errorf("%w: PDF has no pages", ErrCorrupt)
	case err != nil:
		return nil, fmt.Errorf("%w: %v", ErrCorrupt, err)
	}
	m := pdfPagesRe.FindSubmatch(out)
	if m == nil {
		return nil, fmt.Errorf("%w: pdfinfo reports no page count", ErrCorrupt)
	}
	count, _ := strconv.Atoi(string(m[1]))
	if count < 1 {
		return nil, fmt.Errorf("%w: PDF has no pages", ErrCorrupt)
	}
	if bytes.Contains(out, []byte("\nEncrypted:       yes")) {
		// Encrypted with an empty user password (only copy/print
		// restrictions): poppler renders it like any other.
		slog.Debug("PDF has an owner password only; reading it", "file", path)
	}
	out, err = poppler(ctx, "pdfinfo", "-f", "1", "-l", strconv.Itoa(count), path)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrCorrupt, err)
	}
	pages := make([]pdfPage, count)
	for _, m := range pdfSizeRe.FindAllSubmatch(out, -1) {
		n, _ := strconv.Atoi(string(m[1]))
		if n >= 1 && n <= count {
			pages[n-1].WidthPt, _ = strconv.ParseFloat(string(m[2]), 64)
			pages[n-1].HeightPt, _ = strconv.ParseFloat(string(m[3]), 64)
		}
	}
	// A page turned by /Rotate is rasterized turned: swap its sides.
	for _, m := range pdfRotRe.FindAllSubmatch(out, -1) {
		n, _ := strconv.Atoi(string(m[1]))
		rot, _ := strconv.Atoi(string(m[2]))
		if n >= 1 && n <= count && rot%180 == 90 {
			pages[n-1].WidthPt, pages[n-1].HeightPt = pages[n-1].HeightPt, pages[n-1].WidthPt
		}
	}
	if out, err := poppler(ctx, "pdfimages", "-list", path); err == nil {
		pdfImageDPI(out, pages)
	} else if errors.As(err, &missing) {
		return nil, err
	} else {
		slog.Debug("pdfimages failed; PDF pages rasterized at the default resolution", "file", path, "err", err)
	}
	return pages, nil
}

// pdfImageDPI fills each page's DPI with the x-ppi of its largest image,
// from the table `pdfimages -list` prints.
func pdfImageDPI(list []byte, pages []pdfPage) {
	largest := make([]int, len(pages))
	for _, line := range strings.Split(string(list), "\n") {
		f := strings.Fields(line)
		if len(f) < 14 || (f[2] != "image" && f[2] != "stencil") {
			continue
		}
		page, err1 := strconv.Atoi(f[0])
		w, err2 := strconv.Atoi(f[3])
		h, err3 := strconv.Atoi(f[4])
		ppi, err4 := strconv.ParseFloat(f[12], 64)
		if err1 != nil || err2 != nil || err3 != nil || err4 != nil || page < 1 || page > len(pages) {
			continue
		}
		if w*h > largest[page-1] {
			largest[page-1] = w * h
			pages[page-1].DPI = int(ppi + 0.5)
		}
	}
}

// rasterTimeout bounds the rendering of one page: a scanned page takes
// seconds even at 600 dpi on a busy machine, while a page whose image
// claims 10⁸ rows kept pdftoppm busy past a minute, when it was stopped. A
// var for tests.
var rasterTimeout = 2 * time.Minute

// rasterizePDFPage renders one page as an 8-bit grayscale PGM: pages are
// rasterized one at a time, so a 500-page PDF is never held whole. When
// poppler renders the page but complains (an image it could not decode is
// left out, the page comes out blank or partial), that is logged naming
// the file and page rather than passed over.
func rasterizePDFPage(ctx context.Context, path string, n, dpi int) ([]byte, error) {
	page := strconv.Itoa(n)
	return extcmd.Run(ctx, extcmd.Cmd{
		Name: "pdftoppm", Package: "poppler-utils",
		Args:    []string{"-f", page, "-l", page, "-r", strconv.Itoa(dpi), "-gray", path},
		Timeout: rasterTimeout,
		Warned: func(msg string) {
			slog.Warn("PDF page rendered with errors: it may be incomplete", "file", path, "page", n, "poppler", msg)
		},
	})
}

// poppler runs one poppler-utils program and returns its stdout; its
// stderr becomes the error text. One that is not installed is an
// *extcmd.MissingError, the machine's fault (a batch.SetupError): poppler's
// own error for it would be taken for a broken document.
func poppler(ctx context.Context, name string, args ...string) ([]byte, error) {
	return extcmd.Run(ctx, extcmd.Cmd{Name: name, Package: "poppler-utils", Args: args})
}
