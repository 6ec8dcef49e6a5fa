package render

import (
	"image"
	"image/color"
	"testing"
)

// A 3×2 image with distinct values, turned by quarter turns: each pixel
// lands where a clockwise turn puts it, four turns give the image back, and
// a sub-image (bounds not at the origin) turns as its own pixels.
func TestTurn(t *testing.T) {
	img := image.NewGray(image.Rect(0, 0, 3, 2))
	for y := 0; y < 2; y++ {
		for x := 0; x < 3; x++ {
			img.SetGray(x, y, color.Gray{Y: uint8(10*y + x)})
		}
	}
	// Clockwise: the bottom-left pixel (0, 1) = 10 comes to the top left.
	want := [][]uint8{{10, 0}, {11, 1}, {12, 2}}
	got := Turn(img, 1)
	if got.Bounds() != image.Rect(0, 0, 2, 3) {
		t.Fatalf("bounds %v", got.Bounds())
	}
	for y, row := range want {
		for x, v := range row {
			if g := got.GrayAt(x, y).Y; g != v {
				t.Errorf("quarter turn: (%d,%d) = %d, want %d", x, y, g, v)
			}
		}
	}
	if half := Turn(img, 2); half.GrayAt(0, 0).Y != 12 || half.GrayAt(2, 1).Y != 0 {
		t.Errorf("half turn: corners %d, %d", half.GrayAt(0, 0).Y, half.GrayAt(2, 1).Y)
	}
	for _, n := range []int{0, 4, -4} {
		back := Turn(img, n)
		for i := range img.Pix {
			if back.Pix[i] != img.Pix[i] {
				t.Fatalf("%d quarter turns changed the image", n)
			}
		}
	}
	if three, minus := Turn(img, 3), Turn(img, -1); string(three.Pix) != string(minus.Pix) {
		t.Errorf("3 and -1 quarter turns differ")
	}
	sub := img.SubImage(image.Rect(1, 0, 3, 2)).(*image.Gray)
	if got := Turn(sub, 1); got.GrayAt(0, 0).Y != 11 || got.GrayAt(1, 1).Y != 2 {
		t.Errorf("sub-image turned wrong: %v", got.Pix)
	}
}
