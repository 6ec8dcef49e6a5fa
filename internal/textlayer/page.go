package textlayer

import "strings"

// Box is a rectangle in PDF points (1/72 inch) from the page's top-left
// corner: X0,Y0 top-left, X1,Y1 bottom-right.
type Box struct {
	X0 float64 `json:"x0"`
	Y0 float64 `json:"y0"`
	X1 float64 `json:"x1"`
	Y1 float64 `json:"y1"`
}

// Word is one word of a text layer and where it is drawn.
type Word struct {
	Text string `json:"text"`
	Box  Box    `json:"box"`
}

// Line is a text line of a layer, as poppler groups words.
type Line struct {
	Box   Box    `json:"box"`
	Words []Word `json:"words"`
}

// Block is a block of lines (a paragraph, a table cell, a heading).
type Block struct {
	Box   Box    `json:"box"`
	Lines []Line `json:"lines"`
}

// Decision is what to do with a page.
type Decision string

const (
	// UseText takes the layer's Unicode text as it is; no OCR.
	UseText Decision = "use"
	// DecodeText takes the layer's text after decoding a legacy
	// Vietnamese encoding (Evidence.Encoding); no OCR.
	DecodeText Decision = "decode"
	// RepairText repairs the layer's garbled text, expected to read better
	// than OCR of the page image.
	RepairText Decision = "repair"
	// OCR rasterizes the page and OCRs it: no text, or text worse than
	// OCR is expected to give.
	OCR Decision = "ocr"
)

// Page is the triage of one PDF page: the decision, why, and the text it
// applies to.
type Page struct {
	Number   int      `json:"page"` // 1-based
	WidthPt  float64  `json:"width_pt"`
	HeightPt float64  `json:"height_pt"`
	Decision Decision `json:"decision"`
	Reason   string   `json:"reason"`
	Evidence Evidence `json:"evidence"`
	// Blocks hold the text to go on with: as read for UseText and
	// RepairText, decoded for DecodeText; none for OCR.
	Blocks []Block `json:"blocks,omitempty"`
}

// Evidence is what a decision was made on.
type Evidence struct {
	Chars        int     `json:"chars"`         // non-space characters of the layer
	Words        int     `json:"words"`         // words of the layer
	CheckedWords int     `json:"checked_words"` // words of letters with a vowel, checked as syllables
	ValidShare   float64 `json:"valid_share"`   // share of checked words that are valid syllables
	MarkedShare  float64 `json:"marked_share"`  // share of checked words valid and with diacritics
	// KnownShare is the share of checked words that spell a syllable of
	// the inventory once diacritics are set aside: what repair can work on.
	KnownShare float64 `json:"known_share"`
	// Encoding is the legacy encoding (textenc name) the layer decodes
	// from, with the shares its decoded text scores; empty when none.
	Encoding           string   `json:"encoding,omitempty"`
	DecodedValidShare  float64  `json:"decoded_valid_share,omitempty"`
	DecodedMarkedShare float64  `json:"decoded_marked_share,omitempty"`
	Fonts              []Font   `json:"fonts"`
	LegacyFonts        []string `json:"legacy_fonts,omitempty"` // fonts named for TCVN3 or VNI
	// ImageCoverage is the share of the page's area under images
	// (overlaps counted twice, capped at 1).
	ImageCoverage float64 `json:"image_coverage"`
	ImageDPI      int     `json:"image_dpi,omitempty"` // resolution of the page's largest image
	// TextSpan is the share of the page's height the layer's lines span,
	// from the top of the first to the bottom of the last.
	TextSpan float64 `json:"text_span"`
	// ExpectedRepair and ExpectedOCR estimate the share of syllables that
	// come out right by repairing the layer and by OCR of the image; set
	// when both were possible.
	ExpectedRepair float64 `json:"expected_repair,omitempty"`
	ExpectedOCR    float64 `json:"expected_ocr,omitempty"`
}

// Text returns the page's text: a line per line, a blank line between
// blocks.
func (p *Page) Text() string { return linesText(p.Blocks, true) }

// linesText joins the words of blocks with spaces, a line per line, and
// with blank lines between blocks when blank is set.
func linesText(blocks []Block, blank bool) string {
	var b strings.Builder
	for i, blk := range blocks {
		if i > 0 && blank {
			b.WriteByte('\n')
		}
		for _, l := range blk.Lines {
			for j, w := range l.Words {
				if j > 0 {
					b.WriteByte(' ')
				}
				b.WriteString(w.Text)
			}
			b.WriteByte('\n')
		}
	}
	return b.String()
}
