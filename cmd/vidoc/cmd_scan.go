package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"slices"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/vidoc/vidoc/internal/batch"
	"github.com/vidoc/vidoc/internal/output"
	"github.com/vidoc/vidoc/internal/textlayer"
	"github.com/vidoc/vidoc/internal/ui"
)

// ScanOptions are the flags of `vidoc scan`.
type ScanOptions struct {
	Output    string
	Formats   []string
	Jobs      int
	Force     bool
	KeepOlder bool
	Shard     string
	Progress  string
	Lang      string
	MaxPixels int64
	NoUpright bool
	NoDeskew  bool
	NoUpscale bool
	NoRepair  bool
	NoLayout  bool
	// Alternatives reads each glyph's choices and repairs listening to them.
	Alternatives bool
	TextLayer    string // --text-layer: auto, use or ignore
	Adapt        string // --adapt: document, batch or off
	// MergeManifests prints the merged manifests of Output instead of scanning.
	MergeManifests bool
}

// AddFlags registers the scan flags.
func (o *ScanOptions) AddFlags(f *pflag.FlagSet) {
	f.StringVarP(&o.Output, "output", "o", "", "output folder (required); never inside an input folder")
	f.StringSliceVarP(&o.Formats, "format", "f", []string{"txt", "json", "md"}, "outputs to write per document: txt, json, md, pdf (searchable), alto (ALTO 4.4 XML), hocr (comma-separated)")
	f.IntVarP(&o.Jobs, "jobs", "j", runtime.NumCPU(), "`N` OCR workers; the pages of one document are spread over them")
	f.BoolVar(&o.Force, "force", false, "redo documents an earlier run already finished")
	f.BoolVar(&o.KeepOlder, "keep-older", false, "keep finished outputs an older vidoc build or older data wrote with the same settings, instead of redoing them")
	f.StringVar(&o.Shard, "shard", "", "process only shard i of n (i/n, 0-based) of the inputs, for splitting an archive over machines")
	f.StringVar(&o.Progress, "progress", "auto", "progress on stderr: auto (bar on a terminal, JSON otherwise), bar, json or none")
	f.StringVarP(&o.Lang, "lang", "l", "vie", "Tesseract languages, e.g. vie or vie+eng")
	f.Int64Var(&o.MaxPixels, "max-pixels", 0, "refuse pages with more than `N` pixels (decompression bombs); 0 for the default, 100 million")
	f.BoolVar(&o.NoUpright, "no-upright", false, "do not detect and turn pages rotated by 90, 180 or 270 degrees")
	f.BoolVar(&o.NoDeskew, "no-deskew", false, "do not straighten slightly skewed pages")
	f.BoolVar(&o.NoUpscale, "no-upscale", false, "read pages of small print (a scan at 100 dpi or less) as they are, not enlarged first")
	f.BoolVar(&o.NoRepair, "no-repair", false, "keep the OCR text as Tesseract read it")
	f.BoolVar(&o.NoLayout, "no-layout", false, "keep Tesseract's order: no column reading, nothing dropped (stamps, signatures, specks)")
	f.BoolVar(&o.Alternatives, "alternatives", false, "OCR with Tesseract's top choices for each glyph and repair listening to them (a doubtful letter is left to the language model, a sure one hardly changes); slower")
	f.StringVar(&o.TextLayer, "text-layer", string(textlayer.Auto), "a PDF's own text: auto (use good text, decode TCVN3/VNI fonts, repair a garbled layer or OCR, whichever reads better), use (any text there is), ignore (OCR every page)")
	f.StringVar(&o.Adapt, "adapt", string(batch.AdaptDocument), "learn OCR damage before repairing: document (each document from its own text, the first 16 KB), batch (also from the documents before it in input order, pooled by kind of damage), or off")
	f.BoolVar(&o.MergeManifests, "merge-manifests", false, "print the latest record of every document from all manifests in OUTDIR (JSONL) and exit")
}

func newScanCommand(gopts *GlobalOptions) *cobra.Command {
	var opts ScanOptions
	cmd := &cobra.Command{
		Use:   "scan INPUT... -o OUTDIR",
		Short: "OCR, repair and structure folders of scans, resumably",
		Long: `scan turns every scanned document under the inputs into clean text (.txt),
its structure (.json) and a readable outline (.md) under OUTDIR, mirroring the
inputs' folder layout: scans/2024/kh-17.pdf given as "scans" gives
OUTDIR/2024/kh-17.txt, .json and .md.

INPUT is a file, a folder (searched recursively for PNG, JPEG, TIFF and PDF)
or a glob pattern. Each page is turned upright, deskewed and read by
Tesseract on one of -j workers, repaired, and the pages of each document are
reassembled in order. Outputs appear only complete (temporary file, then
rename) and nothing is ever written next to the inputs. The .json lists each
page's layout: regions in reading order, and the words kept out of the text
(stamps, signatures, specks) with their box and reason (docs/schema.md).

A manifest (OUTDIR/vidoc-manifest*.jsonl) records every document with its
content hash, the settings, vidoc's version (its git revision) and the
versions of its data, and the files vidoc wrote. Running the same command
again skips what is finished, so a run interrupted by Ctrl-C, kill -9 or a
crash is finished by running it again; --force redoes everything. Documents
finished by another vidoc build or other data are redone, unless
--keep-older keeps them (the summary says how many). A file in OUTDIR that
vidoc did not write is never replaced: the document that would replace it
fails. A file or
page that cannot be read is recorded in the manifest and the summary, and
the rest goes on.

Before a document is repaired, the repair learns the document's own OCR
damage (--adapt document, the default): the first 16 KB of its text to be
repaired are decoded, the confident readings aligned with the words they
replace, the confusions the document repeats added to the error model, and
the sample decoded again, as vidoc fix does; text that needs almost no
repair teaches nothing. --adapt batch also pools what the documents before
it in input order showed, by kind of damage, so a batch from one scanner
learns from all of its documents (the manifest keeps each document's
evidence, so the outcome does not depend on -j or on resumed runs).
The .json lists what was learned (adaptation) and the manifest records it.

A PDF page's own text layer is used when it is correct Unicode, decoded
when drawn in TCVN3/VNI fonts, and repaired or replaced by OCR when garbled,
whichever is expected to read better (--text-layer auto); the manifest says
per page what was done and why.

--format pdf,alto,hocr adds the archive formats, with the repaired words
each on the box of the OCR word it came from: NAME.pdf, a searchable PDF (a
PDF input keeps its pages byte for byte with its old invisible text layer
replaced; a PNG or JPEG becomes a page of the image as it is; a TIFF is
refused), NAME.alto.xml (ALTO 4.4) and NAME.hocr.

--shard i/n processes a deterministic share of the inputs (by hash of their
output name), so n machines sharing storage can split an archive; each
writes its own manifest, and "vidoc scan --merge-manifests -o OUTDIR" prints
the merged view.

Exit codes: 0 all done, 1 fatal or interrupted (or every document failed:
then the cause is more often the run's, such as a full disk or an output
folder it may not write to, than every input's; vidoc ocr, which writes no
files, says 3 even then), 2 usage, 3 some documents or pages failed.`,
		Example: `  vidoc scan ~/scans -o ~/vidoc-out
  vidoc scan 'archive/1998/*.pdf' -o out -j 4 --format md
  vidoc scan ~/scans -o ~/archive --format txt,pdf,alto
  vidoc scan /mnt/archive -o /mnt/out --shard 3/16 --progress json`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runScan(cmd.Context(), opts, gopts, args, cmd.InOrStdin(), cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	opts.AddFlags(cmd.Flags())
	return cmd
}

// scanSettings are the settings that change a document's outputs; they are
// part of the manifest key, so changing one redoes the documents.
//
// Adaptation off reads as before adaptation existed, so that --keep-older
// keeps what an older vidoc wrote with the same other settings.
func scanSettings(o ScanOptions) []string {
	settings := []string{
		"lang=" + o.Lang,
		fmt.Sprintf("upright=%t", !o.NoUpright),
		fmt.Sprintf("deskew=%t", !o.NoDeskew),
		fmt.Sprintf("repair=%t", !o.NoRepair),
		layoutSetting(o.NoLayout),
		fmt.Sprintf("max-pixels=%d", o.MaxPixels),
		"text-layer=" + o.TextLayer,
	}
	if o.Adapt != string(batch.AdaptOff) {
		settings = append(settings, "adapt="+o.Adapt)
	}
	if o.NoUpscale {
		// Only when off, so that manifests of runs with the default keep
		// their key (pages of 150 dpi and more read as before).
		settings = append(settings, "upscale=false")
	}
	if o.Alternatives {
		// Only when on, so that manifests of runs without it keep their key.
		settings = append(settings, "alternatives=true")
	}
	return settings
}

func runScan(ctx context.Context, opts ScanOptions, gopts *GlobalOptions, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if opts.Output == "" {
		return usageError{errors.New("scan: -o OUTDIR is required")}
	}
	if opts.MergeManifests {
		if len(args) > 0 {
			return usageError{fmt.Errorf("scan: --merge-manifests reads OUTDIR's manifests only: give no INPUT (%s)", args[0])}
		}
		n, err := batch.MergeManifests(opts.Output, stdout)
		if err == nil && n == 0 {
			// Said, or a mistyped OUTDIR reads as an empty archive.
			err = fmt.Errorf("scan: --merge-manifests: no manifest records in %s (%s*.jsonl)", opts.Output, batch.ManifestPrefix)
		}
		return err
	}
	if len(args) == 0 {
		return usageError{errors.New("scan: give at least one input file or folder")}
	}
	var formats []batch.Format
	for _, s := range opts.Formats {
		for _, part := range strings.Split(s, ",") {
			f, err := batch.ParseFormat(strings.TrimSpace(part))
			if err != nil {
				return usageError{fmt.Errorf("scan: --format: %w", err)}
			}
			formats = append(formats, f)
		}
	}
	if opts.Jobs < 1 {
		return usageError{fmt.Errorf("scan: -j must be at least 1")}
	}
	if _, _, err := sourceDateEpoch(); err != nil && slices.Contains(formats, batch.PDF) {
		return usageError{fmt.Errorf("scan: %w", err)}
	}
	var shard batch.Shard
	if opts.Shard != "" {
		var err error
		if shard, err = batch.ParseShard(opts.Shard); err != nil {
			return usageError{fmt.Errorf("scan: --shard: %w", err)}
		}
	}
	if opts.Adapt == "" {
		opts.Adapt = string(batch.AdaptDocument)
	}
	adapt, err := batch.ParseAdaptMode(opts.Adapt)
	if err != nil {
		return usageError{fmt.Errorf("scan: --adapt: %w", err)}
	}
	if opts.NoRepair {
		// Nothing is repaired, so nothing adapts: the key and the runner agree.
		opts.Adapt, adapt = string(batch.AdaptOff), batch.AdaptOff
	}
	reporter, textSummary, err := scanReporter(opts.Progress, stderr)
	if err != nil {
		return usageError{err}
	}

	if err := output.CheckOutDir(opts.Output, args); err != nil {
		return usageError{fmt.Errorf("scan: %w", err)}
	}
	inputs, err := batch.Discover(args, opts.Output)
	if err != nil {
		return usageError{fmt.Errorf("scan: %w", err)}
	}
	paths := make([]string, len(inputs))
	for i, in := range inputs {
		paths[i] = in.Path
	}
	if err := output.CheckOutDir(opts.Output, paths); err != nil {
		return usageError{fmt.Errorf("scan: %w", err)}
	}

	stages, err := newScanStages(opts, gopts != nil && gopts.Verbose)
	if err != nil {
		return err
	}
	sum, err := batch.Run(ctx, inputs, batch.Options[scanPage]{
		OutDir:        opts.Output,
		Formats:       formats,
		Workers:       opts.Jobs,
		Force:         opts.Force,
		KeepOlder:     opts.KeepOlder,
		Shard:         shard,
		Version:       vidocVersion(),
		Data:          stageVersions(),
		Key:           batch.RunKey(vidocVersion(), append(scanSettings(opts), "stages="+stageVersions())...),
		SettingsKey:   batch.RunKey("", scanSettings(opts)...),
		Source:        stages.source,
		NewRecognizer: stages.newRecognizer,
		Repairer:      stages.repairer,
		Adapt:         adapt,
		Renderer:      stages.renderer,
		Reporter:      reporter,
	})
	if textSummary && (err == nil || errors.Is(err, context.Canceled)) {
		sum.WriteText(stderr)
	}
	switch {
	case err != nil:
		return err
	case sum.OK():
		return nil
	case sum.Done+sum.Partial+sum.Skipped == 0:
		return &ExitError{Code: ExitFatal, Err: fmt.Errorf("scan: all %d documents failed", sum.Failed)}
	default:
		return &ExitError{Code: ExitPartial, Err: fmt.Errorf("scan: %d of %d documents failed, %d partly (%d pages)",
			sum.Failed, sum.Documents, sum.Partial, sum.FailedPages)}
	}
}

// scanReporter picks the progress display; textSummary says whether the
// summary is printed as text at the end (JSON progress carries its own).
func scanReporter(mode string, stderr io.Writer) (r batch.Reporter, textSummary bool, err error) {
	if mode == "auto" {
		mode = "json"
		if isTerminal(stderr) {
			mode = "bar"
		}
	}
	switch mode {
	case "bar":
		return ui.NewBar(stderr), true, nil
	case "json":
		return ui.NewJSON(stderr), false, nil
	case "none":
		return batch.NoReporter{}, true, nil
	}
	return nil, false, fmt.Errorf("scan: --progress %q: want auto, bar, json or none", mode)
}
