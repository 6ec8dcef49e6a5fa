package ocr

import (
	"context"
	"fmt"
	"image"
	"image/color"
)

// RecognizeImage reads an image as it is (no turning, no deskew): a crop
// of a page that a later stage wants read again on its own, such as a
// column under a stamp with the stamp's colour taken out. Boxes are in the
// image's own coordinates, from its top-left corner. dpi is the resolution
// the image was scanned at; with 0 it is read as 300 dpi, the resolution of
// administrative scans, and the result's DPI stays 0.
func (e *Engine) RecognizeImage(ctx context.Context, img image.Image, dpi int) (*Result, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if e.client == nil {
		return nil, fmt.Errorf("ocr: engine is closed")
	}
	b := img.Bounds()
	if b.Empty() {
		return &Result{}, nil
	}
	pixDPI := dpi
	if pixDPI <= 0 {
		pixDPI = 300 // what Tesseract would assume, without the warning
	}
	crop, err := greyPix(greyPixels(img), b.Dx(), b.Dy(), false)
	if err != nil {
		return nil, fmt.Errorf("ocr: a %d×%d crop: %w", b.Dx(), b.Dy(), err)
	}
	defer crop.free()
	crop.setResolution(pixDPI)
	boxes, err := e.client.recognize(crop)
	if err != nil {
		return nil, fmt.Errorf("ocr: reading a %d×%d crop: %w", b.Dx(), b.Dy(), err)
	}
	res := assemble(boxes)
	res.Width, res.Height, res.Page, res.Pages, res.DPI = b.Dx(), b.Dy(), 1, 1, dpi
	return res, nil
}

// greyPixels is img as 8-bit grey bytes, row by row, handed to leptonica
// as they are (no encoding) with the resolution set on the page, which
// Tesseract otherwise guesses (and says so on stderr).
func greyPixels(img image.Image) []byte {
	b := img.Bounds()
	if g, ok := img.(*image.Gray); ok && g.Stride == b.Dx() {
		return g.Pix[:b.Dx()*b.Dy()]
	}
	pix := make([]byte, 0, b.Dx()*b.Dy())
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			pix = append(pix, color.GrayModel.Convert(img.At(x, y)).(color.Gray).Y)
		}
	}
	return pix
}
