//go:build ignore

// fit_alts.go fits the weights that mix the OCR's channel of a word with
// the error model (repair.AltWeights) on training pages: a coordinate
// search over a grid of each weight in turn, keeping the value that puts
// the most syllables right after repair, until a round changes nothing.
// Each page is repaired as `vidoc fix` repairs vidoc's OCR JSON: the
// repairer adapts to the page's text, then decodes it with the channels.
//
//	go run ./internal/repair/fit_alts.go DIR
//
// DIR holds NAME.truth.txt and NAME.jsonl (`vidoc ocr --format json
// --alternatives` of the page image) for each training page;
// scripts/fit_alternatives.sh makes them from ../shared/corpus and runs
// this. It prints the search and, last, the fitted weights.
package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/vidoc/vidoc/internal/eval"
	"github.com/vidoc/vidoc/internal/ocrchan"
	"github.com/vidoc/vidoc/internal/repair"
)

type page struct {
	name, truth, text string
	words             []ocrchan.Placed
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: go run fit_alts.go DIR")
		os.Exit(2)
	}
	if err := run(os.Args[1]); err != nil {
		fmt.Fprintln(os.Stderr, "fit_alts:", err)
		os.Exit(1)
	}
}

func run(dir string) error {
	pages, err := load(dir)
	if err != nil {
		return err
	}
	fmt.Printf("%d training pages from %s\n", len(pages), dir)
	var ocrTotal eval.Result
	for _, p := range pages {
		ocrTotal = eval.Sum(ocrTotal, eval.Compare(p.truth, p.text))
	}
	base, err := score(pages, nil)
	if err != nil {
		return err
	}
	fmt.Printf("OCR input: %d of %d syllables right; text-only repair: %d\n", ocrTotal.Correct, ocrTotal.Words, base)
	grid := [4][]float32{
		{0, 0.1, 0.25, 0.5, 0.75, 1, 1.25}, // Err
		{0, 0.25, 0.5, 1, 1.5, 2, 3},       // OCR
		{0, 1, 2, 4, 8},                    // Miss
		{-2, -4, -6, -8, -12, -16, -24},    // Alt
	}
	names := [4]string{"Err", "OCR", "Miss", "Alt"}
	cur := [4]float32{1, 0.25, 2, -16} // ties keep it: the dearest Alt is the safest
	best, err := score(pages, &cur)
	if err != nil {
		return err
	}
	fmt.Printf("start %v: %d\n", cur, best)
	for round := 1; round <= 3; round++ {
		changed := false
		for k := range grid {
			for _, v := range grid[k] {
				if v == cur[k] {
					continue
				}
				try := cur
				try[k] = v
				n, err := score(pages, &try)
				if err != nil {
					return err
				}
				fmt.Printf("round %d %s=%g %v: %d\n", round, names[k], v, try, n)
				if n > best {
					best, cur, changed = n, try, true
				}
			}
		}
		if !changed {
			break
		}
	}
	fmt.Printf("fitted: AltWeights{Err: %g, OCR: %g, Miss: %g, Alt: %g}: %d of %d syllables right (text-only %d, OCR %d)\n",
		cur[0], cur[1], cur[2], cur[3], best, ocrTotal.Words, base, ocrTotal.Correct)
	return nil
}

// score repairs every page with the weights w (text only when nil) and
// returns the syllables right.
func score(pages []page, w *[4]float32) (int, error) {
	ctx := context.Background()
	var opts repair.Options
	if w != nil {
		opts.AltWeights = &repair.AltWeights{Err: w[0], OCR: w[1], Miss: w[2], Alt: w[3]}
	}
	r, err := repair.New(opts)
	if err != nil {
		return 0, err
	}
	total := make([]int, len(pages))
	errs := make([]error, len(pages))
	var wg sync.WaitGroup
	sem := make(chan struct{}, 2)
	for i, p := range pages {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			ar, _, err := r.Adapt(ctx, p.text)
			if err != nil {
				errs[i] = err
				return
			}
			words := p.words
			if w == nil {
				words = nil
			}
			res, err := ar.RepairWords(ctx, p.text, words)
			if err != nil {
				errs[i] = fmt.Errorf("%s: %w", p.name, err)
				return
			}
			total[i] = eval.Compare(p.truth, res.Text).Correct
		}()
	}
	wg.Wait()
	n := 0
	for i := range pages {
		if errs[i] != nil {
			return 0, errs[i]
		}
		n += total[i]
	}
	return n, nil
}

func load(dir string) ([]page, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	if err != nil {
		return nil, err
	}
	var pages []page
	for _, jp := range names {
		name := strings.TrimSuffix(jp, ".jsonl")
		truth, err := os.ReadFile(name + ".truth.txt")
		if err != nil {
			return nil, err
		}
		text, words, err := readOCR(jp)
		if err != nil {
			return nil, err
		}
		pages = append(pages, page{name: filepath.Base(name), truth: string(truth), text: text, words: words})
	}
	if len(pages) == 0 {
		return nil, fmt.Errorf("no *.jsonl in %s", dir)
	}
	return pages, nil
}

// readOCR reads a page's OCR JSON lines as `vidoc fix` does.
func readOCR(path string) (string, []ocrchan.Placed, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", nil, err
	}
	defer f.Close()
	text, words, err := ocrchan.Read(f, ocrchan.Options{})
	if err != nil {
		return "", nil, fmt.Errorf("%s: %w", path, err)
	}
	return text, words, nil
}
