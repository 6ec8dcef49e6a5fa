package searchpdf

import (
	"bytes"
	"context"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"codeberg.org/go-pdf/fpdf"
)

// Text written for these tests.
var pageText = [][]string{{
	"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
	"Độc lập - Tự do - Hạnh phúc",
	"Báo cáo kết quả tập huấn nghiệp vụ văn thư lưu trữ",
	"Ủy ban nhân dân phường đã tổ chức lớp học cho ba mươi học viên.",
}, {
	"Nơi nhận: như trên; lưu văn thư.",
	"Người ký: Nguyễn Thị Thu Hường",
}}

const testDPI = 150.0

// A4 at testDPI.
const pageW, pageH = 1240, 1754

// testPage lays lines out in page pixels: a line every 60 px from the top,
// 36 px tall, each word 18 px a letter wide with 14 px between words.
func testPage(lines []string) Page {
	p := Page{Width: pageW, Height: pageH, DPI: testDPI}
	for i, l := range lines {
		y := 150 + 60*float64(i)
		x := 120.0
		var line Line
		for _, w := range strings.Fields(l) {
			width := 18 * float64(len([]rune(w)))
			line.Words = append(line.Words, Word{Text: w, X0: x, Y0: y, X1: x + width, Y1: y + 36})
			x += width + 14
		}
		p.Lines = append(p.Lines, line)
	}
	return p
}

// grayImage is a page-sized picture with some structure, so that its
// compressed forms are not trivial.
func grayImage() *image.Gray { return grayImageOf(pageW, pageH) }

// grayImageOf is grayImage's picture at any size.
func grayImageOf(w, h int) *image.Gray {
	img := image.NewGray(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			v := uint8(255)
			if (x/7+y/11)%13 == 0 || (x*y)%97 == 0 {
				v = uint8(40 + (x+y)%60)
			}
			img.SetGray(x, y, color.Gray{v})
		}
	}
	return img
}

func encodeJPEG(t *testing.T, img image.Image) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := jpeg.Encode(&b, img, &jpeg.Options{Quality: 70}); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func encodePNG(t *testing.T, img image.Image) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func tool(t *testing.T, name string, args ...string) []byte {
	t.Helper()
	out, err := exec.Command(name, args...).Output()
	if err != nil {
		msg := ""
		if ee, ok := err.(*exec.ExitError); ok {
			msg = string(ee.Stderr)
		}
		t.Fatalf("%s %v: %v %s", name, args, err, msg)
	}
	return out
}

type placedWord struct {
	page           int
	text           string
	x0, y0, x1, y1 float64
}

var bboxWordRe = regexp.MustCompile(`<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>|<page `)

// extracted returns the words pdftotext finds in path, with their boxes in
// points.
func extracted(t *testing.T, path string) []placedWord {
	out := tool(t, "pdftotext", "-bbox", "-enc", "UTF-8", path, "-")
	var words []placedWord
	page := 0
	for _, m := range bboxWordRe.FindAllStringSubmatch(string(out), -1) {
		if m[0] == "<page " {
			page++
			continue
		}
		w := placedWord{page: page, text: m[5]}
		w.x0, _ = strconv.ParseFloat(m[1], 64)
		w.y0, _ = strconv.ParseFloat(m[2], 64)
		w.x1, _ = strconv.ParseFloat(m[3], 64)
		w.y1, _ = strconv.ParseFloat(m[4], 64)
		words = append(words, w)
	}
	return words
}

// checkInPlace checks that every word of pages comes out of the PDF at
// path, in order, on its page, its box within 1.5 pt of where it was put;
// other lists words pdftotext may also give (visible text of the input).
func checkInPlace(t *testing.T, path string, pages []Page, other ...string) {
	t.Helper()
	got := extracted(t, path)
	i := 0
	for n, p := range pages {
		for _, l := range p.Lines {
			for _, w := range l.Words {
				for i < len(got) && slices.Contains(other, got[i].text) {
					i++
				}
				if i >= len(got) {
					t.Fatalf("page %d: %q missing from the text layer", n+1, w.Text)
				}
				g := got[i]
				i++
				want := placedWord{n + 1, w.Text, points(w.X0, p.DPI), points(w.Y0, p.DPI), points(w.X1, p.DPI), points(w.Y1, p.DPI)}
				if g.page != want.page || g.text != want.text ||
					math.Abs(g.x0-want.x0) > 1.5 || math.Abs(g.x1-want.x1) > 1.5 ||
					math.Abs(g.y0-want.y0) > 1.5 || math.Abs(g.y1-want.y1) > 1.5 {
					t.Errorf("got %+v, want %+v", g, want)
				}
			}
		}
	}
	for ; i < len(got); i++ {
		if !slices.Contains(other, got[i].text) {
			t.Errorf("extra word %+v", got[i])
		}
	}
}

// images extracts path's images as pdfimages -all stores them (JPEG and
// CCITT data as they are in the file, others decoded to PNG).
func images(t *testing.T, path string) map[string][]byte {
	dir := t.TempDir()
	tool(t, "pdfimages", "-all", path, filepath.Join(dir, "img"))
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]byte{}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		out[e.Name()] = b
	}
	return out
}

func writeFile(t *testing.T, name string, data []byte) string {
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

var fixedDate = time.Date(2025, 3, 1, 9, 0, 0, 0, time.UTC)

func TestWriteImagesRoundTrip(t *testing.T) {
	img := grayImage()
	jpg, pngData := encodeJPEG(t, img), encodePNG(t, img)
	pages := []Page{testPage(pageText[0]), testPage(pageText[1])}
	pages[0].Image, pages[0].ImageType = jpg, "jpeg"
	pages[1].Image, pages[1].ImageType = pngData, "png"
	var out bytes.Buffer
	if err := WriteImages(&out, pages, Options{Date: fixedDate}); err != nil {
		t.Fatal(err)
	}
	path := writeFile(t, "out.pdf", out.Bytes())
	tool(t, "qpdf", "--check", path)
	checkInPlace(t, path, pages)

	info := string(tool(t, "pdfinfo", path))
	if !strings.Contains(info, "Page size:       595.2 x 841.92 pts") {
		t.Errorf("page size is not the image's at %g dpi:\n%s", testDPI, info)
	}
	got := images(t, path)
	if !bytes.Equal(got["img-000.jpg"], jpg) {
		t.Errorf("the JPEG page image was not embedded byte for byte (extracted %d bytes, want %d)", len(got["img-000.jpg"]), len(jpg))
	}
	back, err := png.Decode(bytes.NewReader(got["img-001.png"]))
	if err != nil {
		t.Fatalf("PNG page image: %v (extracted %v)", err, slices.Collect(mapsKeys(got)))
	}
	if g, ok := back.(*image.Gray); !ok || !bytes.Equal(g.Pix, img.Pix) {
		t.Errorf("the PNG page image changed (%T)", back)
	}
	if max := len(jpg) + len(pngData) + 60<<10; out.Len() > max {
		t.Errorf("PDF is %d bytes; images %d + %d, so at most %d with the font", out.Len(), len(jpg), len(pngData), max)
	}
}

func mapsKeys(m map[string][]byte) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

// scannerPDF is what a scanner writes: a JPEG page image with an invisible
// OCR layer over it (here wrong words), and one visible stamp word.
func scannerPDF(t *testing.T, jpg []byte) string {
	doc := fpdf.New("P", "pt", "A4", "")
	doc.SetCompression(true)
	doc.AddPage()
	doc.RegisterImageOptionsReader("scan", fpdf.ImageOptions{ImageType: "JPG"}, bytes.NewReader(jpg))
	doc.ImageOptions("scan", 0, 0, 595.2, 841.92, false, fpdf.ImageOptions{ImageType: "JPG"}, 0, "")
	doc.SetFont("Helvetica", "", 12)
	doc.Text(400, 800, "STAMPED")
	doc.SetTextRenderingMode(3)
	doc.Text(60, 80, "CONG HOA XA HOl CHU NGHlA VlET NAM")
	doc.Text(60, 100, "Doc lap (Tu do) Hanh phuc ET")
	path := filepath.Join(t.TempDir(), "scanner.pdf")
	if err := doc.OutputFileAndClose(path); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestGraftReplacesScannerLayer(t *testing.T) {
	jpg := encodeJPEG(t, grayImage())
	in := scannerPDF(t, jpg)
	st, path := graftChecked(t, in, []Page{testPage(pageText[0])}, "STAMPED")
	if st.RemovedStrings != 2 {
		t.Errorf("stats %+v: want the 2 strings of the old layer removed", st)
	}
	if !slices.ContainsFunc(extracted(t, path), func(w placedWord) bool { return w.text == "STAMPED" }) {
		t.Error("the visible text of the input is gone")
	}
}

// graftChecked grafts pages onto in and checks the round trip: qpdf
// --check passes, every word is in place (other: visible words of the
// input), the images are the input's, the size is bounded. It returns the
// stats and the output's path.
func graftChecked(t *testing.T, in string, pages []Page, other ...string) (GraftStats, string) {
	t.Helper()
	var out bytes.Buffer
	st, err := Graft(context.Background(), in, pages, &out, Options{Date: fixedDate})
	if err != nil {
		t.Fatal(err)
	}
	if st.Pages != len(pages) {
		t.Errorf("stats %+v: want %d pages", st, len(pages))
	}
	path := writeFile(t, "out.pdf", out.Bytes())
	tool(t, "qpdf", "--check", path)
	checkInPlace(t, path, pages, other...)
	sameImages(t, in, path)
	checkSize(t, in, out.Len(), pages)
	return st, path
}

func sameImages(t *testing.T, in, out string) {
	t.Helper()
	a, b := images(t, in), images(t, out)
	if len(a) == 0 || len(a) != len(b) {
		t.Fatalf("%d images in, %d out", len(a), len(b))
	}
	for name, data := range a {
		if !bytes.Equal(data, b[name]) {
			t.Errorf("image %s changed", name)
		}
	}
}

// checkSize: the output is at most the input plus 10 %, plus the text
// layer's own PDF (its font subset and words).
func checkSize(t *testing.T, in string, outLen int, pages []Page) {
	t.Helper()
	st, err := os.Stat(in)
	if err != nil {
		t.Fatal(err)
	}
	var layer bytes.Buffer
	if err := writeLayer(&layer, pages, Options{Date: fixedDate}); err != nil {
		t.Fatal(err)
	}
	if limit := int(float64(st.Size())*1.1) + layer.Len(); outLen > limit {
		t.Errorf("output %d bytes, input %d, text layer %d: over %d", outLen, st.Size(), layer.Len(), limit)
	}
	t.Logf("input %d bytes, output %d (%.1f %%), text layer alone %d", st.Size(), outLen, 100*float64(outLen)/float64(st.Size()), layer.Len())
}

func TestGraftImageOnlyPDF(t *testing.T) {
	in := filepath.Join("..", "..", "testdata", "pages", "doc3.pdf")
	// doc3.pdf's pages are A4 at 300 dpi; lay the words out at that scale.
	var pages []Page
	for i := range 3 {
		p := testPage(pageText[i%2])
		p.Width, p.Height, p.DPI = 2480, 3508, 300
		pages = append(pages, p)
	}
	if st, _ := graftChecked(t, in, pages); st.RemovedStrings != 0 {
		t.Errorf("stats %+v: nothing to remove from an image-only PDF", st)
	}
}

// The dev scan's 1-bit CCITT pages carry a scanner's garbled layer: it
// goes, the new words come, the CCITT data stays byte for byte.
func TestGraftDevScan(t *testing.T) {
	in := filepath.Join("..", "..", "..", "shared", "dev", "scans", "epu__dl_2025_0006.pdf")
	if _, err := os.Stat(in); err != nil {
		t.Skipf("../shared absent (%v): the dev scan is not available", err)
	}
	info := string(tool(t, "pdfinfo", "-f", "1", "-l", "2", in))
	var pages []Page
	for i, m := range regexp.MustCompile(`size:\s+([\d.]+) x ([\d.]+) pts`).FindAllStringSubmatch(info, -1) {
		p := testPage(pageText[i])
		w, _ := strconv.ParseFloat(m[1], 64)
		h, _ := strconv.ParseFloat(m[2], 64)
		p.Width, p.Height, p.DPI = w*300/72, h*300/72, 300
		pages = append(pages, p)
	}
	if st, _ := graftChecked(t, in, pages); st.RemovedStrings < 100 {
		t.Errorf("stats %+v: the scanner layer has hundreds of strings", st)
	}
}

func TestGraftBadInputs(t *testing.T) {
	jpg := encodeJPEG(t, grayImage())
	good := scannerPDF(t, jpg)
	encrypted := filepath.Join(t.TempDir(), "encrypted.pdf")
	tool(t, "qpdf", "--encrypt", "secret", "owner", "256", "--", good, encrypted)
	raw, err := os.ReadFile(good)
	if err != nil {
		t.Fatal(err)
	}
	truncated := writeFile(t, "truncated.pdf", raw[:len(raw)/4])
	turned := filepath.Join(t.TempDir(), "turned.pdf")
	tool(t, "qpdf", "--rotate=+90", good, turned)
	pages := []Page{testPage(pageText[0])}
	for in, want := range map[string]string{encrypted: "password", truncated: "xref", turned: "turned 90 degrees"} {
		var out bytes.Buffer
		_, err := Graft(context.Background(), in, pages, &out, Options{})
		if err == nil || !strings.Contains(err.Error(), in) || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: error %v, want one naming the file and saying %q", filepath.Base(in), err, want)
		}
	}
	// An owner password alone (no password to open it) is read and
	// written like any PDF.
	restricted := filepath.Join(t.TempDir(), "restricted.pdf")
	tool(t, "qpdf", "--encrypt", "", "owner", "256", "--modify=none", "--", good, restricted)
	if st, out := graftChecked(t, restricted, pages, "STAMPED"); len(out) == 0 || st.RemovedStrings != 2 {
		t.Errorf("PDF with an owner password only: %+v, its scanner layer not replaced", st)
	}
	var out bytes.Buffer
	if _, err := Graft(context.Background(), good, append(pages, pages...), &out, Options{}); err == nil || !strings.Contains(err.Error(), "1 pages") {
		t.Errorf("two layers for one page: %v", err)
	}
}

// A TIFF cut short in its last directory has its good pages written with
// their words; the page past the cut, which could not be read and has no
// words, is left out rather than failing the whole PDF.
func TestGraftTIFFCutShort(t *testing.T) {
	for _, name := range []string{"tiff2pdf", "qpdf", "pdfinfo", "pdftotext"} {
		if _, err := exec.LookPath(name); err != nil {
			t.Skipf("%s not installed", name)
		}
	}
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "pages", "doc3.tiff"))
	if err != nil {
		t.Fatal(err)
	}
	// doc3.tiff's last directory ends the file: cutting into it leaves
	// pages 1 and 2 whole and page 3 unreachable.
	in := writeFile(t, "cut.tiff", data[:len(data)-100])
	var pages []Page
	for i := range 2 {
		p := testPage(pageText[i])
		p.Width, p.Height, p.DPI = 1654, 2339, 200
		pages = append(pages, p)
	}
	unread := Page{Width: 72, Height: 72, DPI: 72}
	var out bytes.Buffer
	if _, err := GraftTIFF(context.Background(), in, append(pages, unread), &out, Options{}); err != nil {
		t.Fatalf("GraftTIFF: %v; want the two good pages written", err)
	}
	path := writeFile(t, "out.pdf", out.Bytes())
	if info := string(tool(t, "pdfinfo", path)); !strings.Contains(info, "\nPages:           2\n") {
		t.Errorf("pdfinfo:\n%s\nwant 2 pages", info)
	}
	checkInPlace(t, path, pages)
}
