package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"path/filepath"
	"runtime"
	"unicode/utf8"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/vidoc/vidoc/internal/batch"
	"github.com/vidoc/vidoc/internal/input"
	"github.com/vidoc/vidoc/internal/layout"
	"github.com/vidoc/vidoc/internal/ocr"
	"github.com/vidoc/vidoc/internal/ordered"
	"github.com/vidoc/vidoc/internal/repair"
	"github.com/vidoc/vidoc/internal/textlayer"
)

// OCROptions holds the flags of `vidoc ocr`.
type OCROptions struct {
	Format       string // text or json
	Lang         string // Tesseract languages
	Jobs         int    // OCR workers
	MaxPixels    int64  // per-page pixel limit
	NoUpright    bool
	NoDeskew     bool
	NoUpscale    bool
	Upscale      bool // --upscale, now the default: kept so that scripts that pass it still run
	RecycleEvery int
	TextLayer    string // --text-layer: auto, use or ignore
	Alternatives bool   // json words carry each glyph's top choices
	NoLayout     bool
	Repair       bool // alto, hocr and pdf hold the repaired words
	Timings      string
}

// AddFlags registers the ocr flags.
func (o *OCROptions) AddFlags(f *pflag.FlagSet) {
	f.StringVar(&o.Format, "format", "text", "output format: text, json (one JSON object per page and line), alto (ALTO 4.4 XML), hocr or pdf (searchable), the last three for one FILE")
	f.StringVar(&o.Lang, "lang", "vie", "Tesseract language models, joined by + (vie+eng)")
	f.IntVarP(&o.Jobs, "jobs", "j", runtime.NumCPU(), "OCR `N` pages at once")
	f.Int64Var(&o.MaxPixels, "max-pixels", input.DefaultMaxPixels, "refuse pages with more than `N` pixels (decompression bombs); 0 for the default")
	f.BoolVar(&o.NoUpright, "no-upright", false, "do not detect and undo pages turned 90, 180 or 270 degrees")
	f.BoolVar(&o.NoDeskew, "no-deskew", false, "do not straighten slightly skewed pages")
	f.BoolVar(&o.NoUpscale, "no-upscale", false, "read pages of small print (a scan at 100 dpi or less) as they are, not enlarged first")
	f.BoolVar(&o.Upscale, "upscale", false, "pages of small print are enlarged unless --no-upscale")
	_ = f.MarkDeprecated("upscale", "small print is enlarged by default (--no-upscale turns it off)")
	f.IntVar(&o.RecycleEvery, "recycle-every", ocr.DefaultRecycleEvery, "replace each Tesseract client after `N` pages (bounds its leaks)")
	f.BoolVar(&o.Alternatives, "alternatives", false, `with --format json, each word's glyphs with Tesseract's top choices and their confidences (0-1), "chars": [{"alts": [{"c": "ư", "p": 0.55}, {"c": "u", "p": 0.4}]}, ...], which vidoc fix listens to; with --repair, repair listens to them; slower`)
	f.BoolVar(&o.NoLayout, "no-layout", false, "keep Tesseract's order: no column reading, nothing dropped (stamps, signatures, specks), no snapping")
	f.BoolVar(&o.Repair, "repair", false, "with --format alto, hocr or pdf, the words repaired as vidoc fix repairs them, each on the box of the OCR word it came from")
	f.StringVar(&o.Timings, "timings", "", "write each OCRed page's CPU seconds of OCR and of layout (the search for table rules OCR paints white and the crops layout reads again counted apart) to `FILE`, one JSON object a line")
	f.StringVar(&o.TextLayer, "text-layer", string(textlayer.Auto), "a PDF's own text: auto (use good text, decode TCVN3/VNI fonts, keep a garbled layer when repairing it should beat OCR), use (any text there is), ignore (OCR every page)")
}

func newOCRCommand(gopts *GlobalOptions) *cobra.Command {
	var opts OCROptions
	cmd := &cobra.Command{
		Use:   "ocr FILE...",
		Short: "Print the raw OCR of scanned pages (PNG, JPEG, TIFF, PDF)",
		Long: `Print the raw Tesseract OCR of scanned pages, before any repair.

FILE is a PNG, JPEG, TIFF (every page, JPEG-compressed too) or PDF scan
(every page, rasterized by poppler at the scan's own resolution, 300 dpi when
unknown), recognised by content, not by name. Pages turned 90, 180 or 270
degrees are turned upright and small skew is straightened first.

Output, in input order whatever -j is:
  text  each page's text; pages separated by a form-feed line; with several
        files, each starts with a line "==> FILE <=="
  json  one JSON object per page and line: file, page, pages, width, height,
        dpi, rotation, skew, text, lines and words (with boxes, confidences
        and Tesseract's block, paragraph and line), mean_confidence, and
        layout: the regions in reading order (kind, box, lines), the words
        kept out of the text (stamps, signatures, specks: box, reason, the
        words read there), handwriting in printed blanks, snapped lines
  alto  one FILE as one ALTO 4.4 XML document (the format of library and
        archive systems): pages of text lines of words, with boxes and
        confidences
  hocr  one FILE as hOCR (XHTML), the same tree
  pdf   one FILE as a searchable PDF: a PDF keeps its pages (images byte for
        byte) and gets an invisible layer of the words, replacing an old
        invisible one (qpdf); a PNG or JPEG becomes a page of the image as
        it is. Pages turned upright for OCR get no layer; pages whose own
        correct text was used keep it. Dated SOURCE_DATE_EPOCH when set,
        else with FILE's modification time: a rerun gives the same bytes.
        Redirect it to a file: a terminal is refused.

alto, hocr and pdf hold the words as read, like the other formats; with
--repair they hold the words repaired as vidoc fix repairs the page's
text, each on the box of the OCR word it came from (a word repair split or
joined shares the box by characters). vidoc ocr stays raw OCR by default so
that "vidoc ocr | vidoc fix" repairs once; vidoc scan always writes the
repaired words.

Unless --no-layout, a two-column header or closing is read column by
column (left, then right), and stamps, signatures, scanner edges and specks
are left out of the text.

A PDF page's own text layer is triaged first (--text-layer auto): correct
Unicode text and text in TCVN3/VNI fonts (decoded) are printed instead of
OCR, as is a garbled layer that repairing (vidoc fix) should make read
better than OCR; other pages are OCRed. In JSON such pages carry
text_layer: the decision, its reason and evidence; words from a layer have
confidence 0.

A file or page that cannot be read is reported on stderr, naming it, and
in JSON also by a line of its own ({"file", "page", "pages", "text": "",
"error"}; no page for a file that cannot be opened, listed before the
pages; a file name that is not valid UTF-8 is also kept exactly, base64,
in "raw": {"file"}, on every line of the file); the others are still printed and the exit code is 3, even when no
file could be read: vidoc ocr only reads its inputs and writes to stdout,
so a failure is always an input's, and 1 is kept for a broken set-up or an
interruption (vidoc scan says 1 when every document failed, since there
the output folder, shared by all, can fail them all). A page wider or taller than Tesseract's 32767 pixels is shrunk to fit
when it stays at 150 dpi or more, and refused otherwise. Without poppler-utils
a PDF stops the run (exit 1): it is the machine's fault, not the file's.`,
		Example: `  vidoc ocr testdata/pages/page1.png
  vidoc ocr -j 2 scans/*.pdf > all.txt
  vidoc ocr --format json scan.tiff | jq -r .text`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runOCR(cmd.Context(), opts, gopts, args, cmd.InOrStdin(), cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	opts.AddFlags(cmd.Flags())
	return cmd
}

// ocrJob is one page to read, of args[file], with its text layer's
// triage for a PDF page.
type ocrJob struct {
	file  int
	doc   *input.Document
	page  int
	layer *textlayer.Page
}

// ocrDone is a page read, or the reason it could not be.
type ocrDone struct {
	file  int
	page  int // of pages, 1-based
	pages int
	res   *ocr.Result
	lay   *layout.Page
	layer *textlayer.Page
	text  string // with --repair, res.Text repaired
	err   error
	// timing is what the page cost, with --timings.
	timing *pageTiming
}

func runOCR(ctx context.Context, opts OCROptions, gopts *GlobalOptions, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	switch {
	case opts.Format != "text" && opts.Format != "json" && opts.Format != "alto" && opts.Format != "hocr" && opts.Format != "pdf":
		return usageError{fmt.Errorf("ocr: --format must be text, json, alto, hocr or pdf, not %q", opts.Format)}
	case (opts.Format == "alto" || opts.Format == "hocr" || opts.Format == "pdf") && len(args) != 1:
		return usageError{fmt.Errorf("ocr: --format %s writes one document: give one FILE, not %d", opts.Format, len(args))}
	case opts.Alternatives && opts.Format != "json" && !opts.Repair:
		return usageError{fmt.Errorf("ocr: --alternatives needs --format json (or --repair, which listens to them): text output has no place for them")}
	case opts.Repair && (opts.Format == "text" || opts.Format == "json"):
		return usageError{fmt.Errorf("ocr: --repair is for --format alto, hocr or pdf: pipe text to vidoc fix")}
	case opts.Jobs < 1:
		return usageError{fmt.Errorf("ocr: -j must be at least 1, not %d", opts.Jobs)}
	case opts.Format == "pdf" && isTerminal(stdout):
		// A PDF's bytes on a terminal garble it, after minutes of OCR.
		return usageError{errors.New("ocr: --format pdf writes a PDF to stdout, here a terminal: redirect it to a file (> scan.pdf)")}
	}
	inputOpts := input.Options{MaxPixels: opts.MaxPixels}
	if err := inputOpts.Validate(); err != nil {
		return usageError{fmt.Errorf("ocr: --max-pixels: %w", err)}
	}
	if _, _, err := sourceDateEpoch(); err != nil && opts.Format == "pdf" {
		return usageError{fmt.Errorf("ocr: %w", err)}
	}
	policy, err := textlayer.ParsePolicy(opts.TextLayer)
	if err != nil {
		return usageError{fmt.Errorf("ocr: --text-layer: %w", err)}
	}
	engineOpts := ocr.Options{Lang: opts.Lang, Alternatives: opts.Alternatives, RecycleEvery: opts.RecycleEvery, NoUpright: opts.NoUpright, NoDeskew: opts.NoDeskew, NoUpscale: opts.NoUpscale, KeepImage: !opts.NoLayout, Clean: layoutClean(opts.NoLayout), TesseractLog: gopts != nil && gopts.Verbose}
	// Load one engine before opening anything: a missing language model is
	// a fatal set-up error, not a failure of each file.
	first, err := ocr.NewEngine(engineOpts)
	if err != nil {
		return err
	}
	var repairer *repair.Repairer
	if opts.Repair {
		if repairer, err = repair.New(repair.Options{}); err != nil {
			first.Close()
			return err
		}
	}

	failed := make([]bool, len(args))
	printer := newOCRPrinter(stdout, opts.Format, len(args) > 1)
	var docs []*input.Document
	var docFile []int
	var layers [][]textlayer.Page
	for i, path := range args {
		doc, err := input.Open(ctx, path, inputOpts)
		var layer []textlayer.Page
		if err == nil && doc.Format == input.PDF && policy != textlayer.Ignore {
			layer, err = textlayer.Triage(ctx, path, policy)
			if err == nil && len(layer) != doc.Count {
				err = fmt.Errorf("%s: text layer has %d pages, the PDF %d", path, len(layer), doc.Count)
			}
		}
		if err != nil {
			if ctx.Err() != nil {
				first.Close()
				return ctx.Err()
			}
			if isSetupError(err) {
				first.Close()
				return err
			}
			slog.Error(err.Error())
			failed[i] = true
			if err := printer.failure(path, 0, 0, err); err != nil {
				first.Close()
				return err
			}
			continue
		}
		docs = append(docs, doc)
		docFile = append(docFile, i)
		layers = append(layers, layer)
	}
	if len(docs) == 0 {
		first.Close()
		return ocrFailed(failed, nil)
	}

	// Every document has a page, so there is at least one worker, and
	// worker 0 uses the first engine. Each worker owns its engine; they are
	// closed once the pool has stopped.
	workers := min(opts.Jobs, countPages(docs))
	engines := make([]*ocr.Engine, workers)
	engines[0] = first
	defer func() {
		for _, e := range engines {
			if e != nil {
				e.Close()
			}
		}
	}()
	var timings []pageTiming
	written := make([]int, len(args)) // pages printed, by file
	if opts.Format == "pdf" {
		printer.pdf = newPDFDoc(docs[0].Path, docs[0].Format, docs[0].Count)
	}
	err = ordered.Run(ctx, ordered.Options{Workers: workers, Window: 2 * opts.Jobs},
		func(ctx context.Context, put func(ocrJob) error) error {
			for d, doc := range docs {
				for n := 1; n <= doc.Count; n++ {
					job := ocrJob{file: docFile[d], doc: doc, page: n}
					if layers[d] != nil {
						job.layer = &layers[d][n-1]
					}
					if err := put(job); err != nil {
						return err
					}
				}
			}
			return nil
		},
		func(ctx context.Context, w int, job ocrJob) (ocrDone, error) {
			if engines[w] == nil {
				var err error
				if engines[w], err = ocr.NewEngine(engineOpts); err != nil {
					return ocrDone{}, err
				}
			}
			out := ocrDone{file: job.file, page: job.page, pages: job.doc.Count, layer: job.layer}
			var err error
			if job.layer != nil && job.layer.Decision != textlayer.OCR {
				// The layer's own text, not rasterized nor OCRed.
				out.res = layerResult(job.doc.Path, job.doc.Count, job.layer)
			} else {
				tm, unlock := startTiming(opts.Timings != "", job.doc.Path, job.page)
				defer unlock()
				var page input.Page
				page, err = job.doc.Page(ctx, job.page)
				if err == nil {
					err = tm.ocr(func() (err error) {
						out.res, err = engines[w].Recognize(ctx, page)
						return err
					})
					if err == nil {
						tm.cleaned(out.res.CleanCPU)
					}
				}
				if err == nil && !opts.NoLayout {
					err = tm.layout(engines[w], func(r layout.Reader) (err error) {
						out.lay, err = applyLayout(ctx, r, out.res)
						return err
					})
				}
				out.timing = tm
			}
			// As in vidoc scan, correct and decoded text is kept as it is; a
			// garbled layer is repaired like OCR.
			final := job.layer != nil && job.layer.Decision != textlayer.OCR && job.layer.Decision != textlayer.RepairText
			if err == nil && repairer != nil && !final {
				// Read with alternatives, the words' glyph choices
				// are a channel repair listens to.
				if out.text, _, err = repairer.RepairTextWords(ctx, out.res.Text, ocrChannels(out.res)); err != nil {
					err = fmt.Errorf("%s page %d: repair: %w", job.doc.Path, job.page, err)
				}
			}
			out.err = err
			return out, nil
		},
		func(p ocrDone) error {
			if p.err != nil {
				if ctx.Err() != nil {
					return ctx.Err()
				}
				if isSetupError(p.err) {
					return p.err
				}
				slog.Error(p.err.Error())
				failed[p.file] = true
				return printer.failure(args[p.file], p.page, p.pages, p.err)
			}
			if p.timing != nil {
				timings = append(timings, *p.timing)
			}
			written[p.file]++
			return printer.print(p)
		})
	if err != nil {
		return err
	}
	if err := printer.finish(ctx); err != nil {
		if errors.Is(err, errUnreadPage) {
			// The page's failure was reported as it came: the input
			// failed, as under the other formats (exit 3), not the run.
			return &ExitError{Code: ExitPartial, Err: err}
		}
		return err
	}
	if opts.Timings != "" {
		if err := writeTimings(opts.Timings, timings); err != nil {
			return err
		}
	}
	return ocrFailed(failed, written)
}

// ocrFailed is the result of a run in which failed[i] tells whether file i
// failed and written[i] how many of its pages were printed: exit code 3
// when any failed, even all of them, since each was reported on its own
// line and none is a usage error. The files of which some pages were
// printed are counted apart, so that a user who finds a TIFF cut short
// failed knows its first pages are in the output.
func ocrFailed(failed []bool, written []int) error {
	bad, partly := 0, 0
	for i, f := range failed {
		if f {
			bad++
			if i < len(written) && written[i] > 0 {
				partly++
			}
		}
	}
	if bad > 0 {
		msg := fmt.Sprintf("ocr: %d of %d files failed", bad, len(failed))
		if partly > 0 {
			msg += fmt.Sprintf(", %d of them partly: their other pages were read", partly)
		}
		return &ExitError{Code: ExitPartial, Err: errors.New(msg)}
	}
	return nil
}

// isSetupError tells a fault of the machine (poppler missing) from a fault
// of one file: the first stops the run, since every PDF would fail alike.
func isSetupError(err error) bool {
	var setup batch.SetupError
	return errors.As(err, &setup)
}

func countPages(docs []*input.Document) int {
	n := 0
	for _, d := range docs {
		n += d.Count
	}
	return n
}

// ocrPrinter writes page results in the chosen format.
type ocrPrinter struct {
	w        io.Writer
	format   string
	headers  bool
	lastFile string
	started  bool
	enc      *json.Encoder
	xml      *xmlDoc // alto and hocr: the pages, written by finish
	pdf      *pdfDoc // pdf: likewise
}

func newOCRPrinter(w io.Writer, format string, headers bool) *ocrPrinter {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	p := &ocrPrinter{w: w, format: format, headers: headers, enc: enc}
	if format == "alto" || format == "hocr" {
		p.xml = &xmlDoc{format: format}
	}
	return p
}

// ocrFailure is the JSON line of a page, or a whole file (Page 0), that
// could not be read: in the output among the pages, not only on stderr, so
// that a program reading the JSON knows which pages are missing and the
// lines of a file still count its pages in order. Text is empty, not
// absent, for readers that take every line's text.
type ocrFailure struct {
	File  string   `json:"file"`
	Raw   *rawFile `json:"raw,omitempty"`
	Page  int      `json:"page,omitempty"`
	Pages int      `json:"pages,omitempty"`
	Text  string   `json:"text"`
	Error string   `json:"error"`
}

// rawFile keeps, base64-encoded, the exact bytes of a file name that is
// not valid UTF-8, as the scan manifest's raw does: a JSON string cannot
// hold them, and "file" gets U+FFFD in their place, a name no program
// can open again.
type rawFile struct {
	File []byte `json:"file"`
}

// rawOf is name's rawFile, or nil when name is valid UTF-8.
func rawOf(name string) *rawFile {
	if utf8.ValidString(name) {
		return nil
	}
	return &rawFile{File: []byte(name)}
}

// failure writes, in JSON, the line of a page (or with page 0 a file) that
// failed with err; the other formats have no place for it (stderr says it).
func (p *ocrPrinter) failure(path string, page, pages int, err error) error {
	if p.format != "json" {
		return nil
	}
	return p.enc.Encode(ocrFailure{File: path, Raw: rawOf(path), Page: page, Pages: pages, Error: err.Error()})
}

// finish writes what print gathered, for the formats that need the whole
// document first.
func (p *ocrPrinter) finish(ctx context.Context) error {
	switch {
	case p.xml != nil:
		return p.xml.write(p.w)
	case p.pdf != nil:
		return p.pdf.write(ctx, p.w)
	}
	return nil
}

// print writes one page read; d.layer is the triage of a PDF page's text
// layer, given in JSON as text_layer, or nil. The archive formats gather
// the page's words, repaired with --repair, for finish.
func (p *ocrPrinter) print(d ocrDone) error {
	r, lay, layer := d.res, d.lay, d.layer
	if p.xml != nil || p.pdf != nil {
		text := r.Text
		if d.text != "" {
			text = d.text
		}
		l := pageLayout(r, layer, lay)
		lines := placeText(l, text, r.Source, r.Page)
		if p.pdf != nil {
			p.pdf.add(r.Page, searchPage(l, lines, r.Source, r.Page))
			return nil
		}
		if p.xml.doc.Source == "" {
			p.xml.doc.Source = filepath.Base(r.Source)
		}
		p.xml.doc.Pages = append(p.xml.doc.Pages, xmlPage(l, lines))
		return nil
	}
	if p.format == "json" {
		if r.Lines == nil {
			r.Lines = []ocr.Line{}
		}
		if r.Words == nil {
			r.Words = []ocr.Word{}
		}
		var note *triageNote
		if layer != nil {
			n := newTriageNote(layer)
			note = &n
		}
		return p.enc.Encode(struct {
			*ocr.Result
			Raw       *rawFile     `json:"raw,omitempty"`
			Layout    *layout.Page `json:"layout,omitempty"`
			TextLayer *triageNote  `json:"text_layer,omitempty"`
		}{r, rawOf(r.Source), lay, note})
	}
	var err error
	newFile := !p.started || r.Source != p.lastFile
	switch {
	case newFile && p.headers:
		if p.started {
			_, err = fmt.Fprintln(p.w)
		}
		if err == nil {
			_, err = fmt.Fprintf(p.w, "==> %s <==\n", r.Source)
		}
	case !newFile:
		_, err = fmt.Fprint(p.w, "\f\n")
	}
	if err != nil {
		return err
	}
	p.started, p.lastFile = true, r.Source
	_, err = fmt.Fprintln(p.w, r.Text)
	return err
}
