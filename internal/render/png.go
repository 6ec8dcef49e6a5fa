package render

import (
	"bytes"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"image"
	"image/color"
	"image/png"
	"io"
)

// WritePNG writes img as a PNG whose pHYs chunk records dpi, so OCR engines
// read the page at its true scale. A grey page holding only black and white
// pixels (see Binarize) is written with one bit per pixel; a colour page
// (FormPage's red seal) keeps its colours.
func WritePNG(path string, img image.Image, dpi int) error {
	return write(path, func(w io.Writer) error { return EncodePNG(w, img, dpi) })
}

// EncodePNG is WritePNG to a writer.
func EncodePNG(w io.Writer, img image.Image, dpi int) error {
	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	src := img
	if g, ok := img.(*image.Gray); ok && isBilevel(g) {
		src = toPaletted(g)
	}
	if err := enc.Encode(&buf, src); err != nil {
		return err
	}
	data := buf.Bytes()
	// The signature (8 bytes) and IHDR (4+4+13+4 bytes) always come first;
	// pHYs must come before the image data, so it goes right after IHDR.
	const ihdrEnd = 8 + 25
	if len(data) < ihdrEnd || string(data[12:16]) != "IHDR" {
		return errors.New("render: unexpected PNG encoder output")
	}
	if _, err := w.Write(data[:ihdrEnd]); err != nil {
		return err
	}
	if dpi > 0 {
		if _, err := w.Write(physChunk(dpi)); err != nil {
			return err
		}
	}
	_, err := w.Write(data[ihdrEnd:])
	return err
}

func physChunk(dpi int) []byte {
	ppm := uint32(float64(dpi)/0.0254 + 0.5)
	chunk := make([]byte, 4+4+9+4)
	binary.BigEndian.PutUint32(chunk[0:], 9)
	copy(chunk[4:], "pHYs")
	binary.BigEndian.PutUint32(chunk[8:], ppm)
	binary.BigEndian.PutUint32(chunk[12:], ppm)
	chunk[16] = 1 // unit: metre
	binary.BigEndian.PutUint32(chunk[17:], crc32.ChecksumIEEE(chunk[4:17]))
	return chunk
}

// Binarize returns a copy of img with every pixel darker than threshold made
// black and the rest white, the look of a 1-bit office scan.
func Binarize(img *image.Gray, threshold uint8) *image.Gray {
	out := image.NewGray(img.Bounds())
	for i, v := range img.Pix {
		if v < threshold {
			out.Pix[i] = 0
		} else {
			out.Pix[i] = 255
		}
	}
	return out
}

func isBilevel(img *image.Gray) bool {
	for _, v := range img.Pix {
		if v != 0 && v != 255 {
			return false
		}
	}
	return true
}

func toPaletted(img *image.Gray) *image.Paletted {
	b := img.Bounds()
	out := image.NewPaletted(b, color.Palette{color.Gray{Y: 0}, color.Gray{Y: 255}})
	for y := b.Min.Y; y < b.Max.Y; y++ {
		row := img.Pix[(y-b.Min.Y)*img.Stride:]
		orow := out.Pix[(y-b.Min.Y)*out.Stride:]
		for x := 0; x < b.Dx(); x++ {
			if row[x] != 0 {
				orow[x] = 1
			}
		}
	}
	return out
}
