package eval

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Pair is one truth file and the hypothesis file scored against it. Name is
// the hypothesis's file name when it was found in a folder, else "".
type Pair struct {
	Name, Truth, Hyp string
}

// Stdin is the hypothesis name that stands for standard input.
const Stdin = "-"

// ArgError reports truth and hypothesis arguments that cannot be paired
// the way they were given (a folder against a file): a usage error.
type ArgError struct{ msg string }

func (e *ArgError) Error() string { return e.msg }

// PairFiles lists the (truth, hypothesis) pairs to score. A file pairs
// with a file (or with Stdin); a hypothesis folder pairs each of its files
// with a truth of the same name in the truth folder (see TruthFor), and
// its .txt files without one come back in unpaired. Its other files without
// a truth are passed over: a `vidoc scan` output folder holds each
// document's .json, .md, .pdf… beside the .txt that is its text. An error
// is returned when the arguments cannot be read or paired, or no file has
// a truth.
func PairFiles(truth, hyp string) (pairs []Pair, unpaired []string, err error) {
	tst, err := os.Stat(truth)
	if err != nil {
		return nil, nil, fmt.Errorf("truth: %w", err)
	}
	if hyp == Stdin {
		if tst.IsDir() {
			return nil, nil, &ArgError{fmt.Sprintf("HYP - (stdin) needs a truth file, %s is a folder", truth)}
		}
		return []Pair{{Truth: truth, Hyp: Stdin}}, nil, nil
	}
	hst, err := os.Stat(hyp)
	if err != nil {
		return nil, nil, fmt.Errorf("hypothesis: %w", err)
	}
	switch {
	case !tst.IsDir() && !hst.IsDir():
		return []Pair{{Truth: truth, Hyp: hyp}}, nil, nil
	case !tst.IsDir():
		return nil, nil, &ArgError{fmt.Sprintf("%s is a folder but truth %s is a file", hyp, truth)}
	}
	hyps := []string{hyp}
	if hst.IsDir() {
		if hyps, err = regularFiles(hyp); err != nil {
			return nil, nil, err
		}
	}
	for _, h := range hyps {
		t := TruthFor(truth, filepath.Base(h))
		if t == h {
			continue // a truth file in a folder scored against itself
		}
		if t == "" {
			if strings.HasSuffix(h, ".txt") || !hst.IsDir() {
				unpaired = append(unpaired, h)
			}
			continue
		}
		pairs = append(pairs, Pair{Name: filepath.Base(h), Truth: t, Hyp: h})
	}
	if len(pairs) == 0 {
		return nil, unpaired, fmt.Errorf("no file of %s has a truth in %s", hyp, truth)
	}
	return pairs, unpaired, nil
}

// regularFiles lists the regular, not hidden files of dir, sorted.
func regularFiles(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var files []string
	for _, e := range entries {
		if e.Type().IsRegular() && !strings.HasPrefix(e.Name(), ".") {
			files = append(files, filepath.Join(dir, e.Name()))
		}
	}
	sort.Strings(files)
	return files, nil
}

// TruthFor finds the truth of hypothesis file name in folder dir: the same
// name, else NAME.truth.txt for NAME.txt (`vidoc scan`'s text beside a
// transcription), else for NAME.KIND.txt (the page generator's naming) the
// file NAME.truth.txt or NAME.txt. It returns "" when there is none.
func TruthFor(dir, name string) string {
	candidates := []string{name}
	if stem, ok := strings.CutSuffix(name, ".txt"); ok {
		if !strings.HasSuffix(stem, ".truth") {
			candidates = append(candidates, stem+".truth.txt")
		}
		if i := strings.LastIndexByte(stem, '.'); i > 0 {
			candidates = append(candidates, stem[:i]+".truth.txt", stem[:i]+".txt")
		}
	}
	for _, c := range candidates {
		p := filepath.Join(dir, c)
		if st, err := os.Stat(p); err == nil && st.Mode().IsRegular() {
			return p
		}
	}
	return ""
}
