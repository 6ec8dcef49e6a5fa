package input

import (
	"bytes"
	"errors"
	"testing"
)

// FuzzSniff feeds arbitrary bytes to what reads a file before any pixel is
// decoded: format sniffing and the PNG, JPEG and TIFF header readers. A
// hostile file must give an error, never a panic, and a size they accept
// is a real one.
func FuzzSniff(f *testing.F) {
	f.Add([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x00\x00\x00\x00\x00\x00\x00\x00"))
	f.Add([]byte{0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0, 1, 1, 1, 0, 0x48, 0, 0x48, 0, 0})
	f.Add([]byte("II*\x00\x08\x00\x00\x00\x02\x00\x00\x01\x03\x00\x01\x00\x00\x00\x10\x00\x00\x00\x01\x01\x03\x00\x01\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00"))
	f.Add([]byte("MM\x00*\x00\x00\x00\x08\x00\x00"))
	f.Add([]byte("junk before %PDF-1.4\n"))
	f.Fuzz(func(t *testing.T, head []byte) {
		format, ok := Sniff(head)
		if !ok && format != "" {
			t.Fatalf("sniff gave format %q but not ok", format)
		}
		if info, err := pngInfo(head); err == nil {
			plausibleDPI(info)
		} else if !errors.Is(err, ErrCorrupt) {
			t.Fatalf("pngInfo: error %v is not ErrCorrupt", err)
		}
		if info, err := jpegInfo(head); err == nil {
			if info.Width <= 0 || info.Height <= 0 {
				t.Fatalf("jpegInfo accepted a %dx%d page", info.Width, info.Height)
			}
			plausibleDPI(info)
		}
		jpegComplete(head)
		pngComplete(head)
		pages, err := tiffInfo(bytes.NewReader(head), int64(len(head)))
		if err == nil && len(pages) == 0 {
			t.Fatal("tiffInfo: no error and no pages")
		}
		for i, p := range pages {
			if p.Width <= 0 || p.Height <= 0 {
				t.Fatalf("tiffInfo accepted page %d of %dx%d", i+1, p.Width, p.Height)
			}
			plausibleDPI(p)
		}
	})
}

// FuzzParsePGM feeds arbitrary bytes to the reader of pdftoppm's rasters:
// what it accepts must hold exactly the pixels its header claims.
func FuzzParsePGM(f *testing.F) {
	f.Add([]byte("P5\n3 2\n255\n\x00\x01\x02\x03\x04\x05"))
	f.Add([]byte("P5 # comment\n1 1 255 \xff"))
	f.Add([]byte("P5\n4294967296 4294967296\n255\n"))
	f.Add([]byte("P5\n9223372036854775807 2\n255\n\x00\x00"))
	f.Add([]byte("P5\n2 2\n65535\n\x00\x00\x00\x00\x00\x00\x00\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		w, h, pix, err := parsePGM(data)
		if err != nil {
			return
		}
		if w <= 0 || h <= 0 || len(pix)%w != 0 || len(pix)/w != h {
			t.Fatalf("accepted %d × %d pixels with %d bytes", w, h, len(pix))
		}
	})
}
