package layout

import (
	"bytes"
	"fmt"
	"image"

	"golang.org/x/image/tiff"
)

// DecodeImage decodes ocr.Result.Image, the uncompressed TIFF the OCR
// engine read, for Analyze.
func DecodeImage(data []byte) (image.Image, error) {
	img, err := tiff.Decode(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("layout: decoding the page image: %w", err)
	}
	return img, nil
}
