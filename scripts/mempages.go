//go:build ignore

// mempages renders a few small varied pages of the project's own test text
// (testdata/text) for scripts/bench_memory.sh (A7, a few lines each, so that
// OCR is quick): type sizes and lines vary
// from page to page, and some pages are turned a quarter or half turn, as
// pages fed the wrong way round, so that orientation detection has work to
// do. It writes each distinct page as DIR/page-N.tiff (8-bit grey, Deflate)
// and, when -pdf is given, a PDF of -pages pages cycling through them (the
// bench builds its multi-page TIFF from the single pages with tiffcp).
//
//	go run scripts/mempages.go -out DIR -pdf DIR/long.pdf -pages 500
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
	out := flag.String("out", "", "folder the distinct pages are written to")
	pdf := flag.String("pdf", "", "also write a PDF of -pages pages here")
	pages := flag.Int("pages", 500, "pages of the PDF")
	dpi := flag.Int("dpi", 150, "resolution of the pages")
	flag.Parse()
	if err := run(*textDir, *out, *pdf, *pages, *dpi); err != nil {
		slog.Error(err.Error())
		os.Exit(1)
	}
}

// variant is one distinct page: which text, from which line, at what size,
// turned how far clockwise.
type variant struct {
	text, from, lines int
	sizePt            float64
	turn              int
}

var variants = []variant{
	{0, 0, 5, 9, 0},
	{1, 3, 4, 10, 90},
	{2, 0, 5, 9, 0},
	{0, 8, 4, 9.5, 180},
	{1, 0, 5, 9, 0},
	{2, 6, 4, 10, 270},
	{0, 4, 5, 8.5, 0},
	{2, 2, 4, 9, 180},
}

func run(textDir, out, pdf string, n, dpi int) error {
	if out == "" {
		return fmt.Errorf("-out is required")
	}
	var texts [][]string
	for i := 1; i <= 3; i++ {
		data, err := os.ReadFile(filepath.Join(textDir, fmt.Sprintf("doc3-page%d.txt", i)))
		if err != nil {
			return err
		}
		var lines []string
		for _, l := range strings.Split(string(data), "\n") {
			if strings.TrimSpace(l) != "" {
				lines = append(lines, l)
			}
		}
		texts = append(texts, lines)
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	var distinct []*image.Gray
	for i, v := range variants {
		lines := texts[v.text]
		from := min(v.from, len(lines)-1)
		to := min(from+v.lines, len(lines))
		opts := render.DefaultOptions()
		opts.DPI, opts.SizePt = dpi, v.sizePt
		opts.PageWidthMM, opts.PageHeightMM, opts.MarginMM = 74, 105, 6
		imgs, err := render.Pages(strings.Join(lines[from:to], "\n"), opts)
		if err != nil {
			return fmt.Errorf("page %d: %w", i+1, err)
		}
		page := render.Turn(imgs[0], v.turn/90)
		distinct = append(distinct, page)
		if err := render.WriteTIFF(filepath.Join(out, fmt.Sprintf("page-%d.tiff", i+1)), []*image.Gray{page}, dpi, render.TIFFDeflate); err != nil {
			return err
		}
	}
	if pdf == "" {
		return nil
	}
	all := make([]*image.Gray, n)
	for i := range all {
		all[i] = distinct[i%len(distinct)]
	}
	return render.WritePDF(pdf, all, dpi)
}
