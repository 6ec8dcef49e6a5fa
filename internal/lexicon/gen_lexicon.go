//go:build ignore

// gen_lexicon rebuilds dictionaries/syllables.tsv and dictionaries/words.tsv
// from the corpus and hunspell-vi. Run from dictionaries/ by go generate:
//
//	go run ../internal/lexicon/gen_lexicon.go -corpus ../../shared/corpus -out .
//
// `vidoc dict build` does the same as part of building all dictionaries.
package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"

	"github.com/vidoc/vidoc/internal/lexicon"
)

func main() {
	corpus := flag.String("corpus", "../../shared/corpus", "corpus root; its legal, wiki and debian subdirectories are read")
	hunspell := flag.String("hunspell", "/usr/share/hunspell/vi_VN.dic", "hunspell-vi dictionary (empty to skip)")
	out := flag.String("out", ".", "output directory")
	flag.Parse()
	var dirs []string
	for _, d := range strings.Split("legal,wiki,debian", ",") {
		dirs = append(dirs, filepath.Join(*corpus, d))
	}
	log := slog.New(slog.NewTextHandler(os.Stderr, nil))
	st, err := lexicon.Build(context.Background(), lexicon.BuildOptions{
		CorpusDirs: dirs, Hunspell: *hunspell, OutDir: *out, Logger: log,
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("%+v\n", st)
}
