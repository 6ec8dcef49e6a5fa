package render

import (
	"bytes"
	"image"
	"testing"
)

// Scanner noise is drawn only in and around the header columns, by seed:
// the same seed the same marks, another seed other marks, seed 0 none.
func TestFormPageHeaderNoise(t *testing.T) {
	opts := formOptions()
	opts.DPI = 150
	draw := func(seed uint64) *image.RGBA {
		f := testForm()
		f.HeaderLeft = append(f.HeaderLeft, "", "V/v kiểm tra")
		f.HeaderNoise = seed
		img, _, err := FormPage(f, opts)
		if err != nil {
			t.Fatal(err)
		}
		return img
	}
	clean := draw(0)
	// The title's top: four header rows and the slot under them.
	face, err := loadFace(opts.withDefaults(), "")
	if err != nil {
		t.Fatal(err)
	}
	defer face.Close()
	_, _, margin, lineHeight, _ := geometry(opts.withDefaults(), face)
	headerEnd := margin + 5*lineHeight
	changed := 0
	for _, seed := range []uint64{1, 2, 3, 4, 5} {
		noisy := draw(seed)
		if !bytes.Equal(noisy.Pix, draw(seed).Pix) {
			t.Fatalf("seed %d drew two different pages", seed)
		}
		for y := range clean.Rect.Dy() {
			a := clean.Pix[y*clean.Stride : (y+1)*clean.Stride]
			b := noisy.Pix[y*noisy.Stride : (y+1)*noisy.Stride]
			if bytes.Equal(a, b) {
				continue
			}
			if y >= headerEnd {
				t.Fatalf("seed %d: noise at row %d, below the header (ends at %d)", seed, y, headerEnd)
			}
			changed++
		}
	}
	if changed == 0 {
		t.Error("no seed drew any noise")
	}
	if !bytes.Equal(clean.Pix, draw(0).Pix) {
		t.Error("seed 0 drew noise")
	}
}
