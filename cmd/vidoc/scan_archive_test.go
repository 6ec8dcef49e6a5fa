package main

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/vidoc/vidoc/internal/batch"
	"github.com/vidoc/vidoc/internal/render"
	"github.com/vidoc/vidoc/internal/viet"
)

// archiveText is written for these tests: a notice whose diacritics are
// stripped before it is rendered, so that OCR reads plain letters and
// repair visibly changes most words.
const archiveText = `Thực hiện kế hoạch công tác năm nay, ủy ban nhân dân xã đề nghị
các thôn tổ chức họp dân để phổ biến nội dung về phòng chống thiên tai,
bảo vệ rừng và giữ gìn vệ sinh môi trường. Trưởng thôn chịu trách nhiệm
báo cáo kết quả thực hiện về văn phòng ủy ban trước ngày mười lăm tháng sau.
Đề nghị các đơn vị nghiêm túc thực hiện thông báo này.`

// strippedPages writes the notice without diacritics as a PNG page and as
// an image-only PDF of the same page, and returns their paths.
func strippedPages(t *testing.T, dir string) (png, pdf string) {
	t.Helper()
	pages, err := render.Pages(viet.StripDiacritics(archiveText), render.DefaultOptions())
	if err != nil {
		t.Skipf("render: %v", err)
	}
	png, pdf = filepath.Join(dir, "thong bao.png"), filepath.Join(dir, "thong bao ban in.pdf")
	if err := render.WritePNG(png, pages[0], 300); err != nil {
		t.Fatal(err)
	}
	if err := render.WritePDF(pdf, pages[:1], 300); err != nil {
		t.Fatal(err)
	}
	return png, pdf
}

// TestScanWritesArchiveFormats is issue 13's round trip through the real
// binary, Tesseract, poppler, qpdf and xmllint: `vidoc scan --format
// txt,pdf,alto,hocr` of a page whose OCR needs repair writes a searchable
// PDF whose text is the repaired text, each word on its box (the same
// boxes as ALTO's), which passes qpdf --check and keeps the input's page
// image byte for byte; ALTO that validates against ALTO 4.4 and hOCR that
// parses, both holding every repaired word; the manifest lists them as
// outputs; and a forced rerun writes the same bytes.
func TestScanWritesArchiveFormats(t *testing.T) {
	for _, tool := range []string{"qpdf", "pdfimages", "pdftotext", "xmllint"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s not installed", tool)
		}
	}
	bin := buildVidoc(t)
	in, out := t.TempDir(), t.TempDir()
	_, pdfIn := strippedPages(t, in)
	scan := func(extra ...string) {
		t.Helper()
		args := append([]string{"scan", in, "-o", out, "-j", "2", "--progress", "none", "--format", "txt,pdf,alto,hocr"}, extra...)
		if b, err := vidocCommand(bin, args...).CombinedOutput(); err != nil {
			t.Fatalf("vidoc %s: %v\n%s", strings.Join(args, " "), err, b)
		}
	}
	scan()
	read := func(name string) []byte {
		t.Helper()
		b, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	for _, base := range []string{"thong bao", "thong bao ban in"} {
		t.Run(base, func(t *testing.T) {
			text := strings.Fields(string(read(base + ".txt")))
			// Repair visibly changed the words: most carry diacritics again.
			marked := 0
			for _, w := range text {
				if viet.StripDiacritics(w) != w {
					marked++
				}
			}
			if len(text) < 60 || marked < len(text)/2 {
				t.Fatalf("repaired text has %d of %d words with diacritics: %q", marked, len(text), text)
			}

			pdf := filepath.Join(out, base+".pdf")
			checkSearchablePDF(t, pdf, text)

			altoPath := filepath.Join(out, base+".alto.xml")
			if b, err := exec.Command("xmllint", "--noout", "--nonet", "--schema", "../../testdata/schemas/alto-4-4.xsd", altoPath).CombinedOutput(); err != nil {
				t.Fatalf("xmllint: %v\n%s", err, b)
			}
			alto := altoStrings(t, read(base+".alto.xml"))
			var altoWords []string
			for _, s := range alto {
				altoWords = append(altoWords, s.text)
			}
			if !slices.Equal(altoWords, text) {
				t.Errorf("ALTO words\n got %q\nwant %q", altoWords, text)
			}
			if h := hocrWords(t, read(base+".hocr")); !slices.Equal(h, text) {
				t.Errorf("hOCR words\n got %q\nwant %q", h, text)
			}
			// Every word of the PDF's layer sits on its box: pdftotext's
			// box of each word (points) is ALTO's (pixels at 300 dpi)
			// within a few pixels across, and within the line's height.
			boxes := pdfWordBoxes(t, pdf)
			if len(boxes) != len(alto) {
				t.Fatalf("%d words in the PDF, %d in ALTO", len(boxes), len(alto))
			}
			for i, b := range boxes {
				a := alto[i]
				px := func(pt float64) float64 { return pt * 300 / 72 }
				if b.text != a.text || math.Abs(px(b.x0)-a.x0) > 4 || math.Abs(px(b.x1)-a.x1) > 4 ||
					px(b.y1) < a.y0 || px(b.y0) > a.y1 {
					t.Errorf("word %d %q at %.0f,%.0f–%.0f,%.0f px in the PDF, ALTO %q at %.0f,%.0f–%.0f,%.0f",
						i, b.text, px(b.x0), px(b.y0), px(b.x1), px(b.y1), a.text, a.x0, a.y0, a.x1, a.y1)
				}
			}
		})
	}

	// The PDF input's page image is kept byte for byte.
	dir := t.TempDir()
	imgIn, imgOut := pdfImages(t, pdfIn, dir, "in"), pdfImages(t, filepath.Join(out, "thong bao ban in.pdf"), dir, "out")
	if len(imgIn) != 1 || len(imgOut) != 1 {
		t.Fatalf("%d page images in, %d out", len(imgIn), len(imgOut))
	}
	for name, b := range imgIn {
		if imgOut[name] != b {
			t.Errorf("page image %s changed", name)
		}
	}

	recs, err := batch.LoadManifests(out)
	if err != nil {
		t.Fatal(err)
	}
	if o := recs["thong bao"].Outputs; !slices.Equal(o, []string{"thong bao.txt", "thong bao.pdf", "thong bao.alto.xml", "thong bao.hocr"}) {
		t.Errorf("manifest outputs %q", o)
	}
	first, _ := outputTree(t, out)
	scan("--force")
	again, _ := outputTree(t, out)
	for name, b := range first {
		if again[name] != b {
			t.Errorf("a forced rerun wrote other bytes to %s", name)
		}
	}
}

// checkSearchablePDF checks that pdf passes qpdf --check and that
// pdftotext reads the words text from it, in order.
func checkSearchablePDF(t *testing.T, pdf string, text []string) {
	t.Helper()
	if b, err := exec.Command("qpdf", "--check", pdf).CombinedOutput(); err != nil {
		t.Fatalf("qpdf --check: %v\n%s", err, b)
	}
	got, err := exec.Command("pdftotext", "-raw", pdf, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	if g := strings.Fields(string(got)); !slices.Equal(g, text) {
		t.Errorf("pdftotext of the searchable PDF\n got %q\nwant %q", g, text)
	}
}

// TestOCRRepairArchiveFormats: `vidoc ocr --format hocr --repair` holds
// the words vidoc scan repairs the page to; without --repair, the words
// as read.
func TestOCRRepairArchiveFormats(t *testing.T) {
	png, _ := strippedPages(t, t.TempDir())
	opts := defaultOCROptions()
	opts.Format = "hocr"
	var raw, repaired bytes.Buffer
	if err := runOCR(t.Context(), opts, &GlobalOptions{}, []string{png}, nil, &raw, io.Discard); err != nil {
		t.Fatal(err)
	}
	opts.Repair = true
	if err := runOCR(t.Context(), opts, &GlobalOptions{}, []string{png}, nil, &repaired, io.Discard); err != nil {
		t.Fatal(err)
	}
	opts.Format = "text"
	var text bytes.Buffer
	opts.Repair = false
	if err := runOCR(t.Context(), opts, &GlobalOptions{}, []string{png}, nil, &text, io.Discard); err != nil {
		t.Fatal(err)
	}
	if r := hocrWords(t, raw.Bytes()); !slices.Equal(r, strings.Fields(text.String())) {
		t.Errorf("hOCR without --repair\n got %q\nwant the OCR %q", r, strings.Fields(text.String()))
	}
	r, err := newScanRepairer(string(batch.AdaptOff))
	if err != nil {
		t.Fatal(err)
	}
	want, _, err := r.Repair(t.Context(), strings.TrimSuffix(text.String(), "\n"))
	if err != nil {
		t.Fatal(err)
	}
	got := hocrWords(t, repaired.Bytes())
	if !slices.Equal(got, strings.Fields(want)) || slices.Equal(got, strings.Fields(text.String())) {
		t.Errorf("hOCR with --repair\n got %q\nwant %q", got, strings.Fields(want))
	}
	opts.Repair = true
	if err := runOCR(t.Context(), opts, &GlobalOptions{}, []string{png}, nil, io.Discard, io.Discard); err == nil {
		t.Error("--repair with --format text: no usage error")
	}
}

type placedWord struct {
	text           string
	x0, y0, x1, y1 float64
}

// altoStrings are the String elements of an ALTO document, in order.
func altoStrings(t *testing.T, b []byte) []placedWord {
	t.Helper()
	var out []placedWord
	d := xml.NewDecoder(bytes.NewReader(b))
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return out
		} else if err != nil {
			t.Fatal(err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok || se.Name.Local != "String" {
			continue
		}
		var w placedWord
		var hpos, vpos, width, height float64
		for _, a := range se.Attr {
			switch a.Name.Local {
			case "CONTENT":
				w.text = a.Value
			case "HPOS":
				fmt.Sscan(a.Value, &hpos)
			case "VPOS":
				fmt.Sscan(a.Value, &vpos)
			case "WIDTH":
				fmt.Sscan(a.Value, &width)
			case "HEIGHT":
				fmt.Sscan(a.Value, &height)
			}
		}
		w.x0, w.y0, w.x1, w.y1 = hpos, vpos, hpos+width, vpos+height
		out = append(out, w)
	}
}

// hocrWords are the ocrx_word spans' texts of an hOCR document, in order.
func hocrWords(t *testing.T, b []byte) []string {
	t.Helper()
	var words []string
	d := xml.NewDecoder(bytes.NewReader(b))
	d.Strict = false
	d.Entity = xml.HTMLEntity
	inWord := false
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return words
		} else if err != nil {
			t.Fatalf("hOCR does not parse: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			inWord = slices.ContainsFunc(tok.Attr, func(a xml.Attr) bool { return a.Name.Local == "class" && a.Value == "ocrx_word" })
		case xml.CharData:
			if inWord {
				words = append(words, string(tok))
				inWord = false
			}
		}
	}
}

// pdfWordBoxes are the words of a PDF's first page with their boxes in
// points, from pdftotext -bbox, in order.
func pdfWordBoxes(t *testing.T, pdf string) []placedWord {
	t.Helper()
	b, err := exec.Command("pdftotext", "-bbox", pdf, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	var out []placedWord
	d := xml.NewDecoder(bytes.NewReader(b))
	d.Strict = false
	d.Entity = xml.HTMLEntity
	var cur *placedWord
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return out
		} else if err != nil {
			t.Fatalf("pdftotext -bbox: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if tok.Name.Local != "word" {
				continue
			}
			cur = &placedWord{}
			for _, a := range tok.Attr {
				v := &cur.x0
				switch a.Name.Local {
				case "yMin":
					v = &cur.y0
				case "xMax":
					v = &cur.x1
				case "yMax":
					v = &cur.y1
				}
				fmt.Sscan(a.Value, v)
			}
		case xml.CharData:
			if cur != nil {
				cur.text = string(tok)
				out = append(out, *cur)
				cur = nil
			}
		}
	}
}
