//go:build !cgo

package ocr

type choiceClient struct{}

func newChoiceClient(lang string) (*choiceClient, error) { return nil, errNoCgo }

func (c *choiceClient) recognize(image []byte) ([]wordBox, error) { return nil, errNoCgo }

func (c *choiceClient) close() {}

func cHeapInUse() int64 { return -1 }
