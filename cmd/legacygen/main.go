// Command legacygen makes (truth, damaged) text pairs the way old scanner
// OCR engines wrote text layers (internal/legacygen): for each text file it
// takes the first N non-empty lines and writes
//
//	OUT/NAME.truth.txt   those lines
//	OUT/NAME.legacy.txt  the same read by a legacy engine drawn for NAME
//
// Usage:
//
//	legacygen -out DIR [-lines N] [-seed S] [-english WORDS] FILE|FOLDER...
//
// With -english (a word list, one word a line, such as dawg2wordlist makes
// of Tesseract's eng.traineddata) each engine also snaps some words it
// damaged to an English word one edit away, as engines with an English
// model do.
//
// The same seed and inputs give the same pairs; a folder is read for its
// *.txt files.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/vidoc/vidoc/internal/atomicfile"
	"github.com/vidoc/vidoc/internal/legacygen"
	"github.com/vidoc/vidoc/internal/pagegen"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "legacygen:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	fs := flag.NewFlagSet("legacygen", flag.ContinueOnError)
	out := fs.String("out", "", "output `folder` (required; keep it out of the repository)")
	lines := fs.Int("lines", 40, "the first `N` non-empty lines of each file (0: all)")
	seed := fs.Uint64("seed", 1, "random seed: the same seed and inputs give the same pairs")
	english := fs.String("english", "", "a word `list` the engines snap damaged words to (none: no snapping)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *out == "" || fs.NArg() == 0 {
		fs.Usage()
		return fmt.Errorf("need -out and at least one text file or folder")
	}
	var dict legacygen.Dict
	if *english != "" {
		d, err := legacygen.LoadDict(*english)
		if err != nil {
			return err
		}
		dict = d
	}
	files, err := pagegen.TextFiles(fs.Args())
	if err != nil {
		return err
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		return err
	}
	for _, f := range files {
		text, err := firstLines(f, *lines)
		if err != nil {
			return err
		}
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		if err := atomicfile.WriteFile(filepath.Join(*out, name+".truth.txt"), []byte(text), 0o644); err != nil {
			return err
		}
		damaged := legacygen.TextWith(text, *seed, name, dict)
		if err := atomicfile.WriteFile(filepath.Join(*out, name+".legacy.txt"), []byte(damaged), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// firstLines is the first n non-empty lines of file f (all when n is 0),
// each ended by a newline.
func firstLines(f string, n int) (string, error) {
	fh, err := os.Open(f)
	if err != nil {
		return "", err
	}
	defer fh.Close()
	var b strings.Builder
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for k := 0; sc.Scan() && (n == 0 || k < n); {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		b.WriteString(line)
		b.WriteByte('\n')
		k++
	}
	if err := sc.Err(); err != nil {
		return "", fmt.Errorf("%s: %w", f, err)
	}
	return b.String(), nil
}
