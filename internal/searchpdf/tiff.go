package searchpdf

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"strconv"
	"time"

	"github.com/vidoc/vidoc/internal/extcmd"
	"github.com/vidoc/vidoc/internal/scratch"
)

// GraftTIFF writes to w a searchable PDF of the TIFF at in: every TIFF
// page becomes a PDF page of its image data as it is, then pages[i]'s
// words are laid over page i+1 as Graft does.
//
// libtiff's tiff2pdf makes the pages: it passes CCITT G4, JPEG and
// Deflate strips through into the PDF without decoding them, so an
// archive's 1-bit scans keep their bytes and size. Each page's point size
// comes from the TIFF's resolution; the text layer's resolution is taken
// from it, so that the words land on their boxes whatever resolution the
// page was read at.
func GraftTIFF(ctx context.Context, in string, pages []Page, w io.Writer, opts Options) (GraftStats, error) {
	return naming(in)(graftTIFF(ctx, in, pages, w, opts))
}

func graftTIFF(ctx context.Context, in string, pages []Page, w io.Writer, opts Options) (GraftStats, error) {
	// A scratch folder, not a bare temporary one: a run killed here
	// leaves it behind, and the next run removes it.
	dir, err := scratch.New("vidoc-tiffpdf-")
	if err != nil {
		return GraftStats{}, err
	}
	defer dir.Remove()
	tmp := dir.Path()
	wrapped := filepath.Join(tmp, "pages.pdf")
	date := opts.Date
	if date.IsZero() {
		date = time.Now()
	}
	// -e dates the PDF as the layer is dated: otherwise tiff2pdf writes
	// now, and a rerun would not give the same bytes.
	if _, err := extcmd.Run(ctx, extcmd.Cmd{Name: "tiff2pdf", Package: "libtiff-tools",
		Args: []string{"-e", date.UTC().Format("20060102150405"), "-o", wrapped, in}}); err != nil {
		return GraftStats{}, err
	}
	sizes, err := pageSizes(ctx, wrapped, len(pages))
	if err != nil {
		return GraftStats{}, err
	}
	// tiff2pdf stops, as libtiff does, at a directory cut short (a copy
	// interrupted): the pages past it have no image to lay words over and,
	// never read, no words either. The pages before it are written.
	if len(sizes) < len(pages) && !hasWords(pages[len(sizes):]) {
		pages = pages[:len(sizes)]
	}
	fitted := make([]Page, len(pages))
	for i, p := range pages {
		fitted[i] = p
		if i < len(sizes) && p.Width > 0 && sizes[i] > 0 {
			fitted[i].DPI = p.Width * 72 / sizes[i]
		}
	}
	return graft(ctx, wrapped, fitted, w, opts)
}

// hasWords reports whether any of pages has a word to lay over its image.
func hasWords(pages []Page) bool {
	for _, p := range pages {
		for _, l := range p.Lines {
			if len(l.Words) > 0 {
				return true
			}
		}
	}
	return false
}

var pageSizeRe = regexp.MustCompile(`(?m)^Page\s+\d+ size:\s+([0-9.]+) x `)

// pageSizes returns the widths in points of the first n pages of pdf.
func pageSizes(ctx context.Context, pdf string, n int) ([]float64, error) {
	if n < 1 {
		return nil, fmt.Errorf("no pages to write")
	}
	out, err := extcmd.Run(ctx, extcmd.Cmd{Name: "pdfinfo", Package: "poppler-utils",
		Args: []string{"-f", "1", "-l", strconv.Itoa(n), pdf}})
	if err != nil {
		return nil, err
	}
	var widths []float64
	for _, m := range pageSizeRe.FindAllSubmatch(out, -1) {
		w, err := strconv.ParseFloat(string(m[1]), 64)
		if err != nil {
			return nil, fmt.Errorf("pdfinfo page size %q: %w", m[1], err)
		}
		widths = append(widths, w)
	}
	return widths, nil
}
