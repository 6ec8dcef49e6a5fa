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
		Example: `  # the shipped model (dictionaries/build_data.go), measured against two other prunings:
  vidoc dict build --only lm --order 4 --corpus ../shared/corpus/legal --corpus ../shared/corpus/wiki \
      --corpus ../shared/corpus/debian --exclude ../shared/dev/texts --out dictionaries \
      --prune 1,2,2 --compare 1,1,1 --compare 2,2,2`,
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
	// The report is one JSON document, or text, written once both parts are built.
	var rep dictBuildReport
	if opts.Only != "lm" {
		st, err := lexicon.Build(ctx, lexicon.BuildOptions{CorpusDirs: opts.Corpus, Hunspell: opts.Hunspell, OutDir: opts.Out, Logger: slog.Default()})
		if err != nil {
			return fmt.Errorf("dict build: lexicon: %w", err)
		}
		rep.Lexicon = &st
	}
	if opts.Only != "lexicon" {
		var err error
		if rep.LM, rep.Path, err = buildLM(ctx, opts, cut, compare); err != nil {
			return err
		}
	}
	return rep.write(stdout, opts.Format)
}

// dictBuildReport is what `vidoc dict build` reports: the parts it built.
type dictBuildReport struct {
	Lexicon *lexicon.BuildStats `json:"lexicon,omitempty"`
	LM      *lm.BuildReport     `json:"lm,omitempty"`
	Path    string              `json:"path,omitempty"` // of the model written
}

func (r dictBuildReport) write(w io.Writer, format string) error {
	if format == "json" {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(r)
	}
	if r.Lexicon != nil {
		if err := r.Lexicon.WriteText(w); err != nil {
			return err
		}
	}
	if r.LM != nil {
		if _, err := fmt.Fprintf(w, "language model written to %s\n", r.Path); err != nil {
			return err
		}
		return r.LM.WriteText(w)
	}
	return nil
}

// buildLM builds the language model and writes it to OUT/lm.bin.
func buildLM(ctx context.Context, opts DictBuildOptions, cut lm.Cutoffs, compare []lm.Cutoffs) (*lm.BuildReport, string, error) {
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
			return nil, "", fmt.Errorf("dict build: supplement: %w", err)
		}
		bo.Supplement, bo.SupplementName = string(b), filepath.Base(sup)
	}
	var buf bytes.Buffer
	rep, err := lm.Build(ctx, bo, &buf)
	if err != nil {
		return nil, "", fmt.Errorf("dict build: language model: %w", err)
	}
	path := filepath.Join(opts.Out, lmFile)
	if err := atomicfile.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		return nil, "", fmt.Errorf("dict build: %w", err)
	}
	return rep, path, nil
}

func fileExists(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.Mode().IsRegular()
}

// dictInfo is what `vidoc dict info` reports: the model's figures and the
// lexicon's version.
type dictInfo struct {
	lm.Info
	LexiconVersion string `json:"lexicon_version"`
}

func runDictInfo(ctx context.Context, format string, gopts *GlobalOptions, stdout io.Writer) error {
	if format != "text" && format != "json" {
		return usageError{fmt.Errorf("dict info: --format %q: want text or json", format)}
	}
	li, err := lm.DefaultInfo()
	if err != nil {
		return fmt.Errorf("dict info: %w", err)
	}
	info := dictInfo{Info: li, LexiconVersion: dictionaries.LexiconVersion}
	if format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(info)
	}
	if err := info.WriteText(stdout); err != nil {
		return err
	}
	_, err = fmt.Fprintf(stdout, "lexicon         %s\n", info.LexiconVersion)
	return err
}
