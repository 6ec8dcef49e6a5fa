package lexicon

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/vidoc/vidoc/dictionaries"
	"github.com/vidoc/vidoc/internal/atomicfile"
	"github.com/vidoc/vidoc/internal/viet"
)

// readAdminTerms returns the administrative terms of OutDir/AdminTermsFile,
// or of the embedded copy when the file is absent.
func readAdminTerms(outDir string) ([]string, error) {
	text := dictionaries.AdminTerms
	b, err := os.ReadFile(filepath.Join(outDir, AdminTermsFile))
	switch {
	case err == nil:
		text = string(b)
	case !errors.Is(err, fs.ErrNotExist):
		return nil, fmt.Errorf("lexicon build: %w", err)
	}
	return ParseAdminTerms(text), nil
}

// ParseAdminTerms returns the terms of an admin_terms.txt text: one per
// line, NFC, blank lines and # comments skipped.
func ParseAdminTerms(text string) []string {
	var out []string
	for line := range strings.Lines(text) {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, viet.NFC(strings.Join(strings.Fields(line), " ")))
	}
	return out
}

// wordKey is the word-list spelling of a phrase: lowercase NFC, tone in
// old-style place, syllables separated by one space.
func wordKey(phrase string) string {
	lower := string(viet.AppendLower(nil, viet.NFC(phrase)))
	return strings.Join(strings.Fields(viet.ConvertTone(lower, viet.StyleOld)), " ")
}

// mergeAdminTerms adds the administrative terms (as word-list keys) to the
// mined words with their corpus counts, and returns how many were not
// mined.
func mergeAdminTerms(words []minedWord, adminKeys []string, counts map[string]int64) ([]minedWord, int) {
	index := make(map[string]int, len(words))
	for i, w := range words {
		index[w.text] = i
	}
	added := 0
	for _, k := range adminKeys {
		if !strings.Contains(k, " ") {
			continue // single syllables belong to the inventory, not the word list
		}
		if i, ok := index[k]; ok {
			words[i].source = "corpus+admin"
			continue
		}
		index[k] = len(words)
		words = append(words, minedWord{text: k, count: counts[k], source: "admin"})
		added++
	}
	sortWords(words)
	return words, added
}

func writeSyllables(path string, entries []invEntry, st BuildStats, opts BuildOptions) error {
	return writeFile(path, func(w *bufio.Writer) {
		fmt.Fprintf(w, "# vidoc syllable inventory, written by `vidoc dict build` (internal/lexicon.Build); see SOURCES.md.\n")
		fmt.Fprintf(w, "# syllables=%d loan=%d hunspell_only=%d corpus_tokens=%d corpus_files=%d\n",
			st.Syllables, st.LoanSyllables, st.HunspellOnly, st.Tokens, st.Files)
		fmt.Fprintf(w, "# columns: syllable (lowercase NFC, old-style tone: hòa, ủy), corpus count, sources (c corpus, h hunspell-vi, L loanword syllable)\n")
		for _, e := range entries {
			w.WriteString(e.text)
			w.WriteByte('\t')
			w.WriteString(strconv.FormatInt(e.count, 10))
			w.WriteByte('\t')
			w.WriteString(flagString(e.flags))
			w.WriteByte('\n')
		}
	})
}

func flagString(f uint8) string {
	var b []byte
	if f&flagCorpus != 0 {
		b = append(b, 'c')
	}
	if f&flagHunspell != 0 {
		b = append(b, 'h')
	}
	if f&flagLoan != 0 {
		b = append(b, 'L')
	}
	return string(b)
}

func writeWords(path string, words []minedWord, st BuildStats) error {
	return writeFile(path, func(w *bufio.Writer) {
		fmt.Fprintf(w, "# vidoc word list, written by `vidoc dict build` (internal/lexicon.Build); see SOURCES.md.\n")
		fmt.Fprintf(w, "# words=%d corpus=%d admin_only=%d (min count %d, min PMI %.1f bits, min G² %.2f)\n",
			st.WordListSize, st.CorpusWords, st.AdminTerms, wordMinCount, wordMinPMI, wordMinLLR)
		fmt.Fprintf(w, "# columns: word (lowercase syllables, old-style tone), corpus count, least PMI over its splits (bits), source\n")
		for _, m := range words {
			fmt.Fprintf(w, "%s\t%d\t%.2f\t%s\n", m.text, m.count, m.pmi, m.source)
		}
	})
}

// writeFile writes a dictionary file atomically, so a failed build never
// leaves half a dictionary behind.
func writeFile(path string, fill func(*bufio.Writer)) error {
	err := atomicfile.Write(path, 0o644, func(f io.Writer) error {
		w := bufio.NewWriterSize(f, 1<<16)
		fill(w)
		return w.Flush()
	})
	if err != nil {
		return fmt.Errorf("lexicon build: %w", err)
	}
	return nil
}
