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
// scripts/bench_alternatives.sh runs it over rendered held-out pages. With
// -wrong first, it prints instead one line per syllable Tesseract got wrong
// inside a word with choices: the word's confidence, the printed word, the
// right spelling, and whether the right spelling is among the candidates,
// with its share and rank there (how much the choices could have helped):
//
//	go run ./internal/ocrchan/oracle.go -wrong page.truth.txt page.jsonl
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
	args := os.Args[1:]
	wrong := len(args) > 0 && args[0] == "-wrong"
	if wrong {
		args = args[1:]
	}
	if len(args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: go run oracle.go [-wrong] TRUTH OCR.jsonl")
		os.Exit(2)
	}
	if err := run(args[0], args[1], wrong); err != nil {
		fmt.Fprintln(os.Stderr, "oracle:", err)
		os.Exit(1)
	}
}

func run(truthPath, ocrPath string, wrong bool) error {
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
			cands := channel(words[i]).Candidates
			rank := slices.IndexFunc(cands, func(c ocrchan.Candidate) bool { return c.Text == want })
			if rank >= 0 {
				fixed[i] = want
			}
			if wrong && len(words[i].Chars) > 0 {
				p := 0.0
				if rank >= 0 {
					p = cands[rank].P
				}
				fmt.Printf("%.1f\t%s\t%s\t%t\t%.3f\t%d\n", words[i].Confidence, words[i].Text, want, rank >= 0, p, rank+1)
			}
			break
		}
	}
	if wrong {
		return nil
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
