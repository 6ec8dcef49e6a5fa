package render

import (
	"bytes"
	"encoding/binary"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/image/tiff"
)

const sample = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nỦy ban nhân dân xã ban hành kế hoạch hòa giải ở cơ sở."

func smallOptions() Options {
	o := DefaultOptions()
	o.DPI = 100
	o.PageWidthMM, o.PageHeightMM = 105, 148
	o.MarginMM = 10
	return o
}

func TestPagesDeterministic(t *testing.T) {
	a, err := Pages(sample, smallOptions())
	if err != nil {
		t.Fatal(err)
	}
	b, err := Pages(sample, smallOptions())
	if err != nil {
		t.Fatal(err)
	}
	if len(a) != 1 || len(b) != 1 {
		t.Fatalf("got %d and %d pages, want 1", len(a), len(b))
	}
	if !bytes.Equal(a[0].Pix, b[0].Pix) {
		t.Error("the same text rendered twice gives different pixels")
	}
	if got, want := a[0].Bounds().Dx(), mmToPx(105, 100); got != want {
		t.Errorf("page width %d px, want %d", got, want)
	}
	if inkRows(a[0]) == 0 {
		t.Error("nothing drawn")
	}
}

// inkRows counts pixel rows holding any dark pixel.
func inkRows(img *image.Gray) int {
	n := 0
	for y := 0; y < img.Bounds().Dy(); y++ {
		for _, v := range img.Pix[y*img.Stride : y*img.Stride+img.Bounds().Dx()] {
			if v < 128 {
				n++
				break
			}
		}
	}
	return n
}

func TestPagesWrapsWithinMargins(t *testing.T) {
	opts := smallOptions()
	long := strings.Repeat("tổ chức thực hiện kế hoạch ", 40)
	pages, err := Pages(long, opts)
	if err != nil {
		t.Fatal(err)
	}
	margin := mmToPx(opts.MarginMM, opts.DPI)
	for n, p := range pages {
		b := p.Bounds()
		for y := 0; y < b.Dy(); y++ {
			for x := 0; x < b.Dx(); x++ {
				if p.Pix[y*p.Stride+x] < 128 && (x < margin-2 || x >= b.Dx()-margin+2) {
					t.Fatalf("page %d: ink at x=%d outside the margins", n+1, x)
				}
			}
		}
	}
	if len(pages) < 2 {
		t.Errorf("a text longer than a page gave %d page(s)", len(pages))
	}
}

func TestPagesFormFeedStartsPage(t *testing.T) {
	pages, err := Pages("trang một\f\ftrang ba", smallOptions())
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) != 3 {
		t.Fatalf("got %d pages, want 3", len(pages))
	}
	if inkRows(pages[1]) != 0 {
		t.Error("the empty page between two form feeds has ink")
	}
}

func TestPagesRefusesFontWithoutVietnamese(t *testing.T) {
	const old = "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf"
	if _, err := os.Stat(old); err != nil {
		t.Skip("no Liberation Serif installed")
	}
	opts := smallOptions()
	opts.FontPath = old
	_, err := Pages("Độc lập", opts)
	if err == nil {
		// Liberation 2.x has the glyphs; then rendering must simply work.
		t.Log("this Liberation Serif has Vietnamese glyphs")
		return
	}
	if !strings.Contains(err.Error(), "no glyph") {
		t.Errorf("error %q does not say a glyph is missing", err)
	}
}

func TestPagesBadOptions(t *testing.T) {
	for name, mod := range map[string]func(*Options){
		"missing font": func(o *Options) { o.FontPath = "/nonexistent/font.ttf" },
		"huge margins": func(o *Options) { o.MarginMM = 200 },
		"dpi":          func(o *Options) { o.DPI = 5 },
	} {
		o := smallOptions()
		mod(&o)
		if _, err := Pages("chữ", o); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func TestWritePNGRecordsDPI(t *testing.T) {
	pages, err := Pages(sample, smallOptions())
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, tc := range []struct {
		name  string
		img   *image.Gray
		depth byte
	}{{"gray.png", pages[0], 8}, {"bilevel.png", Binarize(pages[0], 128), 1}} {
		path := filepath.Join(dir, tc.name)
		if err := WritePNG(path, tc.img, 254); err != nil {
			t.Fatal(err)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if data[24] != tc.depth {
			t.Errorf("%s: bit depth %d, want %d", tc.name, data[24], tc.depth)
		}
		i := bytes.Index(data, []byte("pHYs"))
		if i < 0 {
			t.Fatalf("%s: no pHYs chunk", tc.name)
		}
		if ppm := binary.BigEndian.Uint32(data[i+4:]); ppm != 10000 {
			t.Errorf("%s: %d pixels per metre, want 10000 (254 dpi)", tc.name, ppm)
		}
		img, err := png.Decode(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if img.Bounds() != tc.img.Bounds() {
			t.Errorf("%s: bounds %v, want %v", tc.name, img.Bounds(), tc.img.Bounds())
		}
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("temporary files left behind: %v", entries)
	}
}

func TestWriteTIFFMultiPage(t *testing.T) {
	pages, err := Pages("một\ftrang hai\fba", smallOptions())
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []TIFFCompression{TIFFDeflate, TIFFJPEG, TIFFNone} {
		var buf bytes.Buffer
		if err := EncodeTIFF(&buf, pages, 100, c); err != nil {
			t.Fatal(err)
		}
		if n := countIFDs(t, buf.Bytes()); n != 3 {
			t.Errorf("compression %d: %d pages in the file, want 3", c, n)
		}
		if c == TIFFJPEG {
			continue // x/image/tiff does not read JPEG-in-TIFF; the input package's tests do
		}
		img, err := tiff.Decode(bytes.NewReader(buf.Bytes()))
		if err != nil {
			t.Fatalf("compression %d: %v", c, err)
		}
		g, ok := img.(*image.Gray)
		if !ok || !bytes.Equal(g.Pix, pages[0].Pix) {
			t.Errorf("compression %d: first page does not decode to the rendered pixels", c)
		}
	}
	if tiffinfo, err := exec.LookPath("tiffinfo"); err == nil {
		path := filepath.Join(t.TempDir(), "d.tiff")
		if err := WriteTIFF(path, pages, 100, TIFFJPEG); err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command(tiffinfo, "-D", path).CombinedOutput()
		if err != nil || strings.Count(string(out), "Resolution: 100, 100 pixels/inch") != 3 {
			t.Errorf("tiffinfo: %v\n%s", err, out)
		}
	}
}

func countIFDs(t *testing.T, data []byte) int {
	t.Helper()
	le := binary.LittleEndian
	n := 0
	for off := le.Uint32(data[4:]); off != 0; n++ {
		entries := le.Uint16(data[off:])
		off = le.Uint32(data[int(off)+2+12*int(entries):])
	}
	return n
}

func TestWritePDFImagesCarryDPI(t *testing.T) {
	pages, err := Pages("một\fhai", smallOptions())
	if err != nil {
		t.Fatal(err)
	}
	pages[1] = Binarize(pages[1], 128)
	path := filepath.Join(t.TempDir(), "scan.pdf")
	if err := WritePDF(path, pages, 100); err != nil {
		t.Fatal(err)
	}
	pdfimages, err := exec.LookPath("pdfimages")
	if err != nil {
		t.Skip("poppler-utils not installed")
	}
	out, err := exec.Command(pdfimages, "-list", path).CombinedOutput()
	if err != nil {
		t.Fatalf("pdfimages: %v\n%s", err, out)
	}
	var rows []string
	for _, line := range strings.Split(string(out), "\n") {
		if f := strings.Fields(line); len(f) > 13 && f[2] == "image" {
			rows = append(rows, f[0]+" "+f[7]+" "+f[12]+" "+f[13])
		}
	}
	want := []string{"1 8 100 100", "2 1 100 100"} // page, bits per component, x-ppi, y-ppi
	if strings.Join(rows, ";") != strings.Join(want, ";") {
		t.Errorf("pdfimages rows %q, want %q\n%s", rows, want, out)
	}
}

func TestWriteTextPDF(t *testing.T) {
	const font = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
	if _, err := os.Stat(font); err != nil {
		t.Skipf("DejaVu Serif not installed (Debian package fonts-dejavu-core): %v", err)
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext is not installed (Debian package poppler-utils)")
	}
	pages := [][]string{{"Quyết định về việc thành lập tổ công tác", "Điều 1. Thành lập tổ công tác liên ngành."}, {"Nơi nhận:"}}
	path := filepath.Join(t.TempDir(), "văn bản.pdf")
	if err := WriteTextPDF(path, pages, font); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-layout", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Fields(string(out))
	want := strings.Fields(strings.Join(pages[0], " ") + " " + strings.Join(pages[1], " "))
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("pdftotext gives\n%q\nwant\n%q", got, want)
	}
	if err := WriteTextPDF(path, nil, font); err == nil {
		t.Error("no pages: no error")
	}
}
