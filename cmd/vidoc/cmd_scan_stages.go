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
	"github.com/vidoc/vidoc/internal/lm"
	"github.com/vidoc/vidoc/internal/ocr"
	"github.com/vidoc/vidoc/internal/repair"
	"github.com/vidoc/vidoc/internal/structure"
)

// scanStages are the real pipeline stages behind batch's interfaces.
type scanStages struct {
	source        batch.Source[input.Page]
	newRecognizer func() (batch.Recognizer[input.Page], error)
	repairer      batch.Repairer
	renderer      batch.Renderer
}

func newScanStages(opts ScanOptions) (*scanStages, error) {
	inputOpts := input.Options{MaxPixels: opts.MaxPixels}
	if err := inputOpts.Validate(); err != nil {
		return nil, usageError{fmt.Errorf("scan: --max-pixels: %w", err)}
	}
	// Without poppler every PDF of the archive would fail as if broken.
	if err := input.CheckTools(); err != nil {
		return nil, err
	}
	ocrOpts := ocr.Options{Lang: opts.Lang, NoUpright: opts.NoUpright, NoDeskew: opts.NoDeskew}
	st := &scanStages{
		source: inputSource{opts: inputOpts},
		newRecognizer: func() (batch.Recognizer[input.Page], error) {
			e, err := ocr.NewEngine(ocrOpts)
			if err != nil {
				return nil, err
			}
			return engineRecognizer{e}, nil
		},
		renderer: structureRenderer{},
	}
	if !opts.NoRepair {
		r, err := newScanRepairer()
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

// inputSource reads documents with internal/input.
type inputSource struct{ opts input.Options }

func (s inputSource) Open(ctx context.Context, path string) (batch.Document[input.Page], error) {
	d, err := input.Open(ctx, path, s.opts)
	if err != nil {
		return nil, asFileError(err)
	}
	return &inputDocument{doc: d}, nil
}

// inputDocument hands out pages that the OCR workers read themselves:
// input.Document is safe for concurrent use, and rasterizing a PDF page
// then runs on every worker.
type inputDocument struct {
	doc  *input.Document
	next int
}

func (d *inputDocument) PageCount() int { return d.doc.Count }
func (d *inputDocument) Close() error   { return nil }

func (d *inputDocument) Next(ctx context.Context) (batch.Page[input.Page], error) {
	if d.next >= d.doc.Count {
		return batch.Page[input.Page]{}, io.EOF
	}
	d.next++
	n := d.next
	return batch.Page[input.Page]{Number: n, Load: func(ctx context.Context) (input.Page, error) {
		page, err := d.doc.Page(ctx, n)
		return page, asFileError(err)
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

// engineRecognizer reads pages with one internal/ocr engine.
type engineRecognizer struct{ e *ocr.Engine }

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
	return batch.PageText{Text: res.Text, Confidence: res.MeanConfidence}, nil
}

func (r engineRecognizer) Close() error { return r.e.Close() }

// structureRenderer writes the repaired text as is (.txt), its structure
// (.json, the schema of docs/schema.md) and its outline (.md).
type structureRenderer struct{}

func (structureRenderer) Render(ctx context.Context, text string, formats []batch.Format) (map[batch.Format][]byte, error) {
	out := make(map[batch.Format][]byte, len(formats))
	var doc *structure.Document
	for _, f := range formats {
		switch f {
		case batch.Text:
			out[f] = []byte(text)
			continue
		}
		if doc == nil {
			doc = structure.Parse(text)
		}
		switch f {
		case batch.JSON:
			b, err := json.MarshalIndent(doc, "", "  ")
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
	return out, nil
}

// newScanRepairer returns the repair engine of `vidoc fix`, shared by all
// workers (it is safe for concurrent use). Its RepairText is the batch path:
// the repaired text and the number of changes, without per-change
// confidences.
func newScanRepairer() (batch.Repairer, error) {
	r, err := repair.New(repair.Options{})
	if err != nil {
		return nil, err
	}
	return repairText{r}, nil
}

// repairText adapts RepairText to batch's Repairer.
type repairText struct{ r *repair.Repairer }

func (a repairText) Repair(ctx context.Context, text string) (string, int, error) {
	return a.r.RepairText(ctx, text)
}
