package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
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
of TRUTH of the same name, or else with NAME.truth.txt for a HYP file NAME.txt
(a vidoc scan output folder: its .json, .md, .pdf… are passed over), or with
NAME.truth.txt or NAME.txt for a HYP file NAME.KIND.txt (the page
generator's naming). A .txt file of HYP with no truth is an error (exit 3).
Folder totals add up the counts of all files, so each syllable weighs the
same. HYP "-" reads stdin.

Texts are read as vidoc fix reads them: UTF-8, UTF-16 (with or without a
byte-order mark), TCVN3, VNI or Windows-1258. Binary data, undecodable text,
an empty truth and a pair too long to align in memory (over about 32,000
tokens a side: score it page by page) are errors: fatal for a single pair,
and for folders the pair fails (exit 3) while the others are scored.`,
		Example: `  vidoc eval --truth doc.truth.txt doc.fixed.txt
  vidoc eval --truth pairs/ fixed/ --diff 20
  vidoc scan scans/ -o out/ && vidoc eval --truth transcriptions/ out/
  vidoc fix doc.ocr.txt | vidoc eval --truth doc.txt - --format json`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runEval(cmd.Context(), opts, gopts, args, cmd.InOrStdin(), cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	opts.AddFlags(cmd.Flags())
	return cmd
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
	log := cmdLogger(gopts, stderr)
	pairs, unpaired, err := eval.PairFiles(opts.Truth, args[0])
	for _, h := range unpaired {
		log.Error("eval: no truth file", "hyp", h, "truth_folder", opts.Truth)
	}
	var ae *eval.ArgError
	if errors.As(err, &ae) {
		return usageError{fmt.Errorf("eval: %w", err)}
	}
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}

	failed := len(unpaired)
	var results []eval.Result
	var figures []evalFigures
	diffLeft := opts.Diff
	for _, p := range pairs {
		if err := ctx.Err(); err != nil {
			return err
		}
		r, err := scorePair(p, stdin)
		if err != nil && len(pairs) == 1 && failed == 0 {
			return fmt.Errorf("eval: %w", err) // the only pair: nothing to go on with
		}
		if err != nil {
			log.Error("eval: not scored", "hyp", p.Hyp, "err", err)
			failed++
			continue
		}
		results = append(results, r)
		f := figuresOf(r)
		f.Name, f.Truth, f.Hyp = p.Name, p.Truth, p.Hyp
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

// scorePair reads a pair's texts (through textenc: UTF-16, legacy
// encodings decoded; binary data refused) and scores them. A truth with no
// text is an error: every rate would divide by nothing.
func scorePair(p eval.Pair, stdin io.Reader) (eval.Result, error) {
	truth, err := readWholeText(p.Truth, nil, nil)
	if err != nil {
		return eval.Result{}, fmt.Errorf("truth %w", err)
	}
	hyp, err := readWholeText(p.Hyp, stdin, nil)
	if err != nil {
		return eval.Result{}, fmt.Errorf("hypothesis %w", err)
	}
	if err := eval.CheckSize(string(truth), string(hyp)); err != nil {
		return eval.Result{}, fmt.Errorf("%s against %s: %w", p.Hyp, p.Truth, err)
	}
	r := eval.Compare(string(truth), string(hyp))
	if r.Tokens == 0 {
		return eval.Result{}, fmt.Errorf("truth %s is empty: nothing to score against", p.Truth)
	}
	return r, nil
}
