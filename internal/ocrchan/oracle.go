//go:build ignore

// oracle.go writes the best text the glyphs' choices allow for a page: each
// syllable Tesseract got wrong is put right when the right spelling is
// among its word's channel candidates (Build with the default beam). It
// measures the ceiling of decoding with the alternatives, and needs the
// truth to do so, so it is a benchmark tool, never part of vidoc:
//
//	vidoc ocr --format json --alternatives page.png > page.jsonl
//	go run ./internal/ocrchan/oracle.go page.truth.txt page.jsonl > page.oracle.txt
//
// scripts/bench_alternatives.sh runs it over rendered held-out pages.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/vidoc/vidoc/internal/eval"
	"github.com/vidoc/vidoc/internal/ocr"
	"github.com/vidoc/vidoc/internal/ocrchan"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: go run oracle.go TRUTH OCR.jsonl")
		os.Exit(2)
	}
	if err := run(os.Args[1], os.Args[2]); err != nil {
		fmt.Fprintln(os.Stderr, "oracle:", err)
		os.Exit(1)
	}
}

func run(truthPath, ocrPath string) error {
	truth, err := os.ReadFile(truthPath)
	if err != nil {
		return err
	}
	f, err := os.Open(ocrPath)
	if err != nil {
		return err
	}
	defer f.Close()
	var pages []string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<26)
	var words []ocr.Word
	for sc.Scan() {
		var r ocr.Result
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return fmt.Errorf("%s: %w", ocrPath, err)
		}
		pages = append(pages, r.Text)
		words = append(words, r.Words...)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", ocrPath, err)
	}
	text := strings.Join(pages, "\n\n")
	fixed := make([]string, len(words))
	for i, w := range words {
		fixed[i] = w.Text
	}
	next := 0 // words before next are behind the errors seen
	for _, e := range eval.Compare(string(truth), text).Errors {
		if e.Hyp == "" {
			continue
		}
		for i := next; i < len(words); i++ {
			k := strings.Index(fixed[i], e.Hyp)
			if k < 0 {
				continue
			}
			next = i
			want := fixed[i][:k] + e.Truth + fixed[i][k+len(e.Hyp):]
			if slices.ContainsFunc(channel(words[i]).Candidates, func(c ocrchan.Candidate) bool { return c.Text == want }) {
				fixed[i] = want
			}
			break
		}
	}
	// The page text is its words in order, joined by spaces and line ends.
	printed := make([]string, len(words))
	for i, w := range words {
		printed[i] = w.Text
	}
	at := ocrchan.Place(text, printed)
	var out strings.Builder
	last := 0
	for i, w := range words {
		if at[i] < 0 {
			continue
		}
		out.WriteString(text[last:at[i]])
		out.WriteString(fixed[i])
		last = at[i] + len(w.Text)
	}
	rest := text[last:]
	out.WriteString(rest)
	_, err = fmt.Println(out.String())
	return err
}

func channel(w ocr.Word) ocrchan.Word {
	glyphs := make([][]ocrchan.Choice, len(w.Chars))
	for i, c := range w.Chars {
		for _, a := range c.Alts {
			glyphs[i] = append(glyphs[i], ocrchan.Choice{Text: a.C, P: a.P})
		}
	}
	return ocrchan.Build(w.Text, glyphs, ocrchan.Options{})
}
