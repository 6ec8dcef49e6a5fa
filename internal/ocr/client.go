package ocr

// wordBox is one word as Tesseract's result iterator gives it, with the
// block, paragraph and line it belongs to (numbered from 1).
type wordBox struct {
	Word                      string
	Box                       Box
	Confidence                float64
	BlockNum, ParNum, LineNum int
}
