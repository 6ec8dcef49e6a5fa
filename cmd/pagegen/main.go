// Command pagegen makes (truth, OCR) text pairs from Vietnamese text files:
// it renders pages in varied fonts, sizes and resolutions, degrades them like
// scans, reads them with several tesseract models and writes, page by page,
//
//	OUT/NAME_pNNN.truth.txt     the text drawn on the page
//	OUT/NAME_pNNN.stripped.txt  the same without diacritics (made by code)
//	OUT/NAME_pNNN.MODEL.txt     what tesseract -l MODEL read (vie, eng, fra, deu, por, Latin)
//	OUT/manifest.jsonl          font, size, dpi, damage and OCR time of every page
//
// Usage:
//
//	pagegen -out DIR [-pages N] [-models vie,eng,...] [-seed S] [-j 2] FILE|FOLDER...
//
// A page through the six models takes several seconds of tesseract per
// model at 300 dpi; -pages caps the pages taken from each document. Runs
// resume: pages whose files all exist are skipped.
package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"

	"github.com/vidoc/vidoc/internal/pagegen"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "pagegen:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("pagegen", flag.ContinueOnError)
	out := fs.String("out", "", "output `folder` (required; keep it out of the repository, e.g. .bench/pairs)")
	pages := fs.Int("pages", 0, "at most `N` pages per document, spread through it (0: all)")
	models := fs.String("models", strings.Join(pagegen.Models, ","), "tesseract models, comma-separated")
	dpis := fs.String("dpi", "150,200,300", "resolutions to draw from, comma-separated")
	fonts := fs.String("fonts", strings.Join(pagegen.Fonts, ","), "font files to draw from, comma-separated")
	seed := fs.Uint64("seed", 1, "random seed: the same seed and inputs give the same pairs")
	jobs := fs.Int("j", 2, "pages processed in parallel")
	keep := fs.Bool("keep-images", false, "also write the degraded page images (NAME_pNNN.png)")
	verbose := fs.Bool("v", false, "log every page")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *out == "" || fs.NArg() == 0 {
		fs.Usage()
		return fmt.Errorf("need -out and at least one text file or folder")
	}
	level := slog.LevelWarn
	if *verbose {
		level = slog.LevelDebug
	}
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))

	var dpiList []int
	for _, s := range strings.Split(*dpis, ",") {
		d, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || d < 50 || d > 1200 {
			return fmt.Errorf("-dpi: bad resolution %q", s)
		}
		dpiList = append(dpiList, d)
	}
	inputs, err := pagegen.TextFiles(fs.Args())
	if err != nil {
		return err
	}
	opts := pagegen.Options{
		Out:         *out,
		Models:      splitList(*models),
		Fonts:       splitList(*fonts),
		DPIs:        dpiList,
		Seed:        *seed,
		PagesPerDoc: *pages,
		Jobs:        *jobs,
		KeepImages:  *keep,
		Logger:      log,
	}
	sum, err := pagegen.Generate(ctx, inputs, opts)
	var ocr float64
	for _, s := range sum.OCRSeconds {
		ocr += s
	}
	fmt.Fprintf(os.Stderr, "pagegen: %d pages from %d documents in %.1fs (tesseract %.1fs), %d failures\n",
		sum.Pages, len(inputs), sum.Elapsed.Seconds(), ocr, sum.Failed)
	if err != nil {
		return err
	}
	if sum.Pages == 0 && sum.Failed > 0 {
		return fmt.Errorf("no page made")
	}
	return nil
}

func splitList(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}
