package batch

import (
	"context"
	"errors"
	"fmt"
)

// Page is one page as a Source produced it. The runner never looks inside
// Content; it only carries it from the Source to a Recognizer, which knows
// its type. Number counts from 1.
type Page struct {
	Number  int
	Content any
}

// Document streams the pages of one input file, one at a time, so that a
// 500-page PDF is never held whole in memory.
type Document interface {
	// PageCount is the number of pages, known up front.
	PageCount() int
	// Next returns the next page, or io.EOF after the last one. An error
	// wrapping a *FileError with a Page above 0 means only that page is
	// unreadable: the runner records it and calls Next again. Any other
	// error ends the document.
	Next(ctx context.Context) (Page, error)
	Close() error
}

// PageLoader is optionally implemented by Page.Content when the page image
// is read lazily: the worker that recognises the page loads it first, so
// that decoding (rasterizing a PDF page, say) runs on all workers rather
// than in the one goroutine that walks the documents. LoadPage returns the
// content the Recognizer is then given.
type PageLoader interface {
	LoadPage(ctx context.Context) (any, error)
}

// Source opens input files as documents.
type Source interface {
	Open(ctx context.Context, path string) (Document, error)
}

// PageCounter is optionally implemented by a Source that can count a file's
// pages more cheaply than opening it. The runner then learns the total number
// of pages early, for the progress bar's ETA.
type PageCounter interface {
	CountPages(ctx context.Context, path string) (int, error)
}

// PageText is what OCR made of one page. Confidence is Tesseract's mean word
// confidence, 0–100.
type PageText struct {
	Text       string
	Confidence float64
}

// Recognizer reads the text of pages. Each worker owns one, so an
// implementation need not be safe for concurrent use. For a rerun to give
// byte-identical outputs, a page's text must not depend on which pages the
// same Recognizer read before it (Tesseract's adaptive classifier must be
// off or reset per page).
type Recognizer interface {
	Recognize(ctx context.Context, p Page) (PageText, error)
	Close() error
}

// Repairer fixes broken Vietnamese in OCR text and says how many changes it
// made. It is shared by all workers and must be safe for concurrent use.
type Repairer interface {
	Repair(ctx context.Context, text string) (repaired string, changes int, err error)
}

// Format is one kind of output file.
type Format string

// The output formats vidoc writes; the value is the file extension without
// its dot.
const (
	Text     Format = "txt"
	JSON     Format = "json"
	Markdown Format = "md"
)

// Formats lists every format in the order outputs are written.
var Formats = []Format{Text, JSON, Markdown}

// ParseFormat checks a format name.
func ParseFormat(s string) (Format, error) {
	for _, f := range Formats {
		if string(f) == s {
			return f, nil
		}
	}
	return "", fmt.Errorf("unknown format %q (want txt, json or md)", s)
}

// Renderer turns a document's repaired text into the bytes of each
// requested format. It is shared by all workers and must be safe for
// concurrent use.
type Renderer interface {
	Render(ctx context.Context, text string, formats []Format) (map[Format][]byte, error)
}

// passThrough is the Repairer used when none is given: the text is kept as
// OCR produced it.
type passThrough struct{}

func (passThrough) Repair(_ context.Context, text string) (string, int, error) { return text, 0, nil }

// textOnly is the Renderer used when none is given: it can only write text.
type textOnly struct{}

func (textOnly) Render(_ context.Context, text string, formats []Format) (map[Format][]byte, error) {
	out := make(map[Format][]byte, len(formats))
	for _, f := range formats {
		if f != Text {
			return nil, fmt.Errorf("format %s needs a structure renderer", f)
		}
		out[f] = []byte(text)
	}
	return out, nil
}

// errNoPages is recorded for a document without a single readable page.
var errNoPages = errors.New("no readable page")
