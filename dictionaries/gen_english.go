//go:build ignore

// gen_english writes english.txt: the English words an OCR engine with an
// English dictionary may snap a Vietnamese syllable to ("throng" for
// trường, "teen" for trên), from the word list of Tesseract's eng model.
// internal/repair reads a word of this list inside a Vietnamese sentence
// under legacy damage as a snapped syllable (internal/repair/snap.go).
//
// Kept: words of three to eight small ASCII letters that spell no
// Vietnamese syllable, with or without marks (so "the" and "than" are the
// syllables they look like), and lie within two edits (one for three
// letters) of some syllable of syllables.tsv without its marks: no snap
// reaches a syllable from farther, so the rest would never be read.
//
// It needs Tesseract's combine_tessdata and dawg2wordlist. Run by `go
// generate -tags rebuild ./dictionaries` (build_data.go); alone:
//
//	go run gen_english.go -eng /usr/share/tesseract-ocr/5/tessdata/eng.traineddata -out english.txt
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"

	"github.com/vidoc/vidoc/internal/editdist"
	"github.com/vidoc/vidoc/internal/viet"
)

func main() {
	eng := flag.String("eng", "", "Tesseract's eng.traineddata (default: the first under /usr/share/tesseract-ocr)")
	syl := flag.String("syllables", "syllables.tsv", "the syllable inventory")
	out := flag.String("out", "english.txt", "file to write")
	flag.Parse()
	if err := run(*eng, *syl, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gen_english:", err)
		os.Exit(1)
	}
}

func run(eng, sylPath, out string) error {
	if eng == "" {
		m, _ := filepath.Glob("/usr/share/tesseract-ocr/*/tessdata/eng.traineddata")
		if len(m) == 0 {
			return fmt.Errorf("no eng.traineddata under /usr/share/tesseract-ocr: give -eng")
		}
		eng = m[0]
	}
	words, err := engWords(eng)
	if err != nil {
		return err
	}
	skel, err := skeletons(sylPath)
	if err != nil {
		return err
	}
	var list []string
	isSkel := make(map[string]bool, len(skel))
	for _, sk := range skel {
		isSkel[sk] = true
	}
	seen := map[string]bool{}
	for _, w := range words {
		if seen[w] || !plain(w) || viet.Valid(w) || isSkel[w] {
			continue
		}
		seen[w] = true
		limit := 2
		if len(w) <= 3 {
			limit = 1
		}
		for _, sk := range skel {
			if editdist.AtMost(w, sk, limit) <= limit {
				list = append(list, w)
				break
			}
		}
	}
	sort.Strings(list)
	var b strings.Builder
	fmt.Fprintf(&b, "# vidoc: English words an OCR engine's dictionary may snap a Vietnamese syllable to, written by gen_english.go; see SOURCES.md.\n")
	fmt.Fprintf(&b, "# source: the word list of Tesseract's eng model (%s, Apache-2.0), words of 3-8 small letters that are no syllable and lie near one.\n", filepath.Base(eng))
	fmt.Fprintf(&b, "# words=%d\n", len(list))
	for _, w := range list {
		b.WriteString(w)
		b.WriteByte('\n')
	}
	return os.WriteFile(out, []byte(b.String()), 0o644)
}

// plain reports three to eight small ASCII letters.
func plain(w string) bool {
	if len(w) < 3 || len(w) > 8 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// engWords unpacks eng's word list with combine_tessdata and dawg2wordlist.
func engWords(eng string) ([]string, error) {
	dir, err := os.MkdirTemp("", "gen_english")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	prefix := filepath.Join(dir, "eng.")
	if b, err := exec.Command("combine_tessdata", "-u", eng, prefix).CombinedOutput(); err != nil {
		return nil, fmt.Errorf("combine_tessdata -u %s: %w: %s", eng, err, b)
	}
	list := filepath.Join(dir, "eng.words")
	if b, err := exec.Command("dawg2wordlist", prefix+"lstm-unicharset", prefix+"lstm-word-dawg", list).CombinedOutput(); err != nil {
		return nil, fmt.Errorf("dawg2wordlist: %w: %s", err, b)
	}
	f, err := os.Open(list)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var words []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		words = append(words, strings.TrimSpace(sc.Text()))
	}
	return words, sc.Err()
}

// skeletons are the distinct syllables of path without their marks, sorted.
func skeletons(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	set := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		t := sc.Text()
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		s, _, _ := strings.Cut(t, "\t")
		set[viet.Skeleton(s)] = true
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	out := make([]string, 0, len(set))
	for s := range set {
		out = append(out, s)
	}
	sort.Strings(out)
	return out, nil
}
