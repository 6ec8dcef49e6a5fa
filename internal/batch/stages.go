package batch

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/vidoc/vidoc/internal/ocrchan"
	"github.com/vidoc/vidoc/internal/wordmap"
)

// Page is one page as a Source produced it, its Content of the type the
// Recognizer reads. Number counts from 1.
//
// When Load is set, Content is read lazily: the worker that recognises the
// page calls Load first and recognises what it returns, so that decoding
// (rasterizing a PDF page, say) runs on all workers rather than in the one
// goroutine that walks the documents.
type Page[C any] struct {
	Number  int
	Content C
	Load    func(ctx context.Context) (C, error)
}

// Document streams the pages of one input file, one at a time, so that a
// 500-page PDF is never held whole in memory.
type Document[C any] interface {
	// PageCount is the number of pages, known up front.
	PageCount() int
	// Next returns the next page, or io.EOF after the last one. An error
	// wrapping a *FileError with a Page above 0 means only that page is
	// unreadable: the runner records it and calls Next again. Any other
	// error ends the document.
	Next(ctx context.Context) (Page[C], error)
	Close() error
}

// Source opens input files as documents. The runner opens each document
// once, ahead of OCR, to count its pages for the progress total, and reads
// its pages later: Open should be cheap (headers only) and a Document should
// hold no open file until its pages are read.
type Source[C any] interface {
	Open(ctx context.Context, path string) (Document[C], error)
}

// PageText is what OCR made of one page. Confidence is Tesseract's mean word
// confidence, 0–100.
type PageText struct {
	Text       string
	Confidence float64
	// Final text is kept as it is, not repaired: a PDF's own correct
	// Unicode text layer, say.
	Final bool
	// NoConfidence marks text that was not OCRed (a PDF's text layer):
	// Confidence means nothing and is left out of the documents' and the
	// run's mean confidence.
	NoConfidence bool
	// Origin, when set, says where the text came from and why (the triage
	// of a PDF page's text layer); the manifest records it per page.
	Origin json.RawMessage
	// Layout, when set, is where Text was read on the page image, for the
	// formats that lay the repaired words over the page.
	Layout *PageLayout
	// Channels, when set, are the OCR's channels of Text's words (OCR
	// read with alternatives): a Repairer that is a WordsRepairer listens
	// to them.
	Channels []ocrchan.Placed
}

// PageLayout is where a page's text was read: the size and resolution of
// the page image, and for each line of the page's text (split on "\n")
// the OCR words it was read from, in order; a blank line, or a line not
// read from the image, has none. Repair keeps lines, so the repaired line
// is placed on the same words (wordmap.Line).
type PageLayout struct {
	Width, Height int // pixels, of the image as read (after turning it upright)
	DPI           int
	Rotation      int  // degrees the page was turned clockwise before OCR
	OwnText       bool // the page's own correct text layer was used, not OCR
	Lines         [][]wordmap.Word
	// Regions, when set, is the layout stage's listing of the page
	// (regions in reading order, words kept out of the text), encoded by
	// the Recognizer for the Renderer's JSON; nil when the stage did not
	// run. Opaque here: batch knows nothing of layout.
	Regions json.RawMessage
}

// Recognizer reads the text of pages. Each worker owns one, so an
// implementation need not be safe for concurrent use. For a rerun to give
// byte-identical outputs, a page's text must not depend on which pages the
// same Recognizer read before it (Tesseract's adaptive classifier must be
// off or reset per page).
type Recognizer[C any] interface {
	Recognize(ctx context.Context, p Page[C]) (PageText, error)
	Close() error
}

// Repairer fixes broken Vietnamese in OCR text and says how many changes it
// made. It is shared by all workers and must be safe for concurrent use.
type Repairer interface {
	Repair(ctx context.Context, text string) (repaired string, changes int, err error)
}

// WordsRepairer is a Repairer that can also listen to the OCR's channels of
// the text's words (PageText.Channels).
type WordsRepairer interface {
	Repairer
	RepairWords(ctx context.Context, text string, words []ocrchan.Placed) (repaired string, changes int, err error)
}

// repairPage repairs a page's text with rep, listening to the OCR's
// channels of its words when there are any and rep can.
func repairPage(ctx context.Context, rep Repairer, text string, channels []ocrchan.Placed) (string, int, error) {
	if wr, ok := rep.(WordsRepairer); ok && len(channels) > 0 {
		return wr.RepairWords(ctx, text, channels)
	}
	return rep.Repair(ctx, text)
}

// Format is one kind of output file.
type Format string

// The output formats vidoc writes, by name.
const (
	Text     Format = "txt"
	JSON     Format = "json"
	Markdown Format = "md"
	PDF      Format = "pdf"  // searchable PDF
	ALTO     Format = "alto" // ALTO 4.4 XML
	HOCR     Format = "hocr"
)

// Formats lists every format in the order outputs are written.
var Formats = []Format{Text, JSON, Markdown, PDF, ALTO, HOCR}

// DefaultFormats are written when no format is asked for.
var DefaultFormats = []Format{Text, JSON, Markdown}

// Ext is the file extension of the format's output, with its dot: the
// format's name, but .alto.xml for ALTO, as XML tools expect.
func (f Format) Ext() string {
	if f == ALTO {
		return ".alto.xml"
	}
	return "." + string(f)
}

// ParseFormat checks a format name.
func ParseFormat(s string) (Format, error) {
	for _, f := range Formats {
		if string(f) == s {
			return f, nil
		}
	}
	return "", fmt.Errorf("unknown format %q (want txt, json, md, pdf, alto or hocr)", s)
}

// Doc is a document to render: its input file, its repaired text, and its
// pages that were read, in order.
type Doc struct {
	Input string
	Pages int // pages in the input, read or not
	Text  string
	Read  []ReadPage
	// Adaptation is the Adaptive repairer's note of what the document
	// taught the repair, nil when it did not adapt.
	Adaptation json.RawMessage
}

// ReadPage is one page read: its number, its repaired text, and where its
// text was read on the image (nil when it was not read from one).
type ReadPage struct {
	Number int
	Text   string
	Layout *PageLayout
}

// Renderer turns a document's repaired text, and its pages' words for the
// archive formats, into the bytes of each requested format. It is shared by all workers and must be safe for
// concurrent use.
//
// A format it cannot render while it renders the others is left out of
// the map, and its error, an *OutputError, is returned (several joined
// with errors.Join): the runner writes the others and records the
// document partial. Any other error fails the whole document.
type Renderer interface {
	Render(ctx context.Context, doc *Doc, formats []Format) (map[Format][]byte, error)
}

// OutputError is one format a Renderer could not render for a document.
// A searchable PDF that cannot be made (a page turned by /Rotate, a PDF
// qpdf refuses) then does not cost the text, structure and outline the
// OCR was done for; the document is partial, so a rerun tries it again.
type OutputError struct {
	Format Format
	Err    error
}

func (e *OutputError) Error() string { return fmt.Sprintf("%s output: %v", e.Format, e.Err) }

func (e *OutputError) Unwrap() error { return e.Err }

// outputErrors returns the *OutputErrors err is made of, or nil when err
// holds anything else (the whole document failed).
func outputErrors(err error) []*OutputError {
	errs := []error{err}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		errs = j.Unwrap()
	}
	var out []*OutputError
	for _, e := range errs {
		oe, ok := e.(*OutputError)
		if !ok {
			return nil
		}
		out = append(out, oe)
	}
	return out
}

// passThrough is the Repairer used when none is given: the text is kept as
// OCR produced it.
type passThrough struct{}

func (passThrough) Repair(_ context.Context, text string) (string, int, error) { return text, 0, nil }

// textOnly is the Renderer used when none is given: it can only write text.
type textOnly struct{}

func (textOnly) Render(_ context.Context, doc *Doc, formats []Format) (map[Format][]byte, error) {
	out := make(map[Format][]byte, len(formats))
	for _, f := range formats {
		if f != Text {
			return nil, fmt.Errorf("format %s needs a structure renderer", f)
		}
		out[f] = []byte(doc.Text)
	}
	return out, nil
}

// errNoPages is recorded for a document without a single readable page.
var errNoPages = errors.New("no readable page")
