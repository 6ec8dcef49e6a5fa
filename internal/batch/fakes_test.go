package batch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"time"
)

// The runner's own tests use a stand-in for the page reader and OCR: a
// "document" is a text file with one page per line, so that scheduling,
// ordering, resume and failure handling can be checked quickly and exactly.
// Real Tesseract runs in cmd/vidoc's scan tests.

type lineSource struct {
	opened atomic.Int32
}

func (s *lineSource) Open(ctx context.Context, path string) (Document[string], error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	if strings.HasPrefix(string(b), "CORRUPT") {
		return nil, fmt.Errorf("open %s: not an image", path)
	}
	if strings.HasPrefix(string(b), "NOTOOL") {
		return nil, fmt.Errorf("open %s: %w", path, missingTool{})
	}
	s.opened.Add(1)
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	return &lineDoc{lines: lines}, nil
}

type lineDoc struct {
	lines []string
	next  int
}

func (d *lineDoc) PageCount() int { return len(d.lines) }
func (d *lineDoc) Close() error   { return nil }

func (d *lineDoc) Next(ctx context.Context) (Page[string], error) {
	if d.next >= len(d.lines) {
		return Page[string]{}, io.EOF
	}
	d.next++
	line := d.lines[d.next-1]
	switch line {
	case "UNREADABLE":
		return Page[string]{}, &FileError{Page: d.next, Err: errors.New("truncated image")}
	case "BROKEN-REST":
		return Page[string]{}, errors.New("file ends early")
	}
	if text, ok := strings.CutPrefix(line, "lazy:"); ok {
		// A page read only by the worker that recognises it.
		return Page[string]{Number: d.next, Load: func(context.Context) (string, error) {
			if text == "LOADFAIL" {
				return "", errors.New("pdftoppm failed")
			}
			if text == "NOTOOL" {
				return "", missingTool{}
			}
			return text, nil
		}}, nil
	}
	return Page[string]{Number: d.next, Content: line}, nil
}

// upperOCR "recognises" a page by upper-casing it after a random short
// delay, so that pages finish out of order.
type upperOCR struct {
	delay time.Duration
	calls *atomic.Int32
}

func (o upperOCR) Recognize(ctx context.Context, p Page[string]) (PageText, error) {
	if o.calls != nil {
		o.calls.Add(1)
	}
	if o.delay > 0 {
		select {
		case <-time.After(time.Duration(rand.Int64N(int64(o.delay)))):
		case <-ctx.Done():
			return PageText{}, ctx.Err()
		}
	}
	text := p.Content
	if text == "OCRFAIL" {
		return PageText{}, errors.New("tesseract gave up")
	}
	// The layout stands for where the page was read: its width is the
	// length of the page's text.
	return PageText{Text: strings.ToUpper(text) + "\n", Confidence: 90, Layout: &PageLayout{Width: len(text)}}, nil
}

func (upperOCR) Close() error { return nil }

// countingRepair replaces "0" by "o" and counts the changes.
type countingRepair struct{}

func (countingRepair) Repair(ctx context.Context, text string) (string, int, error) {
	return strings.ReplaceAll(text, "0", "O"), strings.Count(text, "0"), nil
}

// bracketRenderer renders every format from the text, differently per format.
type bracketRenderer struct{}

func (bracketRenderer) Render(ctx context.Context, doc *Doc, formats []Format) (map[Format][]byte, error) {
	out := map[Format][]byte{}
	for _, f := range formats {
		out[f] = []byte("[" + string(f) + "]\n" + doc.Text)
	}
	return out, nil
}

// pagesRenderer renders each format as the pages it was given: number,
// text and layout width, so that a test sees what reaches the renderer.
type pagesRenderer struct{}

func (pagesRenderer) Render(ctx context.Context, doc *Doc, formats []Format) (map[Format][]byte, error) {
	var b strings.Builder
	fmt.Fprintf(&b, "%s, %d pages\n", filepath.Base(doc.Input), doc.Pages)
	for _, p := range doc.Read {
		fmt.Fprintf(&b, "%d %q %d\n", p.Number, p.Text, p.Layout.Width)
	}
	out := map[Format][]byte{}
	for _, f := range formats {
		out[f] = []byte(b.String())
	}
	return out, nil
}

// missingTool is a SetupError, as input's missing poppler program is.
type missingTool struct{}

func (missingTool) Error() string {
	return "pdftoppm is not installed: install the Debian package poppler-utils"
}
func (missingTool) SetupProblem() {}
