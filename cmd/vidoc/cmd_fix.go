package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/vidoc/vidoc/internal/repair"
)

// FixOptions holds the flags of `vidoc fix`.
type FixOptions struct {
	Format        string  // text or json
	Explain       bool    // list the changes readably on stderr
	MinConfidence float64 // leave less certain replacements out
	ToneStyle     string  // keep, old or new
	Channel       string  // force an error model: clean, stripped, legacy
}

// AddFlags registers the fix flags.
func (o *FixOptions) AddFlags(f *pflag.FlagSet) {
	f.StringVar(&o.Format, "format", "text", "output format: text, or json (one object per block of lines: text and changes)")
	f.BoolVar(&o.Explain, "explain", false, "print every change (line, original → replacement, confidence) to stderr")
	f.Float64Var(&o.MinConfidence, "min-confidence", 0, "leave a token as it was when the confidence in its replacement is below `X` (0–1); JSON marks it kept")
	f.StringVar(&o.ToneStyle, "tone-style", "keep", "tone placement in oa/oe/uy: keep, old (hòa, ủy) or new (hoà, uỷ)")
	f.StringVar(&o.Channel, "damage", "", "force the kind of damage instead of detecting it per block: clean, stripped or legacy")
}

func newFixCommand(gopts *GlobalOptions) *cobra.Command {
	var opts FixOptions
	cmd := &cobra.Command{
		Use:   "fix [FILE|-]",
		Short: "Repair broken Vietnamese in OCR text (diacritics, split and merged words, codes, case)",
		Long: `Repair Vietnamese text damaged by OCR: diacritics dropped (Tesseract eng,
stripped text) or turned into look-alike glyphs by legacy OCR ("thirc hin" for
"thực hiện", "K8 hoach" for "Kế hoạch"), words split or merged, random capitals,
damaged document codes ("344-KHITU" → "344-KH/TU").

A noisy-channel decoder picks, for each token, the syllable that best explains
it under a learned OCR error model and the syllable language model. The kind of
damage (clean, stripped, legacy) is detected for each block of lines. Numbers,
dates, URLs, e-mail addresses, abbreviations and foreign words are kept; line
structure is kept.

Reads FILE, or stdin when FILE is "-" or absent, and streams the repaired text
to stdout in bounded memory. Input must be UTF-8: legacy encodings (TCVN3, VNI,
Windows-1258) and binary data are reported as errors.`,
		Example: `  vidoc fix scan.ocr.txt > scan.txt
  vidoc fix --explain --min-confidence 0.6 < page.txt
  vidoc fix --format json doc.txt | jq '.changes[]'`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runFix(cmd.Context(), opts, gopts, args, cmd.InOrStdin(), cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	opts.AddFlags(cmd.Flags())
	return cmd
}

// fixBlockJSON is one line of `vidoc fix --format json`.
type fixBlockJSON struct {
	Offset  int             `json:"offset"`
	Line    int             `json:"line"`
	Damage  []string        `json:"damage"`
	Text    string          `json:"text"`
	Changes []repair.Change `json:"changes"`
}

func runFix(ctx context.Context, opts FixOptions, gopts *GlobalOptions, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if ctx == nil {
		ctx = context.Background()
	}
	if opts.Format != "text" && opts.Format != "json" {
		return usageError{fmt.Errorf("--format %q: want text or json", opts.Format)}
	}
	name := "stdin"
	in := stdin
	if len(args) == 1 && args[0] != "-" {
		name = args[0]
		f, err := os.Open(args[0])
		if err != nil {
			return err
		}
		defer f.Close()
		in = f
	}
	r, err := repair.New(repair.Options{MinConfidence: opts.MinConfidence, ToneStyle: opts.ToneStyle, Channel: opts.Channel})
	if err != nil {
		if errBadRepairOption(err) != nil {
			return usageError{err}
		}
		return err
	}
	out := bufio.NewWriter(stdout)
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	err = r.Stream(ctx, in, func(b repair.Block) error {
		if opts.Explain {
			for _, c := range b.Changes {
				mark := ""
				if c.Kept {
					mark = " (kept: below --min-confidence)"
				}
				fmt.Fprintf(stderr, "%s:%d: %q → %q  %.2f%s\n", name, c.Line, c.Original, c.Replacement, c.Confidence, mark)
			}
		}
		if opts.Format == "json" {
			if b.Changes == nil {
				b.Changes = []repair.Change{}
			}
			return enc.Encode(fixBlockJSON{Offset: b.Offset, Line: b.Line, Damage: b.Channels, Text: b.Text, Changes: b.Changes})
		}
		_, err := out.WriteString(b.Text)
		return err
	})
	if ferr := out.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		return fmt.Errorf("fix %s: %w", name, err)
	}
	return nil
}

// errBadRepairOption tells option errors (usage) from model errors.
func errBadRepairOption(err error) error {
	var oe *repair.OptionError
	if errors.As(err, &oe) {
		return err
	}
	return nil
}
