package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vidoc/vidoc/internal/eval"
	"github.com/vidoc/vidoc/internal/render"
)

// smallPage renders the first page of the test document (testdata/text,
// written for vidoc's tests) in small type at 150 dpi, 1-bit: a page on
// which Tesseract misreads a few marks, so that repair has work.
func smallPage(t *testing.T) (png, truth string) {
	t.Helper()
	b, err := os.ReadFile("../../testdata/text/doc3-page1.txt")
	if err != nil {
		t.Fatal(err)
	}
	pages, err := render.Pages(string(b), render.Options{DPI: 150, SizePt: 10})
	if err != nil {
		t.Fatal(err)
	}
	png = filepath.Join(t.TempDir(), "trang nhỏ.png")
	if err := render.WritePNG(png, render.Binarize(pages[0], 150), 150); err != nil {
		t.Fatal(err)
	}
	return png, string(b)
}

// TestFixListensToOCRAlternatives runs the real binary and Tesseract: `vidoc
// ocr --format json --alternatives` of a rendered page, then `vidoc fix` of
// that JSON (repair listening to the glyphs' choices) against `vidoc fix` of
// its text alone. The JSON path must read the choices and repair at least
// as well; `vidoc ocr --repair --alternatives` must run the same path.
func TestFixListensToOCRAlternatives(t *testing.T) {
	bin := buildVidoc(t)
	png, truth := smallPage(t)
	dir := t.TempDir()
	js, err := vidocCommand(bin, "ocr", "-j", "1", "--format", "json", "--alternatives", png).Output()
	if err != nil {
		t.Fatalf("vidoc ocr: %v", err)
	}
	jsonPath := filepath.Join(dir, "trang.jsonl")
	if err := os.WriteFile(jsonPath, js, 0o644); err != nil {
		t.Fatal(err)
	}
	var withAlts, stderr bytes.Buffer
	cmd := vidocCommand(bin, "fix", jsonPath)
	cmd.Stdout, cmd.Stderr = &withAlts, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("vidoc fix JSON: %v\n%s", err, stderr.String())
	}
	if !strings.Contains(stderr.String(), "reading vidoc OCR JSON") || strings.Contains(stderr.String(), `"words with choices"=0`) {
		t.Errorf("vidoc fix did not read the JSON's choices: %s", stderr.String())
	}
	// The same through a pipe.
	cmd = vidocCommand(bin, "fix")
	cmd.Stdin = bytes.NewReader(js)
	piped, err := cmd.Output()
	if err != nil {
		t.Fatalf("vidoc fix < JSON: %v", err)
	}
	if string(piped) != withAlts.String() {
		t.Error("vidoc fix of the JSON on stdin and as a file differ")
	}

	text := ocrJSONText(t, js)
	textPath := filepath.Join(dir, "trang.txt")
	if err := os.WriteFile(textPath, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	textOnly, err := vidocCommand(bin, "fix", textPath).Output()
	if err != nil {
		t.Fatalf("vidoc fix text: %v", err)
	}
	ocrRes, txtRes, altRes := eval.Compare(truth, text), eval.Compare(truth, string(textOnly)), eval.Compare(truth, withAlts.String())
	t.Logf("syllables right of %d: OCR %d, text-only repair %d, with alternatives %d", ocrRes.Words, ocrRes.Correct, txtRes.Correct, altRes.Correct)
	if altRes.Correct < txtRes.Correct {
		t.Errorf("with alternatives %d syllables right, text-only repair %d", altRes.Correct, txtRes.Correct)
	}
	if altRes.Correct < ocrRes.Words*9/10 {
		t.Errorf("with alternatives only %d of %d syllables right", altRes.Correct, ocrRes.Words)
	}

	// vidoc ocr --repair --alternatives: hOCR of the repaired words.
	hocr, err := vidocCommand(bin, "ocr", "-j", "1", "--format", "hocr", "--repair", "--alternatives", png).Output()
	if err != nil {
		t.Fatalf("vidoc ocr --repair --alternatives: %v", err)
	}
	if !strings.Contains(string(hocr), "ocrx_word") {
		t.Errorf("hOCR has no words: %.300s", hocr)
	}

	// vidoc scan --alternatives: OCR with the choices, repair with them.
	in := inputDir(t)
	if err := os.Rename(png, filepath.Join(in, "trang.png")); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "ra")
	if msg, err := vidocCommand(bin, "scan", "--alternatives", "-j", "1", "--progress", "none", "-f", "txt", in, "-o", out).CombinedOutput(); err != nil {
		t.Fatalf("vidoc scan --alternatives: %v\n%s", err, msg)
	}
	scanned, err := os.ReadFile(filepath.Join(out, "trang.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if got := eval.Compare(truth, string(scanned)).Correct; got < txtRes.Correct {
		t.Errorf("vidoc scan --alternatives: %d syllables right, text-only repair of the OCR %d", got, txtRes.Correct)
	}
}

// ocrJSONText is the text `vidoc fix` reads from OCR JSON lines: the pages'
// texts joined by a blank line.
func ocrJSONText(t *testing.T, js []byte) string {
	t.Helper()
	var texts []string
	for _, line := range bytes.Split(bytes.TrimSpace(js), []byte("\n")) {
		var p struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(line, &p); err != nil {
			t.Fatal(err)
		}
		texts = append(texts, p.Text)
	}
	return strings.Join(texts, "\n\n")
}
