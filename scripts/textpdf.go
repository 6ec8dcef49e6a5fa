//go:build ignore

// textpdf writes a born-digital PDF of text files for scripts/bench_pdf.sh:
// lines wrapped at 50 characters (an upper-case line of 12 pt
// DejaVu Serif that long still fits the page), 35 lines a page, drawn in DejaVu Serif by
// render.WriteTextPDF; and beside it OUT.txt, the lines the PDF holds, as
// the truth to score against.
//
//	go run scripts/textpdf.go -out born.pdf -pages 6 FILE...
package main

import (
	"flag"
	"log/slog"
	"os"
	"strings"

	"github.com/vidoc/vidoc/internal/render"
)

func main() {
	out := flag.String("out", "born.pdf", "PDF to write; its text goes to the same name with .txt")
	maxPages := flag.Int("pages", 6, "at most this many pages")
	font := flag.String("font", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", "TrueType font to embed")
	flag.Parse()
	var lines []string
	for _, path := range flag.Args() {
		b, err := os.ReadFile(path)
		if err != nil {
			slog.Error(err.Error())
			os.Exit(1)
		}
		for _, l := range strings.Split(string(b), "\n") {
			lines = append(lines, render.WrapRunes(strings.Fields(l), 50)...)
		}
	}
	var pages [][]string
	for len(lines) > 0 && len(pages) < *maxPages {
		n := min(35, len(lines))
		pages = append(pages, lines[:n])
		lines = lines[n:]
	}
	var text []string
	for _, p := range pages {
		text = append(text, p...)
	}
	if err := render.WriteTextPDF(*out, pages, *font); err != nil {
		slog.Error(err.Error())
		os.Exit(1)
	}
	if err := os.WriteFile(strings.TrimSuffix(*out, ".pdf")+".txt", []byte(strings.Join(text, "\n")+"\n"), 0o644); err != nil {
		slog.Error(err.Error())
		os.Exit(1)
	}
}
