//go:build ignore

// gen_corpus writes corpus.sha256: the SHA-256 of every file the
// dictionaries are built from (the corpus snapshot under ../shared/corpus and
// hunspell-vi's dictionary), in sha256sum's format, so that a rebuild can
// show it read the same inputs (`sha256sum -c`, from the corpus folder) and
// a changed input is seen before its effect on the data. Run first by
// `go generate -tags rebuild ./dictionaries` (build_data.go).
package main

import (
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/vidoc/vidoc/internal/atomicfile"
)

func main() {
	corpus := flag.String("corpus", "../../shared/corpus", "corpus root")
	parts := flag.String("parts", "legal,wiki,debian", "corpus folders read by the builds (comma-separated)")
	extra := flag.String("extra", "/usr/share/hunspell/vi_VN.dic", "further input files, by absolute path (comma-separated)")
	out := flag.String("out", "corpus.sha256", "file to write")
	flag.Parse()
	if err := run(*corpus, strings.Split(*parts, ","), strings.Split(*extra, ","), *out); err != nil {
		fmt.Fprintln(os.Stderr, "gen_corpus:", err)
		os.Exit(1)
	}
}

func run(corpus string, parts, extra []string, out string) error {
	var lines []string
	for _, part := range parts {
		err := filepath.WalkDir(filepath.Join(corpus, part), func(p string, d fs.DirEntry, err error) error {
			if err != nil || !d.Type().IsRegular() {
				return err
			}
			rel, err := filepath.Rel(corpus, p)
			if err != nil {
				return err
			}
			sum, err := sha256File(p)
			if err != nil {
				return err
			}
			lines = append(lines, sum+"  "+filepath.ToSlash(rel))
			return nil
		})
		if err != nil {
			return err
		}
	}
	sort.Slice(lines, func(i, j int) bool { return lines[i][66:] < lines[j][66:] })
	for _, p := range extra {
		if p == "" {
			continue
		}
		sum, err := sha256File(p)
		if err != nil {
			return err
		}
		lines = append(lines, sum+"  "+p)
	}
	return atomicfile.WriteFile(out, []byte(strings.Join(lines, "\n")+"\n"), 0o644)
}

// sha256File reads a whole file: the largest input, the Wikipedia text, is
// 74 MB.
func sha256File(p string) (string, error) {
	b, err := os.ReadFile(p)
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:]), nil
}
