package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/vidoc/vidoc/dictionaries"
	"github.com/vidoc/vidoc/internal/atomicfile"
	"github.com/vidoc/vidoc/internal/lexicon"
	"github.com/vidoc/vidoc/internal/lm"
)

// lmFile is the model's file name in the dictionaries folder.
const lmFile = "lm.bin"

// DictBuildOptions holds the flags of `vidoc dict build`.
type DictBuildOptions struct {
	Corpus           []string
	Out              string
	Exclude          []string
	Order            int
	MinCount         int
	Prune            string
	Compare          []string
	Supplement       string
	SupplementWeight uint32
	Hunspell         string
	Only             string // "", "lm" or "lexicon"
	Format           string
}

// AddFlags registers the dict build flags.
func (o *DictBuildOptions) AddFlags(f *pflag.FlagSet) {
	f.StringArrayVar(&o.Corpus, "corpus", nil, "folder of UTF-8 .txt corpus files, one paragraph per line (repeatable, required)")
	f.StringVar(&o.Out, "out", "dictionaries", "folder to write the dictionaries and the model to")
	f.StringArrayVar(&o.Exclude, "exclude", nil, "folder of held-out texts: corpus documents sharing their lines are left out, and the model is measured on them (repeatable)")
	f.IntVar(&o.Order, "order", 3, "n-gram order, 2 to 4")
	f.IntVar(&o.MinCount, "min-count", 3, "occurrences a word needs to enter the model's vocabulary")
	f.StringVar(&o.Prune, "prune", "1,1", "count cut-offs for orders 2..N: n-grams seen this often or less are dropped, e.g. 0,1")
	f.StringArrayVar(&o.Compare, "compare", nil, "further cut-offs to measure (size, held-out perplexity) without writing them (repeatable)")
	f.StringVar(&o.Supplement, "supplement", "", "in-domain phrases, one per line, added to the counts (default: OUT/admin_terms.txt if present)")
	f.Uint32Var(&o.SupplementWeight, "supplement-weight", 20, "times each supplement phrase is counted")
	f.StringVar(&o.Hunspell, "hunspell", "/usr/share/hunspell/vi_VN.dic", "hunspell dictionary of Vietnamese syllables for the inventory (empty: none)")
	f.StringVar(&o.Only, "only", "", "build only \"lm\" or only \"lexicon\"")
	f.StringVar(&o.Format, "format", "text", "report format: text or json")
}

func newDictCommand(gopts *GlobalOptions) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "dict",
		Short: "Build or describe the embedded dictionaries and language model",
	}
	var bopts DictBuildOptions
	build := &cobra.Command{
		Use:   "build --corpus DIR... [--out DIR] [--exclude DIR]",
		Short: "Build the syllable inventory, word list and n-gram language model from a corpus",
		Long: `Build vidoc's dictionaries from running text: the syllable inventory and word
list (internal/lexicon) and the syllable n-gram language model (internal/lm,
interpolated modified Kneser-Ney, pruned by count cut-offs), written to OUT.
Rebuild the binary afterwards to embed them.

With --exclude, corpus documents that share lines with the held-out texts are
left out, and every pruning level (--prune, then each --compare) is measured on
the held-out texts: n-grams per order, size, perplexity and OOV rate.`,
		Example: `  vidoc dict build --corpus ../shared/corpus/legal --corpus ../shared/corpus/wiki \
      --corpus ../shared/corpus/debian --exclude ../shared/dev/texts --out dictionaries \
      --prune 1,1 --compare 0,0 --compare 1,2`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runDictBuild(cmd.Context(), bopts, gopts, args, cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	bopts.AddFlags(build.Flags())

	var format string
	info := &cobra.Command{
		Use:   "info",
		Short: "Print the figures of the embedded language model and dictionaries",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runDictInfo(cmd.Context(), format, gopts, cmd.OutOrStdout())
		},
	}
	info.Flags().StringVar(&format, "format", "text", "output format: text or json")
	cmd.AddCommand(build, info)
	return cmd
}

// parseCutoffs reads "1,2" as cut-offs for orders 2 and 3.
func parseCutoffs(s string) (lm.Cutoffs, error) {
	if strings.TrimSpace(s) == "" {
		return nil, nil
	}
	var c lm.Cutoffs
	for _, f := range strings.Split(s, ",") {
		v, err := strconv.ParseUint(strings.TrimSpace(f), 10, 32)
		if err != nil {
			return nil, fmt.Errorf("cut-offs %q: %w", s, err)
		}
		c = append(c, uint32(v))
	}
	return c, nil
}

func runDictBuild(ctx context.Context, opts DictBuildOptions, gopts *GlobalOptions, args []string, stdout, stderr io.Writer) error {
	if len(opts.Corpus) == 0 {
		return usageError{errors.New("dict build: --corpus DIR is required")}
	}
	if opts.Only != "" && opts.Only != "lm" && opts.Only != "lexicon" {
		return usageError{fmt.Errorf("dict build: --only %q: want lm or lexicon", opts.Only)}
	}
	if opts.Format != "text" && opts.Format != "json" {
		return usageError{fmt.Errorf("dict build: --format %q: want text or json", opts.Format)}
	}
	cut, err := parseCutoffs(opts.Prune)
	if err != nil {
		return usageError{err}
	}
	var compare []lm.Cutoffs
	for _, s := range opts.Compare {
		c, err := parseCutoffs(s)
		if err != nil {
			return usageError{err}
		}
		compare = append(compare, c)
	}
	for _, d := range append(append([]string{}, opts.Corpus...), opts.Exclude...) {
		if st, err := os.Stat(d); err != nil || !st.IsDir() {
			return usageError{fmt.Errorf("dict build: %s is not a folder", d)}
		}
	}
	if err := os.MkdirAll(opts.Out, 0o755); err != nil {
		return fmt.Errorf("dict build: %w", err)
	}
	if opts.Only != "lm" {
		st, err := lexicon.Build(ctx, lexicon.BuildOptions{CorpusDirs: opts.Corpus, Hunspell: opts.Hunspell, OutDir: opts.Out, Logger: slog.Default()})
		if err != nil {
			return fmt.Errorf("dict build: lexicon: %w", err)
		}
		if opts.Format == "text" {
			fmt.Fprintf(stdout, "lexicon: %d syllables (%d loanword), %d words and phrases\n", st.Syllables, st.LoanSyllables, st.WordListSize)
		} else {
			json.NewEncoder(stdout).Encode(map[string]any{"lexicon": st})
		}
	}
	if opts.Only == "lexicon" {
		return nil
	}
	bo := lm.BuildOptions{
		CorpusDirs:       opts.Corpus,
		ExcludeDirs:      opts.Exclude,
		Order:            opts.Order,
		MinCount:         opts.MinCount,
		Cutoffs:          cut,
		CompareCutoffs:   compare,
		SupplementWeight: opts.SupplementWeight,
	}
	sup := opts.Supplement
	if sup == "" {
		if p := filepath.Join(opts.Out, lexicon.AdminTermsFile); fileExists(p) {
			sup = p
		}
	}
	if sup != "" {
		b, err := os.ReadFile(sup)
		if err != nil {
			return fmt.Errorf("dict build: supplement: %w", err)
		}
		bo.Supplement, bo.SupplementName = string(b), filepath.Base(sup)
	}
	var buf bytes.Buffer
	rep, err := lm.Build(ctx, bo, &buf)
	if err != nil {
		return fmt.Errorf("dict build: language model: %w", err)
	}
	path := filepath.Join(opts.Out, lmFile)
	if err := atomicfile.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("dict build: %w", err)
	}
	if opts.Format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(map[string]any{"lm": rep, "path": path})
	}
	h := rep.Header
	fmt.Fprintf(stdout, "language model: %s, order %d, vocabulary %d, n-grams %v, %.1f MB\n", path, h.Order, h.Vocab, h.NGrams, float64(rep.Bytes)/1e6)
	fmt.Fprintf(stdout, "corpus: %d files, %d sentences, %d tokens; %d documents and %d lines left out as held-out\n",
		h.Corpus.Files, h.Corpus.Sentences, h.Corpus.Tokens, len(h.Corpus.FilesExcluded), h.Corpus.LinesExcluded)
	if h.Supplement != "" {
		fmt.Fprintf(stdout, "supplement: %s\n", h.Supplement)
	}
	fmt.Fprintf(stdout, "Party vocabulary in the corpus (occurrences):")
	for _, t := range sortedKeys(rep.DomainTerms) {
		fmt.Fprintf(stdout, " %s=%d", t, rep.DomainTerms[t])
	}
	fmt.Fprintln(stdout)
	if len(opts.Exclude) > 0 {
		fmt.Fprintf(stdout, "\n%-10s %-28s %10s %8s %10s %8s\n", "cut-offs", "n-grams", "MB", "ppl", "syl ppl", "OOV %")
		for _, p := range rep.Pruning {
			fmt.Fprintf(stdout, "%-10s %-28s %10.2f %8.1f %10.1f %8.2f\n", cutString(p.Cutoffs), fmt.Sprint(p.NGrams),
				float64(p.Bytes)/1e6, p.Eval.Perplexity(), p.Eval.WordPerplexity(), 100*p.Eval.OOVRate())
		}
	}
	return nil
}

func cutString(c lm.Cutoffs) string {
	if len(c) == 0 {
		return "none"
	}
	s := make([]string, len(c))
	for i, v := range c {
		s[i] = strconv.Itoa(int(v))
	}
	return strings.Join(s, ",")
}

func fileExists(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.Mode().IsRegular()
}

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	return keys
}

// dictInfo is what `vidoc dict info` reports.
type dictInfo struct {
	LMVersion      string         `json:"lm_version"`
	Order          int            `json:"order"`
	Vocab          int            `json:"vocab"`
	NGrams         []int          `json:"ngrams"`
	Cutoffs        lm.Cutoffs     `json:"cutoffs"`
	Discounts      []lm.Discounts `json:"discounts"`
	BytesOnDisk    int            `json:"bytes_on_disk"`
	HeapBytes      int            `json:"heap_bytes"`
	LoadMillis     float64        `json:"load_ms"`
	Corpus         lm.CorpusStats `json:"corpus"`
	Supplement     string         `json:"supplement,omitempty"`
	LexiconVersion string         `json:"lexicon_version"`
}

func runDictInfo(ctx context.Context, format string, gopts *GlobalOptions, stdout io.Writer) error {
	if format != "text" && format != "json" {
		return usageError{fmt.Errorf("dict info: --format %q: want text or json", format)}
	}
	m, err := lm.Default()
	if err != nil {
		return fmt.Errorf("dict info: %w", err)
	}
	h := m.Header()
	info := dictInfo{
		LMVersion: dictionaries.LMVersion, Order: h.Order, Vocab: h.Vocab, NGrams: h.NGrams, Cutoffs: h.Cutoffs, Discounts: h.Discounts,
		BytesOnDisk: m.SizeOnDisk(), HeapBytes: m.HeapBytes(), LoadMillis: float64(lm.DefaultLoadTime().Microseconds()) / 1000,
		Corpus: h.Corpus, Supplement: h.Supplement, LexiconVersion: dictionaries.LexiconVersion,
	}
	if format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(info)
	}
	fmt.Fprintf(stdout, "language model  %s\n", info.LMVersion)
	fmt.Fprintf(stdout, "order           %d, modified Kneser-Ney, cut-offs %s\n", info.Order, cutString(info.Cutoffs))
	fmt.Fprintf(stdout, "vocabulary      %d units\n", info.Vocab)
	for n, c := range info.NGrams {
		var d lm.Discounts
		if n < len(info.Discounts) {
			d = info.Discounts[n]
		}
		fmt.Fprintf(stdout, "%d-grams         %d (discounts %.3f %.3f %.3f)\n", n+1, c, d[0], d[1], d[2])
	}
	fmt.Fprintf(stdout, "size on disk    %.2f MB (mapped, not copied)\n", float64(info.BytesOnDisk)/1e6)
	fmt.Fprintf(stdout, "heap            %.2f MB (vocabulary index)\n", float64(info.HeapBytes)/1e6)
	fmt.Fprintf(stdout, "load time       %.1f ms\n", info.LoadMillis)
	fmt.Fprintf(stdout, "corpus          %d files, %d sentences, %d tokens, %d held-out documents left out\n",
		info.Corpus.Files, info.Corpus.Sentences, info.Corpus.Tokens, len(info.Corpus.FilesExcluded))
	if info.Supplement != "" {
		fmt.Fprintf(stdout, "supplement      %s\n", info.Supplement)
	}
	fmt.Fprintf(stdout, "lexicon         %s\n", info.LexiconVersion)
	return nil
}
