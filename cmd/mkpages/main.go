// Command mkpages renders the project's own Vietnamese test text
// (testdata/text) to the page images the OCR and input tests read
// (testdata/pages): a PNG page, a 3-page TIFF (Deflate and JPEG) and a 3-page
// image-only PDF. Its output is deterministic; rerun it after editing the text:
//
//	go run ./cmd/mkpages -text testdata/text -out testdata/pages
package main

import (
	"flag"
	"fmt"
	"image"
	"log/slog"
	"os"
	"path/filepath"
	"strings"

	"github.com/vidoc/vidoc/internal/render"
)

func main() {
	textDir := flag.String("text", "testdata/text", "folder holding doc3-page1.txt … doc3-page3.txt")
	outDir := flag.String("out", "testdata/pages", "folder the page images are written to")
	flag.Parse()
	if err := run(*textDir, *outDir); err != nil {
		slog.Error(err.Error())
		os.Exit(1)
	}
}

func run(textDir, outDir string) error {
	var texts []string
	for n := 1; n <= 3; n++ {
		data, err := os.ReadFile(filepath.Join(textDir, fmt.Sprintf("doc3-page%d.txt", n)))
		if err != nil {
			return err
		}
		texts = append(texts, strings.TrimRight(string(data), "\n"))
	}
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		return err
	}

	// page1.png: a 1-bit 300 dpi page, the look of an office scanner's
	// black-and-white mode, and small to commit.
	hi := render.DefaultOptions()
	hi.DPI = 300
	pages, err := renderPages(texts, hi, true)
	if err != nil {
		return err
	}
	if err := render.WritePNG(filepath.Join(outDir, "page1.png"), pages[0], hi.DPI); err != nil {
		return err
	}
	if err := render.WritePDF(filepath.Join(outDir, "doc3.pdf"), pages, hi.DPI); err != nil {
		return err
	}

	// The TIFFs keep the anti-aliased gray of a grayscale scan at 200 dpi.
	lo := render.DefaultOptions()
	lo.DPI = 200
	gray, err := renderPages(texts, lo, false)
	if err != nil {
		return err
	}
	if err := render.WriteTIFF(filepath.Join(outDir, "doc3.tiff"), gray, lo.DPI, render.TIFFDeflate); err != nil {
		return err
	}
	return render.WriteTIFF(filepath.Join(outDir, "doc3-jpeg.tiff"), gray, lo.DPI, render.TIFFJPEG)
}

// renderPages draws each text on a page of its own.
func renderPages(texts []string, opts render.Options, bilevel bool) ([]*image.Gray, error) {
	pages, err := render.Pages(strings.Join(texts, "\f"), opts)
	if err != nil {
		return nil, err
	}
	if len(pages) != len(texts) {
		return nil, fmt.Errorf("%d texts rendered to %d pages: a text overflows its page", len(texts), len(pages))
	}
	if bilevel {
		for i, p := range pages {
			pages[i] = render.Binarize(p, 160)
		}
	}
	return pages, nil
}
