package render

import "image"

// Turn returns img turned clockwise by quarters quarter turns (0–3; any
// other count is taken modulo 4), as a page fed to a scanner sideways or
// upside down: what orientation detection must undo. The result's bounds
// start at (0, 0).
func Turn(img *image.Gray, quarters int) *image.Gray {
	for n := ((quarters % 4) + 4) % 4; n > 0; n-- {
		b := img.Bounds()
		r := image.NewGray(image.Rect(0, 0, b.Dy(), b.Dx()))
		for y := 0; y < b.Dy(); y++ {
			row := img.Pix[y*img.Stride : y*img.Stride+b.Dx()]
			for x, v := range row {
				// (x, y) goes to (h-1-y, x) in a quarter turn clockwise.
				r.Pix[x*r.Stride+b.Dy()-1-y] = v
			}
		}
		img = r
	}
	return img
}
