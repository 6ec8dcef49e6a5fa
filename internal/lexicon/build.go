package lexicon

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/vidoc/vidoc/internal/viet"
)

// BuildOptions says where Build reads and writes.
type BuildOptions struct {
	// CorpusDirs are directories of UTF-8 NFC text, one paragraph per line;
	// every regular file below them is read.
	CorpusDirs []string
	// Hunspell is a hunspell .dic file of Vietnamese syllables
	// (/usr/share/hunspell/vi_VN.dic); empty skips it.
	Hunspell string
	// OutDir receives SyllablesFile and WordsFile. Administrative terms are
	// read from OutDir/AdminTermsFile when present, else from the embedded copy.
	OutDir string
	// Logger receives progress; nil logs nowhere.
	Logger *slog.Logger
}

// BuildStats summarises what Build wrote.
type BuildStats struct {
	Files          int   // corpus files read
	Tokens         int64 // word tokens seen in the corpus
	Syllables      int   // inventory size, loanword syllables included
	LoanSyllables  int   // of which flagged as loanwords
	HunspellOnly   int   // inventory syllables found only in hunspell
	CorpusWords    int   // multi-syllable words mined from the corpus
	AdminTerms     int   // administrative terms added to the word list
	WordListSize   int   // lines of WordsFile
	SkippedInvalid int   // distinct corpus word forms rejected by the validator
}

// WriteText prints the figures for people, on one line.
func (s BuildStats) WriteText(w io.Writer) error {
	_, err := fmt.Fprintf(w, "lexicon: %d syllables (%d loanword), %d words and phrases\n", s.Syllables, s.LoanSyllables, s.WordListSize)
	return err
}

// Data files Build writes and package dictionaries embeds.
const (
	SyllablesFile  = "syllables.tsv"
	WordsFile      = "words.tsv"
	AdminTermsFile = "admin_terms.txt"
)

// Thresholds of the inventory and the collocation miner.
const (
	// loanMinCount is how often a syllable that breaks the phonotactic rules
	// but is shaped like a syllable (buýt, phuy) must occur to be kept as a
	// loanword.
	loanMinCount = 50
	// wordMinCount is the least count of a mined collocation.
	wordMinCount = 10
	// wordMinPMI is the least pointwise mutual information (log2) of a mined
	// collocation: its parts occur together 2^3 times more often than chance.
	wordMinPMI = 3.0
	// wordMinLLR is the least log-likelihood ratio (G²) of a mined bigram;
	// 15.13 is the 0.01 % significance level of χ² with one degree of freedom.
	wordMinLLR = 15.13
)

// Build counts the corpus and hunspell-vi, writes the syllable inventory and
// the word list to opts.OutDir and reports their sizes. It never reads
// anything but opts.CorpusDirs, opts.Hunspell and the admin terms.
func Build(ctx context.Context, opts BuildOptions) (BuildStats, error) {
	var st BuildStats
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if opts.OutDir == "" {
		return st, errors.New("lexicon build: no output directory")
	}
	files, err := corpusFiles(opts.CorpusDirs)
	if err != nil {
		return st, err
	}
	st.Files = len(files)
	c := newCounter()
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return st, err
		}
		if err := c.countFile(f); err != nil {
			return st, err
		}
		log.Debug("counted", "file", f, "tokens", c.tokens)
	}
	st.Tokens = c.tokens

	inv := c.inventory(&st)
	if opts.Hunspell != "" {
		n, err := addHunspell(inv, opts.Hunspell)
		if err != nil {
			return st, err
		}
		st.HunspellOnly = n
	}
	entries := inv.sorted()
	st.Syllables = len(entries)
	for _, e := range entries {
		if e.flags&flagLoan != 0 {
			st.LoanSyllables++
		}
	}
	log.Info("syllable inventory", "syllables", st.Syllables, "loan", st.LoanSyllables, "hunspell_only", st.HunspellOnly)

	if err := ctx.Err(); err != nil {
		return st, err
	}
	admin, err := readAdminTerms(opts.OutDir)
	if err != nil {
		return st, err
	}
	adminKeys := make([]string, len(admin))
	for i, t := range admin {
		adminKeys[i] = wordKey(t)
	}
	words, adminCounts, err := c.collocations(ctx, files, adminKeys)
	if err != nil {
		return st, err
	}
	st.CorpusWords = len(words)
	words, st.AdminTerms = mergeAdminTerms(words, adminKeys, adminCounts)
	st.WordListSize = len(words)
	log.Info("word list", "corpus", st.CorpusWords, "admin", st.AdminTerms, "total", st.WordListSize)

	if err := os.MkdirAll(opts.OutDir, 0o755); err != nil {
		return st, fmt.Errorf("lexicon build: %w", err)
	}
	if err := writeSyllables(filepath.Join(opts.OutDir, SyllablesFile), entries, st, opts); err != nil {
		return st, err
	}
	if err := writeWords(filepath.Join(opts.OutDir, WordsFile), words, st); err != nil {
		return st, err
	}
	return st, nil
}

// corpusFiles lists the regular files below dirs in a stable order.
func corpusFiles(dirs []string) ([]string, error) {
	var files []string
	for _, d := range dirs {
		err := filepath.WalkDir(d, func(p string, e fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if e.Type().IsRegular() && !strings.HasSuffix(e.Name(), ".md") {
				files = append(files, p)
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("lexicon build: corpus %s: %w", d, err)
		}
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("lexicon build: no corpus files under %v", dirs)
	}
	sort.Strings(files)
	return files, nil
}

// lines calls fn for every line of file.
func lines(file string, fn func(line string)) error {
	f, err := os.Open(file)
	if err != nil {
		return fmt.Errorf("lexicon build: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		fn(sc.Text())
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("lexicon build: read %s: %w", file, err)
	}
	return nil
}

// syllableUnit appends the lowercase NFC spelling of a word token; canonical
// then moves the tone to its old-style place, as the language model's units
// have it.
func syllableUnit(dst []byte, word string) []byte {
	return viet.AppendLower(dst, viet.NFC(word))
}

// canonical parses a lowercase unit and reports whether it is an inventory
// syllable (valid) or only shaped like one (loan candidate).
func canonical(unit string) (s viet.Syllable, shaped, valid bool) {
	s, shaped = viet.Parse(unit)
	return s, shaped, shaped && s.Valid()
}
