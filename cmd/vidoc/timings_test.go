package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/vidoc/vidoc/internal/cputime"
)

// TestOCRTimings: with --timings, vidoc ocr writes one line per OCRed page,
// in input order whatever -j is, with the CPU time of OCR and of layout
// (re-reads a part of it), and prints the same text as without.
func TestOCRTimings(t *testing.T) {
	if testing.Short() {
		t.Skip("OCRs four pages with Tesseract")
	}
	if !cputime.Supported {
		t.Skip("CPU time is read on Linux only")
	}
	png := filepath.Join(ocrPagesDir, "page1.png")
	tiff := filepath.Join(ocrPagesDir, "doc3.tiff")
	path := filepath.Join(t.TempDir(), "timings.jsonl")
	opts := defaultOCROptions()
	opts.Timings = path
	var timed, plain, stderr bytes.Buffer
	if err := runOCR(context.Background(), opts, &GlobalOptions{}, []string{png, tiff}, nil, &timed, &stderr); err != nil {
		t.Fatalf("%v\n%s", err, stderr.String())
	}
	opts.Timings = ""
	if err := runOCR(context.Background(), opts, &GlobalOptions{}, []string{png}, nil, &plain, &stderr); err != nil {
		t.Fatal(err)
	}
	first, _, _ := bytes.Cut(timed.Bytes(), []byte("==> "+tiff))
	first = bytes.TrimPrefix(first, []byte("==> "+png+" <==\n"))
	if got, want := bytes.TrimSpace(first), bytes.TrimSpace(plain.Bytes()); !bytes.Equal(got, want) {
		t.Errorf("text with --timings differs:\n%s\nwant:\n%s", got, want)
	}

	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var got []pageTiming
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var pt pageTiming
		if err := json.Unmarshal(sc.Bytes(), &pt); err != nil {
			t.Fatalf("%q: %v", sc.Text(), err)
		}
		got = append(got, pt)
	}
	want := []struct {
		file string
		page int
	}{{png, 1}, {tiff, 1}, {tiff, 2}, {tiff, 3}}
	if len(got) != len(want) {
		t.Fatalf("%d timings, want %d: %+v", len(got), len(want), got)
	}
	for i, w := range want {
		g := got[i]
		if g.File != w.file || g.Page != w.page {
			t.Errorf("timing %d is of %s page %d, want %s page %d", i, g.File, g.Page, w.file, w.page)
		}
		// Layout always looks at the page's pixels (rules, seals, ink).
		if g.OCR <= 0 || g.Layout <= 0 || g.Reread < 0 || g.Reread > g.Layout || (g.Rereads == 0) != (g.Reread == 0) ||
			g.Cells < 0 || g.Cells > g.OCR || (g.CellReads == 0) != (g.Cells == 0) {
			t.Errorf("%s page %d: implausible timing %+v", g.File, g.Page, g)
		}
	}
}
