package render

import (
	"image"
	"image/jpeg"
	"os"
)

// WriteJPEG writes img as a baseline JPEG without a resolution (Go's
// encoder writes no JFIF density), the way many cameras and phone scans
// come: readers must guess the page's scale.
func WriteJPEG(path string, img *image.Gray, quality int) error {
	return writeAtomic(path, func(f *os.File) error {
		return jpeg.Encode(f, img, &jpeg.Options{Quality: quality})
	})
}
