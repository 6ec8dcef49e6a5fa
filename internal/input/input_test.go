package input

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

const pagesDir = "../../testdata/pages"

func open(t *testing.T, path string, opts Options) *Document {
	t.Helper()
	doc, err := Open(context.Background(), path, opts)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// decodeGray decodes a page's image (Go decoders know PNG; a PDF page
// comes as grey pixels) for comparisons.
func decodeGray(t *testing.T, p Page) *image.Gray {
	t.Helper()
	var img image.Image
	var err error
	switch p.Encoding {
	case "png":
		img, err = png.Decode(bytes.NewReader(p.Image))
	case Grey:
		if len(p.Image) != p.Width*p.Height {
			t.Fatalf("%s page %d: %d bytes of grey pixels for %d × %d", p.Source, p.Number, len(p.Image), p.Width, p.Height)
		}
		return &image.Gray{Pix: p.Image, Stride: p.Width, Rect: image.Rect(0, 0, p.Width, p.Height)}
	default:
		t.Fatalf("unexpected encoding %q", p.Encoding)
	}
	if err != nil {
		t.Fatalf("%s page %d: %v", p.Source, p.Number, err)
	}
	g := image.NewGray(img.Bounds())
	for y := img.Bounds().Min.Y; y < img.Bounds().Max.Y; y++ {
		for x := img.Bounds().Min.X; x < img.Bounds().Max.X; x++ {
			g.Set(x, y, color.GrayModel.Convert(img.At(x, y)))
		}
	}
	return g
}

func TestOpenCommittedPages(t *testing.T) {
	for _, tc := range []struct {
		file          string
		format        Format
		count, w, dpi int
	}{
		{"page1.png", PNG, 1, 2480, 300},
		{"doc3.tiff", TIFF, 3, 1654, 200},
		{"doc3-jpeg.tiff", TIFF, 3, 1654, 200},
		{"doc3.pdf", PDF, 3, 2480, 300},
	} {
		doc := open(t, filepath.Join(pagesDir, tc.file), Options{})
		if doc.Format != tc.format || doc.Count != tc.count {
			t.Errorf("%s: format %s count %d, want %s %d", tc.file, doc.Format, doc.Count, tc.format, tc.count)
		}
		var numbers []int
		err := doc.Pages(context.Background(), func(p Page) error {
			numbers = append(numbers, p.Number)
			if p.Width != tc.w || p.DPI != tc.dpi || p.Count != tc.count || p.Source != doc.Path {
				t.Errorf("%s page %d: width %d dpi %d count %d, want %d %d %d", tc.file, p.Number, p.Width, p.DPI, p.Count, tc.w, tc.dpi, tc.count)
			}
			if tc.format == TIFF {
				// Read by OCR from the file, decoded once there.
				if p.Image != nil || p.Encoding != "tiff" || p.Index != p.Number-1 {
					t.Errorf("%s page %d: %s, %d bytes, index %d; want the page left in the file", tc.file, p.Number, p.Encoding, len(p.Image), p.Index)
				}
				return nil
			}
			if g := decodeGray(t, p); g.Bounds().Dx() != p.Width || g.Bounds().Dy() != p.Height {
				t.Errorf("%s page %d: decoded %v, header said %dx%d", tc.file, p.Number, g.Bounds(), p.Width, p.Height)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if len(numbers) != tc.count || numbers[0] != 1 || numbers[len(numbers)-1] != tc.count {
			t.Errorf("%s: pages %v", tc.file, numbers)
		}
	}
}

func badInputs(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := map[string]string{}
	write := func(name string, data []byte) {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		files[name] = path
	}
	write("empty.png", nil)
	write("text.png", []byte("Đây là một tệp văn bản, không phải ảnh.\n"))

	img := image.NewGray(image.Rect(0, 0, 400, 300))
	for i := range img.Pix {
		img.Pix[i] = uint8(i * 7)
	}
	var j bytes.Buffer
	if err := jpeg.Encode(&j, img, &jpeg.Options{Quality: 90}); err != nil {
		t.Fatal(err)
	}
	write("truncated.jpg", j.Bytes()[:j.Len()/2])
	write("trailer.jpg", append(bytes.Clone(j.Bytes()), "camera trailer"...))
	var p bytes.Buffer
	if err := png.Encode(&p, img); err != nil {
		t.Fatal(err)
	}
	write("truncated.png", p.Bytes()[:p.Len()/2])
	write("bomb.png", bombPNG(30000, 30000))
	tiffData, err := os.ReadFile(filepath.Join(pagesDir, "doc3.tiff"))
	if err != nil {
		t.Fatal(err)
	}
	write("truncated.tiff", tiffData[:len(tiffData)/2])

	folder := filepath.Join(dir, "folder.png")
	if err := os.Mkdir(folder, 0o755); err != nil {
		t.Fatal(err)
	}
	files["folder.png"] = folder
	files["missing.png"] = filepath.Join(dir, "missing.png")
	if qpdf, err := exec.LookPath("qpdf"); err == nil {
		out := filepath.Join(dir, "encrypted.pdf")
		cmd := exec.Command(qpdf, "--encrypt", "user-secret", "owner-secret", "256", "--", filepath.Join(pagesDir, "doc3.pdf"), out)
		if msg, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("qpdf: %v\n%s", err, msg)
		}
		files["encrypted.pdf"] = out
	}
	return files
}

// bombPNG is a small, valid PNG whose header claims w×h pixels: a
// decompression bomb's shape. Its data stream holds one row only.
func bombPNG(w, h uint32) []byte {
	var buf bytes.Buffer
	buf.WriteString("\x89PNG\r\n\x1a\n")
	chunk := func(typ string, data []byte) {
		binary.Write(&buf, binary.BigEndian, uint32(len(data)))
		c := append([]byte(typ), data...)
		buf.Write(c)
		binary.Write(&buf, binary.BigEndian, crc32.ChecksumIEEE(c))
	}
	ihdr := make([]byte, 13)
	binary.BigEndian.PutUint32(ihdr, w)
	binary.BigEndian.PutUint32(ihdr[4:], h)
	ihdr[8], ihdr[9] = 8, 0 // 8-bit gray
	chunk("IHDR", ihdr)
	chunk("IDAT", []byte{0x78, 0x9c, 0x63, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01})
	chunk("IEND", nil)
	return buf.Bytes()
}

func TestBadInputsNameTheFile(t *testing.T) {
	files := badInputs(t, t.TempDir())
	want := map[string]error{
		"empty.png":      ErrCorrupt,
		"text.png":       ErrUnsupported,
		"truncated.jpg":  ErrCorrupt,
		"truncated.png":  ErrCorrupt,
		"truncated.tiff": ErrCorrupt,
		"bomb.png":       ErrTooLarge,
		"encrypted.pdf":  ErrEncrypted,
		"folder.png":     nil,
		"missing.png":    os.ErrNotExist,
	}
	if _, ok := files["encrypted.pdf"]; !ok {
		t.Log("qpdf not installed: encrypted PDF not tested")
	}
	// Data after the end-of-image marker does not make a JPEG broken.
	if err := readAll(files["trailer.jpg"]); err != nil {
		t.Errorf("JPEG with a trailer: %v", err)
	}
	delete(files, "trailer.jpg")
	for name, path := range files {
		err := readAll(path)
		if err == nil {
			t.Errorf("%s: no error", name)
			continue
		}
		var ie *Error
		if !errors.As(err, &ie) || ie.Path != path || !strings.Contains(err.Error(), path) {
			t.Errorf("%s: error %q does not name the file", name, err)
		}
		if w := want[name]; w != nil && !errors.Is(err, w) {
			t.Errorf("%s: error %q is not %v", name, err, w)
		}
		t.Logf("%s: %v", name, err)
	}
}

// readAll opens a file and reads every page, as the OCR command does.
func readAll(path string) error {
	ctx := context.Background()
	doc, err := Open(ctx, path, Options{})
	if err != nil {
		return err
	}
	return doc.Pages(ctx, func(Page) error { return nil })
}

func TestPixelLimitIsConfigurable(t *testing.T) {
	_, err := Open(context.Background(), filepath.Join(pagesDir, "page1.png"), Options{MaxPixels: 1_000_000})
	if !errors.Is(err, ErrTooLarge) {
		t.Errorf("a 8.7 MP page under a 1 MP limit: %v", err)
	}
	// A PDF is rasterized smaller instead of refused.
	doc := open(t, filepath.Join(pagesDir, "doc3.pdf"), Options{MaxPixels: 2_000_000})
	p, err := doc.Page(context.Background(), 2)
	if err != nil {
		t.Fatal(err)
	}
	if p.Width*p.Height > 2_000_000 || p.DPI >= 300 || !p.DPIEstimated {
		t.Errorf("PDF page under a 2 MP limit: %dx%d at %d dpi", p.Width, p.Height, p.DPI)
	}
	if g := decodeGray(t, p); g.Bounds().Dx()*g.Bounds().Dy() > 2_100_000 {
		t.Errorf("rasterized %v, over the limit", g.Bounds())
	}
}

func TestSniff(t *testing.T) {
	for head, want := range map[string]Format{
		"\x89PNG\r\n\x1a\n....": PNG,
		"\xff\xd8\xff\xe0":      JPEG,
		"II*\x00\x08\x00":       TIFF,
		"MM\x00*\x00\x00":       TIFF,
		"%PDF-1.7\n":            PDF,
		"\r\n%PDF-1.4":          PDF,
		"GIF89a":                "",
		"":                      "",
	} {
		if got, _ := Sniff([]byte(head)); got != want {
			t.Errorf("Sniff(%q) = %q, want %q", head, got, want)
		}
	}
}

func TestPlausibleDPI(t *testing.T) {
	for _, tc := range []struct {
		info pageInfo
		dpi  int
		est  bool
	}{
		{pageInfo{2480, 3508, 300}, 300, false},
		{pageInfo{1670, 2093, 72}, 202, true}, // a photocopy scan stating 72 dpi
		{pageInfo{1670, 2093, 0}, 202, true},
		{pageInfo{600, 200, 0}, 0, true}, // a snippet: let Tesseract estimate
	} {
		dpi, est := plausibleDPI(tc.info)
		if dpi != tc.dpi || est != tc.est {
			t.Errorf("plausibleDPI(%v) = %d %v, want %d %v", tc.info, dpi, est, tc.dpi, tc.est)
		}
	}
}

func TestRotatedPDFPageSize(t *testing.T) {
	qpdf, err := exec.LookPath("qpdf")
	if err != nil {
		t.Skip("qpdf not installed")
	}
	path := filepath.Join(t.TempDir(), "rotated.pdf")
	if msg, err := exec.Command(qpdf, "--rotate=+90:2", filepath.Join(pagesDir, "doc3.pdf"), path).CombinedOutput(); err != nil {
		t.Fatalf("qpdf: %v\n%s", err, msg)
	}
	doc := open(t, path, Options{MaxPixels: 3_000_000})
	p, err := doc.Page(context.Background(), 2)
	if err != nil {
		t.Fatal(err)
	}
	g := decodeGray(t, p)
	// pdftoppm rounds the page size its own way: allow a pixel or two.
	near := func(a, b int) bool { return a-b <= 2 && b-a <= 2 }
	if p.Width <= p.Height || !near(g.Bounds().Dx(), p.Width) || !near(g.Bounds().Dy(), p.Height) {
		t.Errorf("page turned by /Rotate: header %dx%d, rasterized %v", p.Width, p.Height, g.Bounds())
	}
}

func TestOptionsValidate(t *testing.T) {
	for _, o := range []Options{{}, {MaxPixels: 1}, {MaxPixels: DefaultMaxPixels, PDFDPI: 200}} {
		if err := o.Validate(); err != nil {
			t.Errorf("%+v: %v", o, err)
		}
	}
	for _, o := range []Options{{MaxPixels: -1}, {PDFDPI: -300}} {
		if err := o.Validate(); err == nil {
			t.Errorf("%+v accepted", o)
		}
	}
}
