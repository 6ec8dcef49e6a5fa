//go:build !cgo

package ocr

type tessClient struct{}

func newTessClient(lang string) (*tessClient, error) { return nil, errNoCgo }

func (t *tessClient) recognize(image []byte) ([]wordBox, error) { return nil, errNoCgo }

func (t *tessClient) close() {}
