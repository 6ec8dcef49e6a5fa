package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/vidoc/vidoc/dictionaries"
	"github.com/vidoc/vidoc/internal/batch"
	"github.com/vidoc/vidoc/internal/input"
	"github.com/vidoc/vidoc/internal/layout"
	"github.com/vidoc/vidoc/internal/lm"
	"github.com/vidoc/vidoc/internal/ocr"
	"github.com/vidoc/vidoc/internal/ocrchan"
	"github.com/vidoc/vidoc/internal/repair"
	"github.com/vidoc/vidoc/internal/structure"
	"github.com/vidoc/vidoc/internal/textlayer"
)

// scanStages are the real pipeline stages behind batch's interfaces.
type scanStages struct {
	source        batch.Source[scanPage]
	newRecognizer func() (batch.Recognizer[scanPage], error)
	repairer      batch.Repairer
	renderer      batch.Renderer
}

func newScanStages(opts ScanOptions, tessLog bool) (*scanStages, error) {
	inputOpts := input.Options{MaxPixels: opts.MaxPixels}
	if err := inputOpts.Validate(); err != nil {
		return nil, usageError{fmt.Errorf("scan: --max-pixels: %w", err)}
	}
	policy, err := textlayer.ParsePolicy(opts.TextLayer)
	if err != nil {
		return nil, usageError{fmt.Errorf("scan: --text-layer: %w", err)}
	}
	ocrOpts := ocr.Options{Lang: opts.Lang, NoUpright: opts.NoUpright, NoDeskew: opts.NoDeskew, NoUpscale: opts.NoUpscale, KeepImage: !opts.NoLayout, Clean: layoutClean(opts.NoLayout), Alternatives: opts.Alternatives && !opts.NoRepair, TesseractLog: tessLog}
	st := &scanStages{
		source: inputSource{opts: inputOpts, policy: policy},
		newRecognizer: func() (batch.Recognizer[scanPage], error) {
			e, err := ocr.NewEngine(ocrOpts)
			if err != nil {
				return nil, err
			}
			return layerRecognizer{engineRecognizer{e: e, layout: !opts.NoLayout}}, nil
		},
		renderer: structureRenderer{},
	}
	if !opts.NoRepair {
		r, err := newScanRepairer(opts.Adapt)
		if err != nil {
			return nil, err
		}
		st.repairer = r
	}
	return st, nil
}

// stageVersions names the data the stages were built from, for the
// manifest key: new dictionaries or models redo finished documents.
func stageVersions() string {
	return fmt.Sprintf("lexicon:%s,lm:%s,errmodel:%s,structure:%s,%s",
		dictionaries.LexiconVersion, lm.DataVersion(), repair.ErrorModelVersion(), structure.SchemaVersion, structure.ParserVersion)
}

// inputSource reads documents with internal/input, and the text layer of
// PDFs with internal/textlayer under policy.
type inputSource struct {
	opts   input.Options
	policy textlayer.Policy
}

func (s inputSource) Open(ctx context.Context, path string) (batch.Document[scanPage], error) {
	d, err := input.Open(ctx, path, s.opts)
	if err != nil {
		return nil, asFileError(err)
	}
	return &inputDocument{doc: d, triage: d.Format == input.PDF && s.policy != textlayer.Ignore, policy: s.policy}, nil
}

// scanPage is one page of a scan: its image, and for a PDF page read with
// its text layer, the layer's triage. A page whose layer is used,
// decoded or repaired is never rasterized.
type scanPage struct {
	image input.Page
	layer *textlayer.Page
	path  string // for a page read from its layer: the file and its page count
	pages int
}

// inputDocument hands out pages that the OCR workers read themselves:
// input.Document is safe for concurrent use, and rasterizing a PDF page
// then runs on every worker.
type inputDocument struct {
	doc *input.Document
	// triage says the PDF's text layer is to be read under policy, when the
	// first page is asked for: the runner opens documents well ahead of
	// reading them, and the layer's text is held until the document is done.
	triage bool
	policy textlayer.Policy
	layer  []textlayer.Page // per page; nil without a text layer read
	next   int
}

func (d *inputDocument) PageCount() int { return d.doc.Count }
func (d *inputDocument) Close() error   { return nil }

func (d *inputDocument) Next(ctx context.Context) (batch.Page[scanPage], error) {
	if d.next >= d.doc.Count {
		return batch.Page[scanPage]{}, io.EOF
	}
	if d.triage {
		d.triage = false
		layer, err := textlayer.Triage(ctx, d.doc.Path, d.policy)
		if err != nil {
			// The whole document fails, even when the error names a page:
			// without the layer no page can be triaged.
			var ie *input.Error
			if errors.As(err, &ie) {
				where := "text layer"
				if ie.Page > 0 {
					where = fmt.Sprintf("text layer of page %d", ie.Page)
				}
				return batch.Page[scanPage]{}, &batch.FileError{Path: ie.Path, Err: fmt.Errorf("%s: %w", where, ie.Err)}
			}
			return batch.Page[scanPage]{}, fmt.Errorf("text layer: %w", err)
		}
		if len(layer) != d.doc.Count {
			return batch.Page[scanPage]{}, fmt.Errorf("text layer has %d pages, the PDF %d", len(layer), d.doc.Count)
		}
		d.layer = layer
	}
	d.next++
	n := d.next
	var layer *textlayer.Page
	if d.layer != nil {
		layer = &d.layer[n-1]
		if layer.Decision != textlayer.OCR {
			return batch.Page[scanPage]{Number: n, Content: scanPage{layer: layer, path: d.doc.Path, pages: d.doc.Count}}, nil
		}
	}
	return batch.Page[scanPage]{Number: n, Load: func(ctx context.Context) (scanPage, error) {
		page, err := d.doc.Page(ctx, n)
		return scanPage{image: page, layer: layer}, asFileError(err)
	}}, nil
}

// asFileError turns internal/input's error, which names the file and page,
// into the batch runner's, which reads them from its fields.
func asFileError(err error) error {
	var ie *input.Error
	if errors.As(err, &ie) {
		return &batch.FileError{Path: ie.Path, Page: ie.Page, Err: ie.Err}
	}
	return err
}

// engineRecognizer reads pages with one internal/ocr engine, then puts
// the text in reading order with internal/layout unless told not to.
type engineRecognizer struct {
	e      *ocr.Engine
	layout bool
}

func (r engineRecognizer) Recognize(ctx context.Context, p batch.Page[input.Page]) (batch.PageText, error) {
	page := p.Content
	res, err := r.e.Recognize(ctx, page)
	if err != nil {
		if ctx.Err() != nil {
			return batch.PageText{}, err
		}
		// ocr.Engine.Recognize wraps its cause once, with the file and page
		// in the message; the runner wants them as fields.
		if cause := errors.Unwrap(err); cause != nil {
			err = cause
		}
		return batch.PageText{}, &batch.FileError{Path: page.Source, Page: page.Number, Err: fmt.Errorf("ocr: %w", err)}
	}
	var listing json.RawMessage
	var lay *layout.Page
	if r.layout {
		if lay, err = applyLayout(ctx, r.e, res); err != nil {
			return batch.PageText{}, err
		}
		if listing, err = json.Marshal(layoutListing(res, lay)); err != nil {
			return batch.PageText{}, err
		}
	}
	pl := pageLayout(res, nil, lay)
	pl.Regions = listing
	return batch.PageText{Text: res.Text, Confidence: res.MeanConfidence, Layout: pl, Channels: ocrChannels(res)}, nil
}

func (r engineRecognizer) Close() error { return r.e.Close() }

// layerRecognizer takes the text of pages whose text layer is used,
// decoded or repaired from the layer, and OCRs the others; each PDF page's
// triage goes with its text, for the manifest.
type layerRecognizer struct{ ocr engineRecognizer }

func (r layerRecognizer) Recognize(ctx context.Context, p batch.Page[scanPage]) (batch.PageText, error) {
	layer := p.Content.layer
	var pt batch.PageText
	if layer != nil && layer.Decision != textlayer.OCR {
		// Correct or decoded Unicode is the document's own text: kept as
		// it is. A garbled layer goes to repair like OCR text.
		res := layerResult(p.Content.path, p.Content.pages, layer)
		pt = batch.PageText{Text: res.Text, Final: layer.Decision != textlayer.RepairText, NoConfidence: true, Layout: pageLayout(res, layer, nil)}
	} else {
		var err error
		if pt, err = r.ocr.Recognize(ctx, batch.Page[input.Page]{Number: p.Number, Content: p.Content.image}); err != nil {
			return pt, err
		}
	}
	if layer != nil {
		origin, err := json.Marshal(newTriageNote(layer))
		if err != nil {
			return pt, err
		}
		pt.Origin = origin
	}
	return pt, nil
}

func (r layerRecognizer) Close() error { return r.ocr.Close() }

// structureRenderer writes the repaired text as is (.txt), its structure
// (.json, the schema of docs/schema.md), its outline (.md), and the
// archive formats: a searchable PDF, ALTO and hOCR of the repaired words
// on their boxes (scan_archive.go).
type structureRenderer struct{}

func (structureRenderer) Render(ctx context.Context, d *batch.Doc, formats []batch.Format) (map[batch.Format][]byte, error) {
	text := d.Text
	out := make(map[batch.Format][]byte, len(formats))
	var doc *structure.Document
	// An archive format that cannot be made leaves the others to be
	// written (batch.OutputError): the text is what the OCR was for.
	var failed []error
	for _, f := range formats {
		switch f {
		case batch.Text:
			out[f] = []byte(text)
			continue
		case batch.PDF, batch.ALTO, batch.HOCR:
			b, err := renderArchive(ctx, d, f)
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
			if err != nil {
				failed = append(failed, &batch.OutputError{Format: f, Err: err})
				continue
			}
			out[f] = b
			continue
		}
		if doc == nil {
			var err error
			if doc, err = structure.ParseContext(ctx, text); err != nil {
				return nil, err
			}
			lay, err := layoutListings(d)
			if err != nil {
				return nil, err
			}
			doc.Layout = lay
			// The header's number and day as the layout trusts them.
			doc.DoubtHandwriting()
		}
		switch f {
		case batch.JSON:
			b, err := json.MarshalIndent(scanDocJSON{doc, d.Adaptation}, "", "  ")
			if err != nil {
				return nil, err
			}
			out[f] = append(b, '\n')
		case batch.Markdown:
			out[f] = structure.Markdown(doc)
		default:
			return nil, fmt.Errorf("unknown format %s", f)
		}
	}
	return out, errors.Join(failed...)
}

// scanDocJSON is a scanned document's .json: its structure, and what its
// repair learned of its damage (docs/schema.md, adaptation).
type scanDocJSON struct {
	*structure.Document
	Adaptation json.RawMessage `json:"adaptation,omitempty"`
}

// newScanRepairer returns the repair engine of `vidoc fix`, shared by all
// workers (it is safe for concurrent use). Its RepairText is the batch path:
// the repaired text and the number of changes, without per-change
// confidences. Unless mode is off it is batch.Adaptive: each document first
// teaches it the document's damage.
func newScanRepairer(mode string) (batch.Repairer, error) {
	r, err := repair.New(repair.Options{})
	if err != nil {
		return nil, err
	}
	return repairText{r: r, mode: mode}, nil
}

// repairText adapts RepairText and AdaptDocument to batch's Repairer and
// Adaptive.
type repairText struct {
	r    *repair.Repairer
	mode string // batch.AdaptMode, for the note
}

func (a repairText) Repair(ctx context.Context, text string) (string, int, error) {
	return a.r.RepairText(ctx, text)
}

func (a repairText) ForDocument(ctx context.Context, pages []string, pool json.RawMessage) (batch.Repairer, json.RawMessage, json.RawMessage, error) {
	p, err := repair.ParsePool(pool)
	if err != nil {
		return nil, nil, nil, err
	}
	ar, ad, err := a.r.AdaptDocument(ctx, pages, p, a.mode)
	if err != nil {
		return nil, nil, nil, err
	}
	note, err := json.Marshal(ad.Note)
	if err != nil {
		return nil, nil, nil, err
	}
	var evidence json.RawMessage
	if len(ad.Evidence) > 0 {
		if evidence, err = json.Marshal(ad.Evidence); err != nil {
			return nil, nil, nil, err
		}
	}
	return repairText{r: ar, mode: a.mode}, note, evidence, nil
}

func (a repairText) Pool(pool, evidence json.RawMessage) (json.RawMessage, error) {
	p, err := repair.ParsePool(pool)
	if err != nil {
		return nil, err
	}
	e, err := repair.ParsePool(evidence)
	if err != nil {
		return nil, err
	}
	return json.Marshal(p.Merge(e))
}

// RepairWords makes repairText a batch.WordsRepairer: pages read with
// alternatives are repaired listening to them.
func (a repairText) RepairWords(ctx context.Context, text string, words []ocrchan.Placed) (string, int, error) {
	return a.r.RepairTextWords(ctx, text, words)
}
