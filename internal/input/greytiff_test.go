package input

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestEncodeGreyTIFF decodes what EncodeGreyTIFF writes with two readers
// of their own: the pixels and size with Go's TIFF decoder, the resolution
// with ImageMagick's identify (when installed).
func TestEncodeGreyTIFF(t *testing.T) {
	const w, h = 5, 3
	pix := make([]byte, w*h)
	for i := range pix {
		pix[i] = byte(i * 17)
	}
	for _, dpi := range []int{0, 150, 300} {
		data, err := EncodeGreyTIFF(pix, w, h, dpi)
		if err != nil {
			t.Fatalf("%d dpi: %v", dpi, err)
		}
		g := decodeGray(t, Page{Encoding: "tiff", Image: data})
		if g.Bounds().Dx() != w || g.Bounds().Dy() != h || !bytes.Equal(g.Pix, pix) {
			t.Errorf("%d dpi: decoded %v %v, want %d × %d %v", dpi, g.Bounds(), g.Pix, w, h, pix)
		}
		identify, err := exec.LookPath("identify")
		if err != nil {
			continue
		}
		p := filepath.Join(t.TempDir(), "page.tiff")
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command(identify, "-format", "%w %h %x %U", p).Output()
		if err != nil {
			t.Fatalf("%d dpi: identify: %v", dpi, err)
		}
		got := strings.Join(strings.Fields(string(out)), " ")
		if dpi > 0 {
			if want := "5 3 " + strconv.Itoa(dpi) + " PixelsPerInch"; got != want {
				t.Errorf("%d dpi: identify says %q, want %q", dpi, got, want)
			}
		} else if !strings.HasPrefix(got, "5 3 ") {
			t.Errorf("no resolution: identify says %q", got)
		}
	}
	for _, bad := range []struct{ n, w, h int }{{14, 5, 3}, {16, 5, 3}, {0, 0, 0}, {4, -2, -2}} {
		if _, err := EncodeGreyTIFF(make([]byte, bad.n), bad.w, bad.h, 300); err == nil {
			t.Errorf("%d bytes for %d × %d accepted", bad.n, bad.w, bad.h)
		}
	}
}
