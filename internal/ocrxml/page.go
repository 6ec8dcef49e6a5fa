package ocrxml

// Box is a rectangle in page pixels: X0,Y0 the top-left corner, X1,Y1 the
// bottom-right one, exclusive.
type Box struct{ X0, Y0, X1, Y1 int }

func (b Box) width() int  { return max(0, b.X1-b.X0) }
func (b Box) height() int { return max(0, b.Y1-b.Y0) }

// Word is a word as written out (after repair), where it was read, and
// how sure OCR was of it, 0–100.
type Word struct {
	Text       string
	Box        Box
	Confidence float64
}

// Line is a text line of a block.
type Line struct {
	Box   Box
	Words []Word
}

// Block is a block of text from the page's layout: a paragraph, a
// heading, a column of the header.
type Block struct {
	Box   Box
	Lines []Line
}

// Page is one page image's text.
type Page struct {
	Width, Height int // pixels
	DPI           int // 0 when unknown
	Blocks        []Block
}

// Document is what one output file holds: the pages of one input.
type Document struct {
	Source   string // the input's file name, as written in the files' metadata
	Language string // BCP 47 tag of the text, "vi" when empty
	Pages    []Page
}

func (d *Document) lang() string {
	if d.Language == "" {
		return "vi"
	}
	return d.Language
}
