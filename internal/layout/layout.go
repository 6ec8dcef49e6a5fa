package layout

import (
	"context"
	"image"

	"github.com/vidoc/vidoc/internal/ocr"
)

// Kind names a region of the page.
type Kind string

// Region kinds, in the order their text is emitted (page numbers stay where
// they are printed: a top one first, a bottom one last).
const (
	PageNumber   Kind = "page_number"
	HeaderLeft   Kind = "header_left"  // issuing body, "Số: …", a letter's "V/v" abstract
	HeaderRight  Kind = "header_right" // national or Party title, motto, place and date
	Banner       Kind = "banner"       // an e-signed copy's signing banner above the header (banner.go)
	Body         Kind = "body"
	ClosingLeft  Kind = "closing_left"  // "Nơi nhận:" and its list
	ClosingRight Kind = "closing_right" // the signer block
	Footnote     Kind = "footnote"      // notes at the foot of the page, in smaller type
	// Table is a ruled table in the body, emitted where it is printed:
	// one line per cell that holds text, row by row, left to right.
	Table Kind = "table"
)

// Reasons words are kept out of the text.
const (
	ReasonStamp     = "stamp"      // a seal or stamp: red ink, inside a round seal's ring on a page without red ink, or inside a stamp's frame (stampframe.go)
	ReasonColourInk = "colour_ink" // other coloured ink: pen notes, a coloured signature
	ReasonSignature = "signature"  // unreadable marks in the signer block
	ReasonGarbage   = "garbage"    // unreadable marks elsewhere: a grey stamp, handwriting
	ReasonBorder    = "border"     // marks along the page edge left by the scanner
	ReasonSpeck     = "speck"      // tiny marks, dust
	ReasonRule      = "rule"       // a printed line read as punctuation ("_____", "———")
	// ReasonNote: text beside a letter's abstract that is no part of the
	// document, a receiving office's handling note typed onto the copy
	// (headernote.go).
	ReasonNote = "note"
	// reasonReread marks words replaced by a better reading of their
	// crop: not dropped, so not listed.
	reasonReread = "reread"
)

// Line is one line of a region's text.
type Line struct {
	Text       string  `json:"text"`
	Box        ocr.Box `json:"box"`
	Confidence float64 `json:"confidence"`
}

// Region is a block of the page and its text, in reading order.
type Region struct {
	Kind  Kind    `json:"kind"`
	Box   ocr.Box `json:"box"`
	Lines []Line  `json:"lines"`
	// Cells are a table's cells in reading order, empty ones too.
	Cells []Cell `json:"cells,omitempty"`
}

// Dropped is a cluster of words kept out of the text: where it is, why,
// and what Tesseract read there.
type Dropped struct {
	Reason string     `json:"reason"`
	Box    ocr.Box    `json:"box"`
	Text   string     `json:"text"`
	Words  []ocr.Word `json:"words"`
}

// Handwritten is handwriting filling a printed blank ("Số: ___", "ngày __
// tháng __"): kept in the text, but its confidence is capped low.
type Handwritten struct {
	Text       string  `json:"text"`
	Box        ocr.Box `json:"box"`
	Confidence float64 `json:"confidence"`
	// Blank is the blank it fills: the number, the day or the month.
	Blank Blank `json:"blank"`
	// Sure says the reading can be trusted (handsure.go): the parser
	// gives an unsure number or day as unknown, keeping what was read.
	Sure bool `json:"sure"`
}

// Blank is a printed blank of the header filled by hand.
type Blank string

// The blanks of ND 30/2020 Phụ lục I: "Số: ___/…" and "ngày __ tháng __".
const (
	BlankNumber Blank = "number"
	BlankDay    Blank = "day"
	BlankMonth  Blank = "month"
)

// Snapped is a fixed header line written in its known form.
type Snapped struct {
	Read string  `json:"read"`
	Form string  `json:"form"`
	Box  ocr.Box `json:"box"`
}

// Version names the layout rules; outputs made with other rules differ.
const Version = "13"

// Page is the layout of one page.
type Page struct {
	Text        string        `json:"-"` // the page's text in reading order (ocr.Result.Text's place)
	Regions     []Region      `json:"regions"`
	Dropped     []Dropped     `json:"dropped"`
	Handwritten []Handwritten `json:"handwritten"`
	Snapped     []Snapped     `json:"snapped"`
	// Reordered says the text is not in Tesseract's order: a header or
	// closing was read column by column, or a table cell by cell.
	Reordered bool `json:"reordered"`
	// Words are the words Text was made of, in Tesseract's order then
	// those read again on a crop (a stamp's, a table cell's), each on its
	// box in the page's pixels: the words kept out of the text are not
	// among them, and those read again stand in for the ones they
	// replaced, which ocr.Result.Words still holds. The archive formats
	// place the text's words on these boxes.
	Words []ocr.Word `json:"-"`
}

// Options configures Analyze.
type Options struct {
	// Reader, when set, reads the print under a coloured stamp again on
	// its own crop with the colour taken out (the engine that read the page).
	Reader Reader
}

// Analyze finds the layout of a page read by Tesseract. img is the page as
// Tesseract read it (ocr.Result.Image, the pixels OCR decoded once), or
// nil: without it coloured ink cannot be told from black. The text it
// returns is res.Text unchanged when nothing was found to move, drop or
// snap. A page OCR read enlarged is brought back to its own pixels, its
// layout's boxes and res alike (ocr.Result.Unscale).
func Analyze(ctx context.Context, res *ocr.Result, img image.Image, opts Options) (*Page, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	p := newPage(res, img)
	p.markInk()
	p.markFixed()
	p.markSeals(res.DPI)
	p.markBlanks()
	p.markNoise()
	if err := p.rereadStamps(ctx, opts.Reader, res.DPI, res.Source, res.Page); err != nil {
		return nil, err
	}
	if err := p.rereadSealRuns(ctx, opts.Reader, res.DPI, res.Source, res.Page); err != nil {
		return nil, err
	}
	if err := p.rereadMerged(ctx, opts.Reader, res.DPI, res.Source, res.Page); err != nil {
		return nil, err
	}
	p.markFixed() // the words read again, before the noise rules
	p.markNoise()
	if err := p.markBanner(ctx, opts.Reader, res.DPI, res.Source, res.Page); err != nil {
		return nil, err
	}
	p.markListLines()
	if err := p.findTables(ctx, opts.Reader, res.DPI, res.Cleaned, res.Source, res.Page); err != nil {
		return nil, err
	}
	p.split()
	p.findZones()
	if p.dropHeaderNote() {
		// The note's words left the lines they shared with the
		// abstract: cut the lines and find the zones again.
		p.parts = nil
		p.split()
		p.findZones()
	}
	p.snapFixed()
	out := p.result(res)
	out.unscale(res)
	return out, nil
}
