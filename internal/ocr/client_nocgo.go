//go:build !cgo

package ocr

type tessClient struct{}

func newTessClient(lang string, choices, tessLog bool) (*tessClient, error) { return nil, errNoCgo }

func (t *tessClient) recognize(img *pixImage) ([]wordBox, error) { return nil, errNoCgo }

func (t *tessClient) close() {}

func cHeapInUse() int64 { return -1 }
