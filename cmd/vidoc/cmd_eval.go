package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/vidoc/vidoc/internal/eval"
)

// EvalOptions holds the flags of `vidoc eval`.
type EvalOptions struct {
	Truth  string // truth file or folder
	Diff   int    // how many wrong words to show
	Format string // text or json
}

// AddFlags registers the eval flags.
func (o *EvalOptions) AddFlags(f *pflag.FlagSet) {
	f.StringVar(&o.Truth, "truth", "", "ground-truth text file, or folder of them paired with HYP's files by name (required)")
	f.IntVar(&o.Diff, "diff", 0, "show the first `N` wrong words (truth -> hypothesis)")
	f.StringVar(&o.Format, "format", "text", "output format: text or json")
}

func newEvalCommand(gopts *GlobalOptions) *cobra.Command {
	var opts EvalOptions
	cmd := &cobra.Command{
		Use:   "eval --truth TRUTH HYP",
		Short: "Score text against a ground truth: syllable accuracy, WER, CER",
		Long: `Score a hypothesis text (vidoc's output, or any OCR) against a ground truth.

Figures, on NFC text with whitespace collapsed, after a token-level alignment
(the definitions of shared/tools/vscore.py):
  syl_acc     share of truth syllables (tokens with a letter) matched exactly
  syl_acc_ci  the same, ignoring case
  wer         token error rate (all tokens, punctuation split off)
  cer         character error rate
A truth token may list accepted spellings separated by '|' (hằng|hàng).

TRUTH and HYP are files, or folders: each file of HYP is paired with the file
of TRUTH of the same name, or else with NAME.truth.txt or NAME.txt for a HYP
file NAME.KIND.txt (the page generator's naming). Folder totals add up the
counts of all files, so each syllable weighs the same. HYP "-" reads stdin.`,
		Example: `  vidoc eval --truth doc.truth.txt doc.fixed.txt
  vidoc eval --truth pairs/ fixed/ --diff 20
  vidoc fix doc.ocr.txt | vidoc eval --truth doc.txt - --format json`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runEval(cmd.Context(), opts, gopts, args, cmd.InOrStdin(), cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	opts.AddFlags(cmd.Flags())
	return cmd
}

// evalPair is one truth file and the hypothesis scored against it.
type evalPair struct {
	name, truth, hyp string
}

// evalFigures is the JSON form of one result, with vscore.py's field names.
type evalFigures struct {
	Name      string           `json:"name,omitempty"`
	Truth     string           `json:"truth,omitempty"`
	Hyp       string           `json:"hyp,omitempty"`
	Tokens    int              `json:"tokens"`
	Words     int              `json:"words"`
	SylAcc    float64          `json:"syl_acc"`
	SylAccCI  float64          `json:"syl_acc_ci"`
	WER       float64          `json:"wer"`
	CER       float64          `json:"cer"`
	WordsOK   int              `json:"words_ok"`
	CharEdits int              `json:"char_edits"`
	Chars     int              `json:"chars"`
	Errors    []eval.WordError `json:"errors,omitempty"`
}

func runEval(ctx context.Context, opts EvalOptions, gopts *GlobalOptions, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if opts.Truth == "" {
		return usageError{errors.New("eval: --truth is required")}
	}
	if opts.Format != "text" && opts.Format != "json" {
		return usageError{fmt.Errorf("eval: --format %q: want text or json", opts.Format)}
	}
	if opts.Diff < 0 {
		return usageError{fmt.Errorf("eval: --diff %d: must not be negative", opts.Diff)}
	}
	pairs, failed, err := pairEvalInputs(opts.Truth, args[0])
	if err != nil {
		return err
	}

	var results []eval.Result
	var figures []evalFigures
	diffLeft := opts.Diff
	for _, p := range pairs {
		if err := ctx.Err(); err != nil {
			return err
		}
		truth, err := os.ReadFile(p.truth)
		if err != nil {
			slog.Error("eval: read truth", "file", p.truth, "err", err)
			failed++
			continue
		}
		var hyp []byte
		if p.hyp == "-" {
			hyp, err = io.ReadAll(stdin)
		} else {
			hyp, err = os.ReadFile(p.hyp)
		}
		if err != nil {
			slog.Error("eval: read hypothesis", "file", p.hyp, "err", err)
			failed++
			continue
		}
		r := eval.Compare(string(truth), string(hyp))
		results = append(results, r)
		f := figuresOf(r)
		f.Name, f.Truth, f.Hyp = p.name, p.truth, p.hyp
		n := min(diffLeft, len(r.Errors))
		f.Errors = r.Errors[:n]
		diffLeft -= n
		figures = append(figures, f)
	}
	if len(results) == 0 {
		return fmt.Errorf("eval: nothing scored (%d inputs failed)", failed)
	}
	total := figuresOf(eval.Sum(results...))

	if err := writeEval(stdout, opts.Format, figures, total); err != nil {
		return err
	}
	if failed > 0 {
		return &ExitError{Code: ExitPartial, Err: fmt.Errorf("eval: %d of %d inputs could not be scored", failed, failed+len(results))}
	}
	return nil
}

func figuresOf(r eval.Result) evalFigures {
	return evalFigures{Tokens: r.Tokens, Words: r.Words, SylAcc: r.SylAcc, SylAccCI: r.SylAccCI,
		WER: r.WER, CER: r.CER, WordsOK: r.Correct, CharEdits: r.CharEdits, Chars: r.TruthChars}
}

func writeEval(w io.Writer, format string, files []evalFigures, total evalFigures) error {
	if format == "json" {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		return enc.Encode(struct {
			Files []evalFigures `json:"files"`
			Total evalFigures   `json:"total"`
		}{files, total})
	}
	line := func(f evalFigures) string {
		return fmt.Sprintf("words=%d syl_acc=%.4f syl_acc_ci=%.4f wer=%.4f cer=%.4f", f.Words, f.SylAcc, f.SylAccCI, f.WER, f.CER)
	}
	var b strings.Builder
	single := len(files) == 1 && files[0].Name == ""
	for _, f := range files {
		if single {
			b.WriteString(line(f) + "\n")
		} else {
			fmt.Fprintf(&b, "%s %s\n", f.Name, line(f))
		}
		for _, e := range f.Errors {
			h := e.Hyp
			if e.Missing {
				h = "(missing)"
			}
			fmt.Fprintf(&b, "  %s -> %s\n", e.Truth, h)
		}
	}
	if !single {
		fmt.Fprintf(&b, "total %s\n", line(total))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// pairEvalInputs lists the (truth, hypothesis) pairs to score. A file pairs
// with a file; a hypothesis folder pairs each of its files with a truth of
// the same name in the truth folder (see truthFor). Hypotheses without a
// truth are logged and counted as failed.
func pairEvalInputs(truth, hyp string) ([]evalPair, int, error) {
	tst, err := os.Stat(truth)
	if err != nil {
		return nil, 0, fmt.Errorf("eval: truth: %w", err)
	}
	if hyp == "-" {
		if tst.IsDir() {
			return nil, 0, usageError{fmt.Errorf("eval: HYP - (stdin) needs a truth file, %s is a folder", truth)}
		}
		return []evalPair{{truth: truth, hyp: "-"}}, 0, nil
	}
	hst, err := os.Stat(hyp)
	if err != nil {
		return nil, 0, fmt.Errorf("eval: hypothesis: %w", err)
	}
	switch {
	case !tst.IsDir() && !hst.IsDir():
		return []evalPair{{truth: truth, hyp: hyp}}, 0, nil
	case !tst.IsDir():
		return nil, 0, usageError{fmt.Errorf("eval: %s is a folder but truth %s is a file", hyp, truth)}
	}
	var hyps []string
	if hst.IsDir() {
		entries, err := os.ReadDir(hyp)
		if err != nil {
			return nil, 0, fmt.Errorf("eval: %w", err)
		}
		for _, e := range entries {
			if e.Type().IsRegular() && !strings.HasPrefix(e.Name(), ".") {
				hyps = append(hyps, filepath.Join(hyp, e.Name()))
			}
		}
		sort.Strings(hyps)
	} else {
		hyps = []string{hyp}
	}
	var pairs []evalPair
	failed := 0
	for _, h := range hyps {
		t := truthFor(truth, filepath.Base(h))
		if t == h {
			continue // a truth file in a folder scored against itself
		}
		if t == "" {
			slog.Error("eval: no truth file", "hyp", h, "truth_folder", truth)
			failed++
			continue
		}
		pairs = append(pairs, evalPair{name: filepath.Base(h), truth: t, hyp: h})
	}
	if len(pairs) == 0 {
		return nil, failed, fmt.Errorf("eval: no file of %s has a truth in %s", hyp, truth)
	}
	return pairs, failed, nil
}

// truthFor finds the truth of hypothesis file name in folder dir: the same
// name, else for NAME.KIND.txt the file NAME.truth.txt or NAME.txt.
func truthFor(dir, name string) string {
	candidates := []string{name}
	if stem, ok := strings.CutSuffix(name, ".txt"); ok {
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
