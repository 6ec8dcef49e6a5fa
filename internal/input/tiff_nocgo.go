//go:build !cgo

package input

import "errors"

func readTIFFPage(path string, index int) ([]byte, error) {
	return nil, errors.New("reading TIFF pages requires cgo and leptonica (build with CGO_ENABLED=1)")
}
