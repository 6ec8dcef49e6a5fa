package main

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vidoc/vidoc/internal/batch"
	"github.com/vidoc/vidoc/internal/ocr"
	"github.com/vidoc/vidoc/internal/render"
)

// textLayerLines are written for this test: a born-digital page of a plan.
var textLayerLines = []string{
	"Kế hoạch kiểm tra công tác văn thư lưu trữ",
	"Căn cứ kết quả rà soát hồ sơ của các phòng,",
	"văn phòng xây dựng kế hoạch kiểm tra như sau:",
	"Mục đích là bảo đảm hồ sơ được lập đầy đủ, đúng hạn.",
	"Đối tượng gồm các phòng, ban và đơn vị trực thuộc.",
}

// bornDigitalPDF writes a PDF whose first page is Unicode text drawn in
// DejaVu Serif (as Word exports it) and whose second page is a scan only
// (the first page of testdata's image-only PDF), joined by qpdf.
func bornDigitalPDF(t *testing.T, path string) {
	t.Helper()
	if _, err := exec.LookPath("qpdf"); err != nil {
		t.Skip("qpdf is not installed (Debian package qpdf)")
	}
	const font = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
	if _, err := os.Stat(font); err != nil {
		t.Skipf("DejaVu Serif not installed (Debian package fonts-dejavu-core): %v", err)
	}
	text := filepath.Join(t.TempDir(), "text.pdf")
	if err := render.WriteTextPDF(text, [][]string{textLayerLines}, font); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("qpdf", "--empty", "--pages", text, filepath.Join(ocrPagesDir, "doc3.pdf"), "1", "--", path)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("qpdf: %v\n%s", err, out)
	}
}

// TestScanUsesGoodTextLayer is issue 13 item 1 in `vidoc scan`: a page
// with correct Unicode text is taken as it is, without OCR or repair, an
// image-only page is OCRed, and the manifest says which and why; with
// --text-layer ignore every page is OCRed.
func TestScanUsesGoodTextLayer(t *testing.T) {
	in := inputDir(t)
	bornDigitalPDF(t, filepath.Join(in, "kế hoạch.pdf"))
	want := strings.Join(textLayerLines, "\n") + "\n"

	scan := func(policy string) (string, batch.Record) {
		out := t.TempDir()
		opts := ScanOptions{Output: out, Formats: []string{"txt"}, Jobs: 2, Progress: "none", Lang: "vie", TextLayer: policy}
		var stdout, stderr bytes.Buffer
		if err := runScan(context.Background(), opts, &GlobalOptions{}, []string{in}, nil, &stdout, &stderr); err != nil {
			t.Fatalf("scan --text-layer %s: %v\n%s", policy, err, stderr.String())
		}
		text, err := os.ReadFile(filepath.Join(out, "kế hoạch.txt"))
		if err != nil {
			t.Fatal(err)
		}
		recs, err := batch.LoadManifests(out)
		if err != nil {
			t.Fatal(err)
		}
		return string(text), recs["kế hoạch"]
	}

	// poppler may put each line in a block of its own, which the text
	// separates by a blank line; the words are the layer's, every one.
	wantWords := strings.Fields(want)
	text, rec := scan("auto")
	words := strings.Fields(text)
	if len(words) < len(wantWords)+20 || strings.Join(words[:len(wantWords)], " ") != strings.Join(wantWords, " ") {
		t.Errorf("page 1 is not the layer's text as it is, or page 2 (a scan) was not OCRed:\n%s", text)
	}
	var notes []triageNote
	for _, raw := range rec.TextLayer {
		var n triageNote
		if err := json.Unmarshal(raw, &n); err != nil {
			t.Fatal(err)
		}
		notes = append(notes, n)
	}
	if len(notes) != 2 || notes[0].Page != 1 || notes[0].Decision != "use" || notes[1].Page != 2 || notes[1].Decision != "ocr" ||
		notes[0].Evidence.ValidShare < 0.9 || notes[1].Evidence.ImageCoverage < 0.9 || notes[0].Reason == "" {
		t.Errorf("manifest text_layer %+v, want page 1 used and page 2 OCRed, with evidence", notes)
	}
	if rec.Confidence < 50 {
		t.Errorf("confidence %.1f: the page read from its layer (no OCR confidence) counted as 0", rec.Confidence)
	}

	_, rec = scan("ignore")
	if len(rec.TextLayer) != 0 || rec.Status != batch.StatusDone {
		t.Errorf("--text-layer ignore: status %s, triage recorded: %s", rec.Status, rec.TextLayer)
	}
}

func TestScanBadTextLayerPolicy(t *testing.T) {
	in := inputDir(t)
	copyFile(t, filepath.Join(ocrPagesDir, "page1.png"), filepath.Join(in, "a.png"))
	opts := ScanOptions{Output: t.TempDir(), Jobs: 1, Progress: "none", Lang: "vie", TextLayer: "trust"}
	err := runScan(context.Background(), opts, &GlobalOptions{}, []string{in}, nil, &bytes.Buffer{}, &bytes.Buffer{})
	var ue usageError
	if !errors.As(err, &ue) || !strings.Contains(err.Error(), "trust") {
		t.Fatalf("got %v, want a usage error naming the policy", err)
	}
}

// TestOCRUsesGoodTextLayer is issue 13 item 1 in `vidoc ocr`: the same
// triage as scan, shown per page in JSON, with the layer's words and boxes
// for the born-digital page and OCR for the scanned one.
func TestOCRUsesGoodTextLayer(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kế hoạch.pdf")
	bornDigitalPDF(t, path)
	opts := defaultOCROptions()
	opts.Format = "json"
	var stdout, stderr bytes.Buffer
	if err := runOCR(context.Background(), opts, &GlobalOptions{}, []string{path}, nil, &stdout, &stderr); err != nil {
		t.Fatal(err)
	}
	type page struct {
		ocr.Result
		TextLayer *triageNote `json:"text_layer"`
	}
	var pages []page
	dec := json.NewDecoder(&stdout)
	for dec.More() {
		var p page
		if err := dec.Decode(&p); err != nil {
			t.Fatal(err)
		}
		pages = append(pages, p)
	}
	if len(pages) != 2 || pages[0].TextLayer == nil || pages[1].TextLayer == nil {
		t.Fatalf("%d pages, or a page without text_layer: %+v", len(pages), pages)
	}
	p1, p2 := pages[0], pages[1]
	if p1.TextLayer.Decision != "use" || p2.TextLayer.Decision != "ocr" {
		t.Errorf("decisions %s, %s; want use, ocr", p1.TextLayer.Decision, p2.TextLayer.Decision)
	}
	var words []string
	for _, w := range p1.Words {
		words = append(words, w.Text)
		// At 300 dpi, the first word of line i sits at x = 72 pt = 300 px.
		if w.Box.X1 <= w.Box.X0 || w.Box.Y1 <= w.Box.Y0 || w.Box.X1 > p1.Width || w.Box.Y1 > p1.Height {
			t.Errorf("word %q box %+v outside the %d×%d page", w.Text, w.Box, p1.Width, p1.Height)
		}
	}
	if got, want := strings.Join(words, " "), strings.Join(strings.Fields(strings.Join(textLayerLines, " ")), " "); got != want {
		t.Errorf("page 1 words\n got %q\nwant %q", got, want)
	}
	if len(p1.Lines) != len(textLayerLines) || p1.Words[0].Box.X0 != 300 || p1.DPI != 300 {
		t.Errorf("page 1: %d lines, first word at x %d, dpi %d", len(p1.Lines), p1.Words[0].Box.X0, p1.DPI)
	}
	if len(p2.Words) < 20 || p2.MeanConfidence == 0 {
		t.Errorf("page 2 (a scan) not OCRed: %d words, confidence %v", len(p2.Words), p2.MeanConfidence)
	}
}

// TestOCRWritesALTOAndHOCR is the single-document form of issue 13 item 3
// for `vidoc ocr`: ALTO that validates against the ALTO 4.4 schema
// (testdata/schemas, with xmllint) and hOCR that parses, both holding
// every word the JSON output has, in order, page by page.
func TestOCRWritesALTOAndHOCR(t *testing.T) {
	if _, err := exec.LookPath("xmllint"); err != nil {
		t.Skip("xmllint not installed (Debian package libxml2-utils)")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "kế hoạch.pdf")
	bornDigitalPDF(t, path)
	run := func(format string) []byte { return ocrOutput(t, path, format) }
	want := jsonWords(t, run("json"))

	alto := run("alto")
	altoPath := filepath.Join(dir, "out.alto.xml")
	if err := os.WriteFile(altoPath, alto, 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("xmllint", "--noout", "--nonet", "--schema", "../../testdata/schemas/alto-4-4.xsd", altoPath).CombinedOutput(); err != nil {
		t.Fatalf("xmllint: %v\n%s", err, out)
	}
	// Every String's CONTENT, in document order.
	var altoWords []string
	xd := xml.NewDecoder(bytes.NewReader(alto))
	for {
		tok, err := xd.Token()
		if err != nil {
			break
		}
		if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "String" {
			for _, a := range se.Attr {
				if a.Name.Local == "CONTENT" {
					altoWords = append(altoWords, a.Value)
				}
			}
		}
	}
	if strings.Join(altoWords, " ") != strings.Join(want, " ") || len(want) < 50 {
		t.Errorf("ALTO words\n got %q\nwant %q", altoWords, want)
	}

	gotHOCR := hocrWords(t, run("hocr"))
	if strings.Join(gotHOCR, " ") != strings.Join(want, " ") {
		t.Errorf("hOCR words\n got %q\nwant %q", gotHOCR, want)
	}

	opts := defaultOCROptions()
	opts.Format = "alto"
	err := runOCR(context.Background(), opts, &GlobalOptions{}, []string{path, path}, nil, io.Discard, io.Discard)
	var ue usageError
	if !errors.As(err, &ue) {
		t.Errorf("--format alto with two files: %v, want a usage error", err)
	}
}

// TestOCRWritesSearchablePDF is issue 13 item 2's single-document form in
// `vidoc ocr`, checked with real poppler and qpdf: the searchable PDF
// passes qpdf --check, its page images are the input's byte for byte
// (pdfimages), and pdftotext gives every word the JSON output has, each
// once: the OCR layer on the scanned page, the page's own text on the
// born-digital one.
func TestOCRWritesSearchablePDF(t *testing.T) {
	for _, tool := range []string{"qpdf", "pdfimages", "pdftotext"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s not installed", tool)
		}
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "kế hoạch.pdf")
	bornDigitalPDF(t, path)
	run := func(format string) []byte { return ocrOutput(t, path, format) }
	want := jsonWords(t, run("json"))
	out := filepath.Join(dir, "out.pdf")
	if err := os.WriteFile(out, run("pdf"), 0o644); err != nil {
		t.Fatal(err)
	}
	if b, err := exec.Command("qpdf", "--check", out).CombinedOutput(); err != nil {
		t.Fatalf("qpdf --check: %v\n%s", err, b)
	}
	text, err := exec.Command("pdftotext", "-raw", out, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Fields(string(text)); strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("pdftotext of the searchable PDF\n got %q\nwant %q", got, want)
	}
	in, got := pdfImages(t, path, dir, "in"), pdfImages(t, out, dir, "out")
	if len(in) == 0 || len(in) != len(got) {
		t.Fatalf("%d page images in the input, %d in the output", len(in), len(got))
	}
	for name, b := range in {
		if got[name] != b {
			t.Errorf("page image %s changed (%d bytes, was %d)", name, len(got[name]), len(b))
		}
	}
}

// pdfImages are the images of a PDF, as pdfimages -all writes them (in
// their own encoding) under dir with prefix, by their names without it.
func pdfImages(t *testing.T, pdf, dir, prefix string) map[string]string {
	t.Helper()
	if b, err := exec.Command("pdfimages", "-all", pdf, filepath.Join(dir, prefix)).CombinedOutput(); err != nil {
		t.Fatalf("pdfimages: %v\n%s", err, b)
	}
	files, _ := filepath.Glob(filepath.Join(dir, prefix+"-*"))
	m := map[string]string{}
	for _, f := range files {
		m[strings.TrimPrefix(filepath.Base(f), prefix)] = readFile(t, f)
	}
	return m
}

// ocrOutput is what `vidoc ocr --format format path` prints.
func ocrOutput(t *testing.T, path, format string) []byte {
	t.Helper()
	opts := defaultOCROptions()
	opts.Format = format
	var stdout, stderr bytes.Buffer
	if err := runOCR(context.Background(), opts, &GlobalOptions{}, []string{path}, nil, &stdout, &stderr); err != nil {
		t.Fatalf("--format %s: %v", format, err)
	}
	return stdout.Bytes()
}

// jsonWords are the words of every page of `vidoc ocr --format json`
// output, in order.
func jsonWords(t *testing.T, out []byte) []string {
	t.Helper()
	var words []string
	dec := json.NewDecoder(bytes.NewReader(out))
	for dec.More() {
		var r ocr.Result
		if err := dec.Decode(&r); err != nil {
			t.Fatal(err)
		}
		for _, w := range r.Words {
			words = append(words, w.Text)
		}
	}
	return words
}
