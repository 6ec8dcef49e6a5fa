package main

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/vidoc/vidoc/internal/ocr"
	"github.com/vidoc/vidoc/internal/render"
)

// TestEnlargedPageSearchablePDF: a page scanned at 100 dpi, whose print
// OCR enlarges before reading it and layout works on enlarged, gives a
// searchable PDF whose page image is the input's, byte for byte, and whose
// text lies over the words: each word pdftotext finds is where the JSON
// output, in the page's own pixels, puts it.
func TestEnlargedPageSearchablePDF(t *testing.T) {
	if testing.Short() {
		t.Skip("OCRs a page twice")
	}
	for _, tool := range []string{"pdfimages", "pdftotext"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s not installed", tool)
		}
	}
	text, err := os.ReadFile("../../testdata/text/doc3-page1.txt")
	if err != nil {
		t.Fatal(err)
	}
	const dpi = 100
	ropts := render.DefaultOptions()
	ropts.DPI = dpi
	pages, err := render.Pages(string(text), ropts)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "trang.png")
	var buf bytes.Buffer
	if err := render.EncodePNG(&buf, pages[0], dpi); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	run := func(format string) []byte {
		opts := defaultOCROptions()
		opts.Format, opts.Jobs = format, 1
		var stdout, stderr bytes.Buffer
		if err := runOCR(context.Background(), opts, &GlobalOptions{}, []string{path}, nil, &stdout, &stderr); err != nil {
			t.Fatalf("--format %s: %v\n%s", format, err, stderr.String())
		}
		return stdout.Bytes()
	}
	var res ocr.Result
	if err := json.Unmarshal(run("json"), &res); err != nil {
		t.Fatal(err)
	}
	b := pages[0].Bounds()
	if res.Width != b.Dx() || res.Height != b.Dy() || res.DPI != dpi {
		t.Fatalf("JSON page %d×%d at %d dpi, the input is %d×%d at %d", res.Width, res.Height, res.DPI, b.Dx(), b.Dy(), dpi)
	}
	out := filepath.Join(dir, "out.pdf")
	if err := os.WriteFile(out, run("pdf"), 0o644); err != nil {
		t.Fatal(err)
	}
	// The PDF's page image is the PNG's pixels: pdfimages gives them back
	// as a PNG of the same size.
	imgs := pdfImages(t, out, dir, "out")
	if len(imgs) != 1 {
		t.Fatalf("%d page images in the PDF", len(imgs))
	}
	for name := range imgs {
		if w, h := pngSize(t, filepath.Join(dir, "out"+name)); w != b.Dx() || h != b.Dy() {
			t.Errorf("page image %d×%d, the input's is %d×%d", w, h, b.Dx(), b.Dy())
		}
	}
	raw, err := exec.Command("pdftotext", "-bbox", out, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	words, pageW := bboxWords(t, raw)
	if len(words) < len(res.Words)/2 {
		t.Fatalf("pdftotext found %d words, the JSON has %d", len(words), len(res.Words))
	}
	// Each PDF word's centre, in the image's pixels, must lie in the box
	// of a JSON word of the same text.
	px := float64(b.Dx()) / pageW
	boxes := map[string][]ocr.Box{}
	for _, w := range res.Words {
		boxes[w.Text] = append(boxes[w.Text], w.Box)
	}
	placed := 0
	for _, w := range words {
		cx, cy := int((w.XMin+w.XMax)/2*px), int((w.YMin+w.YMax)/2*px)
		for _, bx := range boxes[w.Text] {
			if cx >= bx.X0-2 && cx <= bx.X1+2 && cy >= bx.Y0-2 && cy <= bx.Y1+2 {
				placed++
				break
			}
		}
	}
	if placed < len(words)*9/10 {
		t.Errorf("%d of %d words of the PDF's text over the word they are", placed, len(words))
	}
}

// bboxWord is a word of `pdftotext -bbox`, in points from the page's top
// left corner.
type bboxWord struct {
	XMin float64 `xml:"xMin,attr"`
	YMin float64 `xml:"yMin,attr"`
	XMax float64 `xml:"xMax,attr"`
	YMax float64 `xml:"yMax,attr"`
	Text string  `xml:",chardata"`
}

// bboxWords are the words of the first page of `pdftotext -bbox` output
// and the page's width in points.
func bboxWords(t *testing.T, raw []byte) ([]bboxWord, float64) {
	t.Helper()
	var doc struct {
		Body struct {
			Doc struct {
				Pages []struct {
					Width float64    `xml:"width,attr"`
					Words []bboxWord `xml:"word"`
				} `xml:"page"`
			} `xml:"doc"`
		} `xml:"body"`
	}
	d := xml.NewDecoder(bytes.NewReader(raw))
	d.Strict = false
	if err := d.Decode(&doc); err != nil {
		t.Fatalf("pdftotext -bbox: %v", err)
	}
	if len(doc.Body.Doc.Pages) == 0 {
		t.Fatal("pdftotext -bbox: no page")
	}
	p := doc.Body.Doc.Pages[0]
	return p.Words, p.Width
}

// pngSize is the width and height of a PNG file.
func pngSize(t *testing.T, path string) (int, int) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cfg, err := png.DecodeConfig(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return cfg.Width, cfg.Height
}
