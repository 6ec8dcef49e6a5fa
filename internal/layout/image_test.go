package layout

import (
	"bytes"
	"context"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"testing"

	"golang.org/x/image/tiff"

	"github.com/vidoc/vidoc/internal/input"
	"github.com/vidoc/vidoc/internal/ocr"
)

// engineTIFFs are the page images the engine keeps for layout (leptonica's
// uncompressed TIFFs) of a small colour form and of its grey copy.
func engineTIFFs(t *testing.T) map[string][]byte {
	t.Helper()
	colour, _ := colourForm(t, testForm(), 100)
	e, err := ocr.NewEngine(ocr.Options{NoUpright: true, KeepImage: true})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	out := map[string][]byte{}
	for name, img := range map[string]image.Image{"colour": colour, "grey": greyOf(colour)} {
		var buf bytes.Buffer
		if err := png.Encode(&buf, img); err != nil {
			t.Fatal(err)
		}
		b := img.Bounds()
		res, err := e.Recognize(context.Background(), input.Page{Source: name + ".png", Number: 1, Count: 1, Encoding: "png",
			Image: buf.Bytes(), Width: b.Dx(), Height: b.Dy(), DPI: 100})
		if err != nil {
			t.Fatal(err)
		}
		out[name] = res.Image
	}
	return out
}

// TestDecodeImageAsTIFFPackage: the page images the engine writes, and
// the same pixels laid out otherwise (strips of a few rows, big-endian,
// as tiffcp rewrites them; one strip from input.EncodeGreyTIFF), decode
// by copying their strips to the very image x/image/tiff gives; other
// TIFFs (compressed, with alpha, 1-bit) are left to x/image/tiff.
func TestDecodeImageAsTIFFPackage(t *testing.T) {
	if testing.Short() {
		t.Skip("reads two pages with Tesseract")
	}
	cases := engineTIFFs(t)
	grey := greyOf(image.NewRGBA(image.Rect(0, 0, 37, 23)))
	for i := range grey.Pix {
		grey.Pix[i] = uint8(i * 7)
	}
	var err error
	if cases["input-grey"], err = input.EncodeGreyTIFF(grey.Pix, 37, 23, 300); err != nil {
		t.Fatal(err)
	}
	if _, err := exec.LookPath("tiffcp"); err == nil {
		dir := t.TempDir()
		for _, name := range []string{"colour", "grey"} {
			in, out := filepath.Join(dir, name+".tiff"), filepath.Join(dir, name+"-strips.tiff")
			if err := os.WriteFile(in, cases[name], 0o644); err != nil {
				t.Fatal(err)
			}
			if msg, err := exec.Command("tiffcp", "-B", "-c", "none", "-r", "7", in, out).CombinedOutput(); err != nil {
				t.Fatalf("tiffcp: %v\n%s", err, msg)
			}
			if cases[name+"-strips"], err = os.ReadFile(out); err != nil {
				t.Fatal(err)
			}
		}
	} else {
		t.Log("tiffcp is not installed (Debian package libtiff-tools): strips of a few rows not tried")
	}
	for name, data := range cases {
		fast, ok := decodePlainTIFF(data)
		if !ok {
			t.Errorf("%s: not decoded by copying", name)
			continue
		}
		want, err := tiff.Decode(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(fast, want) {
			t.Errorf("%s: %T %v differs from x/image/tiff's %T %v", name, fast, fast.Bounds(), want, want.Bounds())
		}
	}

	// Left to x/image/tiff, and decoded all the same.
	rgba := image.NewRGBA(grey.Bounds())
	draw.Draw(rgba, rgba.Bounds(), grey, image.Point{}, draw.Src)
	bilevel := image.NewPaletted(grey.Bounds(), []color.Color{color.Black, color.White})
	for name, c := range map[string]struct {
		img  image.Image
		opts *tiff.Options
	}{
		"deflate": {grey, &tiff.Options{Compression: tiff.Deflate}},
		"alpha":   {rgba, nil},
		"1-bit":   {bilevel, nil},
	} {
		var buf bytes.Buffer
		if err := tiff.Encode(&buf, c.img, c.opts); err != nil {
			t.Fatal(err)
		}
		if _, ok := decodePlainTIFF(buf.Bytes()); ok {
			t.Errorf("%s: decoded by copying", name)
		}
		if _, err := DecodeImage(buf.Bytes()); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
	for _, bad := range [][]byte{nil, []byte("II*\x00"), []byte("II*\x00\xff\xff\xff\xff"), cases["grey"][:len(cases["grey"])/2]} {
		if _, ok := decodePlainTIFF(bad); ok {
			t.Errorf("%q…: decoded", bad[:min(len(bad), 8)])
		}
	}
}
