//go:build cgo

package ocr

import (
	"strings"

	"github.com/otiai10/gosseract/v2"
)

// tessClient is one gosseract client, loaded with its languages.
type tessClient struct{ c *gosseract.Client }

// blankPage is a tiny white image (PGM) that makes gosseract initialise
// while initMu is held, instead of during the first real page.
var blankPage = []byte("P5\n8 8\n255\n" + strings.Repeat("\xff", 64))

func newTessClient(lang string) (*tessClient, error) {
	c := gosseract.NewClient()
	if err := c.SetLanguage(strings.Split(lang, "+")...); err != nil {
		c.Close()
		return nil, err
	}
	if err := c.SetImageFromBytes(blankPage); err != nil {
		c.Close()
		return nil, err
	}
	initMu.Lock()
	_, err := c.Text()
	initMu.Unlock()
	if err != nil {
		c.Close()
		return nil, err
	}
	return &tessClient{c: c}, nil
}

// recognize reads an encoded image. It asks only for the word boxes (one
// recognition pass: gosseract's Text would run a second one) and builds the
// text from them.
func (t *tessClient) recognize(image []byte) ([]wordBox, error) {
	if err := t.c.SetImageFromBytes(image); err != nil {
		return nil, err
	}
	boxes, err := t.c.GetBoundingBoxesVerbose()
	if err != nil {
		return nil, err
	}
	words := make([]wordBox, len(boxes))
	for i, b := range boxes {
		words[i] = wordBox{
			Word:       b.Word,
			Box:        Box{b.Box.Min.X, b.Box.Min.Y, b.Box.Max.X, b.Box.Max.Y},
			Confidence: b.Confidence,
			BlockNum:   b.BlockNum, ParNum: b.ParNum, LineNum: b.LineNum,
		}
	}
	return words, nil
}

// close frees the client once: gosseract's Close frees the Tesseract handle
// again on every call, so a second call would be a double free.
func (t *tessClient) close() {
	if t == nil || t.c == nil {
		return
	}
	t.c.Close()
	t.c = nil
	releaseMemory()
}
