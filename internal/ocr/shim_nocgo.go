//go:build !cgo

package ocr

import "errors"

var errNoCgo = errors.New("OCR requires cgo, Tesseract and leptonica (build with CGO_ENABLED=1)")

type osdDetector struct{}

func newOSD() (*osdDetector, error) { return nil, errNoCgo }

func (o *osdDetector) close() {}

type prepared struct {
	image          []byte
	width, height  int
	rotation       int
	orientationCnf float64
	skew           float64
}

func prepare(osd *osdDetector, deskew bool, image []byte, dpi int) (prepared, error) {
	return prepared{}, errNoCgo
}
