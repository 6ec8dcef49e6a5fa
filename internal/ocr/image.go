package ocr

import (
	"context"
	"encoding/binary"
	"fmt"
	"image"
	"image/color"
)

// RecognizeImage reads an image as it is (no turning, no deskew): a crop
// of a page that a later stage wants read again on its own, such as a
// column under a stamp with the stamp's colour taken out. Boxes are in the
// image's own coordinates, from its top-left corner. dpi is the resolution
// the image was scanned at (0 lets Tesseract estimate it).
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
	boxes, err := e.client.recognize(encodeGreyTIFF(img, dpi))
	if err != nil {
		return nil, fmt.Errorf("ocr: reading a %d×%d crop: %w", b.Dx(), b.Dy(), err)
	}
	res := assemble(boxes)
	res.Width, res.Height, res.Page, res.Pages, res.DPI = b.Dx(), b.Dy(), 1, 1, dpi
	return res, nil
}

// encodeGreyTIFF writes img as an uncompressed 8-bit grey TIFF carrying
// its resolution (PNM and Go's encoders cannot say it, and Tesseract then
// guesses the resolution and says so on stderr).
func encodeGreyTIFF(img image.Image, dpi int) []byte {
	b := img.Bounds()
	w, h := b.Dx(), b.Dy()
	if dpi <= 0 {
		dpi = 300
	}
	const entries = 12
	ifd := 8
	res := ifd + 2 + entries*12 + 4 // the two resolution rationals
	data := res + 16
	out := make([]byte, data, data+w*h)
	le := binary.LittleEndian
	copy(out, "II*\x00")
	le.PutUint32(out[4:], uint32(ifd))
	le.PutUint16(out[ifd:], entries)
	tag := func(k int, id, typ uint16, value uint32) {
		e := out[ifd+2+k*12:]
		le.PutUint16(e, id)
		le.PutUint16(e[2:], typ)
		le.PutUint32(e[4:], 1)
		if typ == 3 {
			le.PutUint16(e[8:], uint16(value))
		} else {
			le.PutUint32(e[8:], value)
		}
	}
	const short, long, rational = 3, 4, 5
	tag(0, 256, long, uint32(w))
	tag(1, 257, long, uint32(h))
	tag(2, 258, short, 8) // bits per sample
	tag(3, 259, short, 1) // no compression
	tag(4, 262, short, 1) // black is zero
	tag(5, 273, long, uint32(data))
	tag(6, 277, short, 1) // samples per pixel
	tag(7, 278, long, uint32(h))
	tag(8, 279, long, uint32(w*h))
	tag(9, 282, rational, uint32(res))
	tag(10, 283, rational, uint32(res+8))
	tag(11, 296, short, 2) // inches
	for _, off := range []int{res, res + 8} {
		le.PutUint32(out[off:], uint32(dpi))
		le.PutUint32(out[off+4:], 1)
	}
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			out = append(out, color.GrayModel.Convert(img.At(x, y)).(color.Gray).Y)
		}
	}
	return out
}
