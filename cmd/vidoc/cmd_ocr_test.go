package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/vidoc/vidoc/internal/eval"
	"github.com/vidoc/vidoc/internal/ocr"
	"github.com/vidoc/vidoc/internal/ocrchan"
)

const ocrPagesDir = "../../testdata/pages"

// captureLog sends slog's default logger to a buffer for one test.
func captureLog(t *testing.T) *bytes.Buffer {
	t.Helper()
	var buf bytes.Buffer
	old := slog.Default()
	slog.SetDefault(slog.New(slog.NewTextHandler(&buf, nil)))
	t.Cleanup(func() { slog.SetDefault(old) })
	return &buf
}

func defaultOCROptions() OCROptions {
	return OCROptions{Format: "text", Lang: "vie", Jobs: 2, MaxPixels: 100_000_000, RecycleEvery: ocr.DefaultRecycleEvery, TextLayer: "auto"}
}

// TestOCRGoodAndBadFiles runs the verb over a 3-page TIFF between broken
// files: the TIFF's pages come out in order as JSON, each broken file is
// named in the log, and the exit code says some inputs failed.
func TestOCRGoodAndBadFiles(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.png")
	text := filepath.Join(dir, "notes.png")
	os.WriteFile(empty, nil, 0o644)
	os.WriteFile(text, []byte("không phải ảnh"), 0o644)
	missing := filepath.Join(dir, "missing.pdf")
	tiff := filepath.Join(ocrPagesDir, "doc3-jpeg.tiff")

	logs := captureLog(t)
	opts := defaultOCROptions()
	opts.Format = "json"
	var stdout, stderr bytes.Buffer
	err := runOCR(context.Background(), opts, &GlobalOptions{}, []string{empty, tiff, text, missing, dir}, nil, &stdout, &stderr)

	var ee *ExitError
	if !errors.As(err, &ee) || ee.Code != ExitPartial {
		t.Fatalf("got %v, want exit code %d", err, ExitPartial)
	}
	for _, bad := range []string{empty, text, missing, dir} {
		if !strings.Contains(logs.String(), bad) {
			t.Errorf("log does not name %s:\n%s", bad, logs)
		}
	}
	var pages []int
	var failedFiles []string
	sc := bufio.NewScanner(&stdout)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var r ocr.Result
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("stdout line is not JSON: %v", err)
		}
		var f ocrFailure
		if json.Unmarshal(sc.Bytes(), &f); f.Error != "" {
			failedFiles = append(failedFiles, f.File)
			continue
		}
		if r.Source != tiff || r.Pages != 3 || r.DPI != 200 || r.Width != 1654 || len(r.Words) == 0 || len(r.Lines) == 0 {
			t.Errorf("page %d: file %s pages %d dpi %d width %d, %d words, %d lines",
				r.Page, r.Source, r.Pages, r.DPI, r.Width, len(r.Words), len(r.Lines))
		}
		truth, err := os.ReadFile(filepath.Join("../../testdata/text", "doc3-page"+string(rune('0'+r.Page))+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		if acc := eval.Compare(string(truth), r.Text).SylAcc; acc < 0.95 {
			t.Errorf("page %d: syllable accuracy %.3f", r.Page, acc)
		}
		pages = append(pages, r.Page)
	}
	if len(pages) != 3 || pages[0] != 1 || pages[1] != 2 || pages[2] != 3 {
		t.Errorf("pages printed %v, want [1 2 3]", pages)
	}
	slices.Sort(failedFiles)
	want := []string{empty, text, missing, dir}
	slices.Sort(want)
	if !slices.Equal(failedFiles, want) {
		t.Errorf("failure lines name %v, want %v", failedFiles, want)
	}
}

// In JSON the pages and files that could not be read have a line of their
// own among the pages (file, page, error), not only a log line on stderr:
// a program reading the JSON knows what is missing, and a document's lines
// still count its pages. vidoc fix reading that JSON skips them.
func TestOCRJSONListsFailures(t *testing.T) {
	png, err := os.ReadFile(filepath.Join(ocrPagesDir, "page1.png"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	cut := filepath.Join(dir, "trang cắt.png")
	if err := os.WriteFile(cut, png[:len(png)/2], 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "không có.pdf")
	captureLog(t)
	opts := defaultOCROptions()
	opts.Format = "json"
	var stdout, stderr bytes.Buffer
	err = runOCR(context.Background(), opts, &GlobalOptions{}, []string{cut, missing}, nil, &stdout, &stderr)
	var ee *ExitError
	if !errors.As(err, &ee) || ee.Code != ExitPartial {
		t.Fatalf("got %v, want exit code %d", err, ExitPartial)
	}
	var got []ocrFailure
	for _, line := range strings.Split(strings.TrimSpace(stdout.String()), "\n") {
		if !strings.HasPrefix(line, ocrJSONPrefix) {
			t.Errorf("line %q does not start as vidoc fix recognises OCR JSON", line)
		}
		var f ocrFailure
		if err := json.Unmarshal([]byte(line), &f); err != nil {
			t.Fatalf("stdout line is not JSON: %v\n%s", err, line)
		}
		got = append(got, f)
	}
	if len(got) != 2 {
		t.Fatalf("%d lines, want one per failure:\n%s", len(got), &stdout)
	}
	// The file that cannot be opened is known first; the page next.
	if f := got[0]; f.File != missing || f.Page != 0 || !strings.Contains(f.Error, missing) {
		t.Errorf("missing file's line: %+v", f)
	}
	if f := got[1]; f.File != cut || f.Page != 1 || f.Pages != 1 || !strings.Contains(f.Error, cut+" page 1") {
		t.Errorf("cut page's line: %+v", f)
	}
	text, words, err := ocrchan.Read(&stdout, ocrchan.Options{})
	if err != nil || text != "" || len(words) != 0 {
		t.Errorf("ocrchan.Read of the failure lines: %q, %d words, %v; want nothing", text, len(words), err)
	}
}

func TestOCRTextLayout(t *testing.T) {
	var out bytes.Buffer
	p := newOCRPrinter(&out, "text", true)
	for _, r := range []*ocr.Result{
		{Source: "a.pdf", Page: 1, Text: "một"},
		{Source: "a.pdf", Page: 2, Text: "hai"},
		{Source: "b.png", Page: 1, Text: "ba"},
	} {
		if err := p.print(ocrDone{res: r}); err != nil {
			t.Fatal(err)
		}
	}
	if want := "==> a.pdf <==\nmột\n\f\nhai\n\n==> b.png <==\nba\n"; out.String() != want {
		t.Errorf("got %q, want %q", out.String(), want)
	}
}

func TestOCRBadArguments(t *testing.T) {
	for name, mod := range map[string]func(*OCROptions){
		"format":     func(o *OCROptions) { o.Format = "xml" },
		"jobs":       func(o *OCROptions) { o.Jobs = 0 },
		"max-pixels": func(o *OCROptions) { o.MaxPixels = -1 },
		"alts-text":  func(o *OCROptions) { o.Alternatives = true },
	} {
		opts := defaultOCROptions()
		mod(&opts)
		err := runOCR(context.Background(), opts, &GlobalOptions{}, []string{"x.png"}, nil, &bytes.Buffer{}, &bytes.Buffer{})
		if !isUsageError(err) {
			t.Errorf("%s: got %v, want a usage error", name, err)
		}
	}
	opts := defaultOCROptions()
	opts.Lang = "xyz"
	err := runOCR(context.Background(), opts, &GlobalOptions{}, []string{"x.png"}, nil, &bytes.Buffer{}, &bytes.Buffer{})
	if err == nil || !strings.Contains(err.Error(), "tesseract-ocr-xyz") {
		t.Errorf("missing language: %v", err)
	}
}

// A page that cannot be read leaves no searchable PDF, and the exit code
// says an input failed (3), as under the other formats, not that the run
// did (1): a script telling bad scans from a broken set-up must not be
// told the tool broke.
func TestOCRPDFOfUnreadablePageIsAnInputFailure(t *testing.T) {
	png, err := os.ReadFile(filepath.Join(ocrPagesDir, "page1.png"))
	if err != nil {
		t.Fatal(err)
	}
	cut := filepath.Join(t.TempDir(), "cut.png")
	if err := os.WriteFile(cut, png[:len(png)/2], 0o644); err != nil {
		t.Fatal(err)
	}
	logs := captureLog(t)
	opts := defaultOCROptions()
	opts.Format = "pdf"
	var stdout, stderr bytes.Buffer
	err = runOCR(context.Background(), opts, &GlobalOptions{}, []string{cut}, nil, &stdout, &stderr)
	var ee *ExitError
	if !errors.As(err, &ee) || ee.Code != ExitPartial || !strings.Contains(err.Error(), cut+" page 1: ") {
		t.Errorf("got %v, want exit code %d naming %s page 1", err, ExitPartial, cut)
	}
	if stdout.Len() != 0 {
		t.Errorf("%d bytes written for a PDF that cannot be made", stdout.Len())
	}
	if !strings.Contains(logs.String(), "PNG has no end chunk") {
		t.Errorf("the page's failure is not logged:\n%s", logs)
	}
}
