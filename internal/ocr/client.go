package ocr

// wordBox is one word as Tesseract's result iterator gives it, with the
// block, paragraph and line it belongs to (numbered from 1) and, when the
// client keeps them, its glyphs' choices.
type wordBox struct {
	Word                      string
	Box                       Box
	Confidence                float64
	BlockNum, ParNum, LineNum int
	Chars                     []Char
}

// recognizer is a Tesseract client loaded with its languages (tessClient):
// it reads a page image the shim has decoded.
type recognizer interface {
	recognize(img *pixImage) ([]wordBox, error)
	close()
}
