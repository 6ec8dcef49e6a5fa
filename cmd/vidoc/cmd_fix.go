package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"runtime"
	"slices"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/vidoc/vidoc/internal/errmodel"
	"github.com/vidoc/vidoc/internal/ocrchan"
	"github.com/vidoc/vidoc/internal/repair"
	"github.com/vidoc/vidoc/internal/textenc"
)

// FixOptions holds the flags of `vidoc fix`.
type FixOptions struct {
	Format        string  // text or json
	Explain       bool    // list the changes readably on stderr
	MinConfidence float64 // leave less certain replacements out
	ToneStyle     string  // keep, old or new
	Damage        string  // force the kind of damage: clean, stripped, legacy
	From          string  // input encoding: auto, utf8, tcvn3, vni, cp1258
	Jobs          int     // blocks of lines repaired at once (0 means 1)
	Adapt         bool    // learn the input's own damage before repairing it
}

// AddFlags registers the fix flags.
func (o *FixOptions) AddFlags(f *pflag.FlagSet) {
	f.StringVar(&o.Format, "format", "text", "output format: text, or json (one object per block of lines: text and changes)")
	f.BoolVar(&o.Explain, "explain", false, "print every change (line, original → replacement, confidence) to stderr")
	f.Float64Var(&o.MinConfidence, "min-confidence", 0, "leave a token as it was when the confidence in its replacement is below `X` (0–1); JSON marks it kept")
	f.StringVar(&o.ToneStyle, "tone-style", "keep", "tone placement in oa/oe/uy: keep, old (hòa, ủy) or new (hoà, uỷ)")
	f.StringVar(&o.Damage, "damage", "", "force the kind of damage instead of detecting it per block: clean, stripped or legacy")
	f.IntVarP(&o.Jobs, "jobs", "j", runtime.NumCPU(), "repair `N` blocks of lines at once; the output keeps the input's order")
	f.BoolVar(&o.Adapt, "adapt", true, "learn the input's own OCR confusions from its first part (decode, re-estimate, decode again) before repairing it; --adapt=false turns it off")
	f.StringVar(&o.From, "from", textenc.Auto, "input encoding: auto (UTF-8; UTF-16, with or without a byte-order mark; else detect TCVN3, VNI or Windows-1258), utf8 (refuse anything else), tcvn3, vni or cp1258")
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

Each input first teaches the error model its own damage (--adapt, on by
default): its first 16 KB are decoded, the confident readings aligned with the
words they replace, the model re-estimated from them both ways (the confusions
the input repeats, a scanner writing "q" for ộ, raised; those it shows far less
often than the model expects, an engine that never drops the hook of ả, so a
bare "a" is not read as ả, lowered; a capital's misreadings, "B" for Đ, kept
apart from the small letter's), and the sample decoded again, for at most two
rounds. Text that needs almost no repair teaches nothing, and a re-estimate
that explains the sample's readings hardly better than the shipped model is
not used. --explain lists what went up and what went down, with counts. The
syllables the first decoding reads surely at least three times also form a
document cache: the language model's syllable frequencies are rescaled
towards the document's (a document repeats its own words), when the sample is
longer than one block; --explain says whether it
was used, what it held (its most frequent syllables, with counts), or why not.

vidoc's own OCR JSON is read as such: "vidoc ocr --format json --alternatives
page.png | vidoc fix" repairs the pages' text (joined by a blank line) listening
to Tesseract's choices for each glyph: a letter read at 99 % hardly changes, a
coin toss between u and ư is left to the language model. Without
--alternatives the JSON carries no choices and the text is repaired alone.

Reads FILE, or stdin when FILE is "-" or absent, and streams the repaired text
to stdout in bounded memory, as UTF-8.

Input encodings (--from): by default UTF-8 is read as is, UTF-16 is decoded
(with its byte-order mark, or recognised from its first bytes without one), and so is text in the legacy Vietnamese
encodings of the 1990s and 2000s: TCVN3 (ABC, the .VnTime fonts), VNI
(VNI-Times fonts) or Windows-1258. The legacy encoding
is detected from the first 64 KB after the first non-ASCII byte (the one that
makes the most valid Vietnamese syllables wins) and logged on stderr. TCVN3 has
no capitals with tones (.VnTimeH fonts draw lowercase bytes as capitals): they
are restored in words written in capitals, and read as lowercase elsewhere.
--from tcvn3, vni or cp1258 skips detection; --from utf8 refuses anything but
UTF-8. Text that is not UTF-8 is refused naming the file, the line and the
byte offset of the first bad byte, and the legacy encoding the text from
there reads as, when one does. Binary data is always refused. Offsets in --format json count bytes of the decoded UTF-8 text.`,
		Example: `  vidoc fix scan.ocr.txt > scan.txt
  vidoc fix --from tcvn3 old-vntime.txt > new.txt
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
		return usageError{fmt.Errorf("fix: --format %q: want text or json", opts.Format)}
	}
	if opts.Jobs < 0 {
		return usageError{fmt.Errorf("fix: -j must be at least 1, not %d", opts.Jobs)}
	}
	name, path := "stdin", ""
	in := stdin
	if len(args) == 1 && args[0] != "-" {
		name, path = args[0], args[0]
		f, err := os.Open(args[0])
		if err != nil {
			return fmt.Errorf("fix: %w", err)
		}
		defer f.Close()
		in = f
	}
	// vidoc's own OCR JSON (`vidoc ocr --format json --alternatives`)
	// brings each word's glyph choices: repair listens to them.
	br := bufio.NewReader(in)
	var stream func(r *repair.Repairer, fn func(repair.Block) error) error
	var in2 io.Reader // the text, for adaptTo
	var bom bool      // the text began with a UTF-8 byte-order mark
	if isOCRJSON(br) {
		text, words, err := ocrchan.Read(br, ocrchan.Options{})
		if err != nil {
			return fmt.Errorf("fix %s: %w", name, err)
		}
		cmdLogger(gopts, stderr).Info("reading vidoc OCR JSON", "file", name, "words with choices", len(words))
		in2 = strings.NewReader(text)
		stream = func(r *repair.Repairer, fn func(repair.Block) error) error {
			return r.StreamWords(ctx, text, words, fn)
		}
	} else {
		tr, err := textenc.NewReader(br, opts.From, func(enc string) {
			cmdLogger(gopts, stderr).Info("decoding", "file", name, "encoding", textenc.Name(enc))
		})
		if err != nil {
			return usageError{fmt.Errorf("fix: --from: %w", err)}
		}
		in2 = tr
		if opts.Format == "text" {
			// A UTF-8 byte-order mark (Notepad writes one) is the file's,
			// not its first word's: repair would take it off that word and
			// list a change. The text output gives it back where it was.
			tb := bufio.NewReader(tr)
			bom = skipUTF8BOM(tb)
			in2 = tb
		}
		stream = func(r *repair.Repairer, fn func(repair.Block) error) error { return r.Stream(ctx, in2, fn) }
	}
	r, err := repair.New(repair.Options{MinConfidence: opts.MinConfidence, ToneStyle: opts.ToneStyle, Damage: opts.Damage,
		TextOnly: opts.Format == "text" && !opts.Explain, Workers: opts.Jobs})
	if err != nil {
		if errBadRepairOption(err) != nil {
			return usageError{err}
		}
		return err
	}
	if opts.Adapt {
		if r, in2, err = adaptTo(ctx, r, in2, name, opts.Explain, stderr); err != nil {
			return fmt.Errorf("fix %s: %w", name, err)
		}
	}
	out := bufio.NewWriter(stdout)
	if bom {
		out.WriteString(utf8BOM)
	}
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	err = stream(r, func(b repair.Block) error {
		if opts.Explain {
			for _, c := range b.Changes {
				mark := ""
				switch {
				case c.Vetoed:
					mark = " (kept: read surely, its glyphs offered no such spelling)"
				case c.Kept:
					mark = " (kept: below --min-confidence)"
				}
				fmt.Fprintf(stderr, "%s:%d: %q → %q  %.2f%s\n", name, c.Line, c.Original, c.Replacement, c.Confidence, mark)
			}
		}
		if opts.Format == "json" {
			if b.Changes == nil {
				b.Changes = []repair.Change{}
			}
			return enc.Encode(fixBlockJSON{Offset: b.Offset, Line: b.Line, Damage: b.Damage, Text: b.Text, Changes: b.Changes})
		}
		_, err := out.WriteString(b.Text)
		return err
	})
	if ferr := out.Flush(); err == nil {
		err = ferr
	}
	var ee *textenc.NotUTF8Error
	if errors.As(err, &ee) && opts.From == textenc.UTF8 {
		return fmt.Errorf("fix %s: %w; or let vidoc decode it: --from auto", name, err)
	}
	if err != nil {
		return fmt.Errorf("fix %s: %w", name, scanHint(err, path))
	}
	return nil
}

// ocrJSONPrefix starts every page of `vidoc ocr --format json`.
const ocrJSONPrefix = `{"file":`

// isOCRJSON reports input that is vidoc's own OCR JSON, by its first bytes.
func isOCRJSON(br *bufio.Reader) bool {
	head, _ := br.Peek(len(ocrJSONPrefix))
	return string(head) == ocrJSONPrefix
}

// explainRows lists the first repair.NoteConfusions of rows under title,
// and how many more there are.
func explainRows(w io.Writer, title string, rows []errmodel.Confusion) {
	if len(rows) == 0 {
		return
	}
	fmt.Fprintf(w, "  %s\n", title)
	for _, c := range rows[:min(len(rows), repair.NoteConfusions)] {
		fmt.Fprintf(w, "    %s\n", c)
	}
	if n := len(rows) - repair.NoteConfusions; n > 0 {
		fmt.Fprintf(w, "    … and %d more\n", n)
	}
}

// adaptTo reads the head of in (repair.Sample of it: whole lines up to
// repair.AdaptSample bytes), lets r learn the input's damage from it, and
// returns the adapted repairer with a reader that gives the whole input
// again.
func adaptTo(ctx context.Context, r *repair.Repairer, in io.Reader, name string, explain bool, stderr io.Writer) (*repair.Repairer, io.Reader, error) {
	// One byte past the sample tells repair.Sample that the input goes on,
	// so that it cuts the head where a scan's document sample is cut.
	br := bufio.NewReaderSize(in, repair.AdaptSample+1)
	head, err := br.Peek(repair.AdaptSample + 1)
	if err != nil && err != io.EOF {
		return r, br, nil // the stream reads the same error and reports it
	}
	sample := repair.Sample(string(head))
	ar, ad, err := r.Adapt(ctx, sample)
	if err != nil {
		return nil, nil, err
	}
	if explain && len(ad.Confusions) > 0 {
		fmt.Fprintf(stderr, "%s: adapted the error model of %s damage to this input (%d rounds over its first %d bytes)\n", name, ad.Damage, ad.Rounds, len(sample))
		up, down := errmodel.SplitLowered(ad.Confusions)
		explainRows(stderr, "confusions learned or raised, intended → observed:", up)
		explainRows(stderr, "rows lowered, which the input shows less often than the model expected (in how many readings of the letter; the probability before → after):", down)
	}
	if explain && (ad.Cache.Used || ad.Cache.Why != "") {
		fmt.Fprintf(stderr, "%s: document cache %s\n", name, ad.Cache)
	}
	if explain && len(ad.Acronyms) > 0 {
		defs := slices.Sorted(maps.Values(ad.Acronyms))
		fmt.Fprintf(stderr, "%s: acronyms this input defines, written so wherever a capital of theirs is misread: %s\n", name, strings.Join(defs, ", "))
	}
	return ar, br, nil
}

// errBadRepairOption tells option errors (usage) from model errors.
func errBadRepairOption(err error) error {
	var oe *repair.OptionError
	if errors.As(err, &oe) {
		return err
	}
	return nil
}

// utf8BOM is the byte-order mark as UTF-8 writes it.
const utf8BOM = "\ufeff"

// skipUTF8BOM reads a UTF-8 byte-order mark at the start of br, if one is
// there, and reports whether it was.
func skipUTF8BOM(br *bufio.Reader) bool {
	if head, _ := br.Peek(len(utf8BOM)); string(head) != utf8BOM {
		return false
	}
	_, err := br.Discard(len(utf8BOM))
	return err == nil
}
