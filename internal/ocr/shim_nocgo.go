//go:build !cgo

package ocr

import (
	"errors"
	"image"

	"github.com/vidoc/vidoc/internal/input"
)

var errNoCgo = errors.New("OCR requires cgo, Tesseract and leptonica (build with CGO_ENABLED=1)")

type osdDetector struct{}

func newOSD() (*osdDetector, error) { return nil, errNoCgo }

func (o *osdDetector) close() {}

func pagesDecoded() int64 { return 0 }

type pixImage struct{}

func (p *pixImage) free() {}

func (p *pixImage) setResolution(dpi int) {}

func decodePage(page input.Page) (*pixImage, error) { return nil, errNoCgo }

func greyPix(grey []byte, w, h int, page bool) (*pixImage, error) { return nil, errNoCgo }

func (p *pixImage) goImage() (image.Image, error) { return nil, errNoCgo }

func (p *pixImage) whiten(r image.Rectangle) error { return errNoCgo }

type prepared struct {
	image          *pixImage
	width, height  int
	rotation       int
	orientationCnf float64
	skew           float64
}

func prepare(osd *osdDetector, deskew bool, img *pixImage, dpi int) (prepared, error) {
	return prepared{}, errNoCgo
}

func (p *pixImage) upscaled(f float64) (*pixImage, error) { return nil, errNoCgo }

func (p *pixImage) glyphHeights(halved bool) ([]int, error) { return nil, errNoCgo }

func (p *pixImage) size() (int, int) { return 0, 0 }
