//go:build ignore

// gen_versions writes versions.go: the version of each data set embedded in
// this folder, a hash of its files' bytes. Run by `go generate` (doc.go)
// after any data file changes; versions_test.go fails while versions.go is
// stale.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/vidoc/vidoc/internal/contentversion"
)

func main() {
	out := flag.String("out", "versions.go", "file to write")
	flag.Parse()
	if err := run(*out); err != nil {
		fmt.Fprintln(os.Stderr, "gen_versions:", err)
		os.Exit(1)
	}
}

func run(out string) error {
	version := func(name string, files ...string) (string, error) {
		parts := make([][]byte, len(files))
		for i, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				return "", err
			}
			parts[i] = b
		}
		return contentversion.Of(name, parts...), nil
	}
	lex, err := version("lexicon", "admin_terms.txt", "casing.tsv")
	if err != nil {
		return err
	}
	lm, err := version("lm", "lm.bin")
	if err != nil {
		return err
	}
	em, err := version("errmodel", "errmodel.tsv", "lookalikes.tsv", "english.txt")
	if err != nil {
		return err
	}
	return contentversion.WriteGoFile(out, "dictionaries", "gen_versions.go", []contentversion.Const{
		{Name: "LexiconVersion", Value: lex, Doc: "LexiconVersion is the version of the lexicon data the binary embeds:\na hash of admin_terms.txt and casing.tsv (syllables.tsv and words.tsv are\nbuilt but not embedded; the language model's vocabulary is the syllable\ninventory)."},
		{Name: "LMVersion", Value: lm, Doc: "LMVersion is the version of the language model: a hash of lm.bin."},
		{Name: "ErrorModelVersion", Value: em, Doc: "ErrorModelVersion is the version of the OCR error model: a hash of\nerrmodel.tsv, of lookalikes.tsv, whose hand rows join it when it loads,\nand of english.txt, the English words a dictionary snaps syllables to."},
	})
}
