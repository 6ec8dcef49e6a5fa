package ocr

import (
	"bytes"
	"context"
	"image"
	"image/jpeg"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/image/tiff"

	"github.com/vidoc/vidoc/internal/input"
)

// FuzzDecodePage reads arbitrary bytes as a scan is read: input opens
// the file (sniffing, header checks, the pixel limit) and hands each page
// to the one decode of a page (leptonica, in C). A hostile scan must give
// an error, never a crash of the process, and a page it does decode is a
// page of pixels. Seeds are tiny images of each kind, a TIFF with a strip
// past its end, and cuts of them; testdata/fuzz holds a TIFF of 12 336 ×
// 12 336 pixels of four samples, which took 20 s and 600 MB to decode
// before input's limit refused it.
func FuzzDecodePage(f *testing.F) {
	img := image.NewGray(image.Rect(0, 0, 16, 8))
	for i := range img.Pix {
		img.Pix[i] = byte(i * 7)
	}
	var p, j, t bytes.Buffer
	if err := png.Encode(&p, img); err != nil {
		f.Fatal(err)
	}
	if err := jpeg.Encode(&j, img, nil); err != nil {
		f.Fatal(err)
	}
	if err := tiff.Encode(&t, img, &tiff.Options{Compression: tiff.Deflate}); err != nil {
		f.Fatal(err)
	}
	for _, b := range [][]byte{p.Bytes(), j.Bytes(), t.Bytes(), greyTIFF(2, map[int]bool{2: true})} {
		f.Add(b)
		f.Add(b[:len(b)*2/3])
	}
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(dir, "page")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		ctx := context.Background()
		doc, err := input.Open(ctx, path, input.Options{})
		if err != nil || doc.Format == input.PDF {
			return // PDF pages are poppler's to rasterize, not decoded here
		}
		for n := 1; n <= min(doc.Count, 3); n++ {
			page, err := doc.Page(ctx, n)
			if err != nil {
				continue
			}
			pix, err := decodePage(page)
			if err != nil {
				continue
			}
			g, err := pix.goImage()
			// Any decoded page is measured for small print (and
			// enlarged, bounded) without failing or crashing.
			big, ok, eerr := enlarge(pix)
			if eerr != nil {
				t.Fatalf("page %d: measuring its print: %v", n, eerr)
			}
			if ok {
				big.free()
			}
			pix.free()
			if err == nil && (g.Bounds().Dx() <= 0 || g.Bounds().Dy() <= 0) {
				t.Fatalf("page %d decoded as %v", n, g.Bounds())
			}
		}
	})
}

// Grey pixels whose size overflows to the length given (2³² × 2³² is 0 in
// 64 bits) are refused, not read from an empty slice.
func TestGreyPixRefusesOverflowingSize(t *testing.T) {
	if pix, err := greyPix([]byte{0}, 1, 1, false); err != nil {
		t.Skipf("no pixels without leptonica: %v", err)
	} else {
		pix.free()
	}
	for _, c := range []struct {
		w, h int
		grey []byte
	}{{1 << 32, 1 << 32, nil}, {1 << 32, 1 << 32, []byte{}}, {3, 2, make([]byte, 5)}, {0, 0, nil}} {
		if pix, err := greyPix(c.grey, c.w, c.h, false); err == nil {
			pix.free()
			t.Errorf("%d × %d with %d bytes accepted", c.w, c.h, len(c.grey))
		}
	}
}
