package ocr

import (
	"image"
	"time"
)

// Box is a rectangle in page pixels: X0,Y0 the top-left corner inclusive,
// X1,Y1 the bottom-right corner exclusive.
type Box struct {
	X0 int `json:"x0"`
	Y0 int `json:"y0"`
	X1 int `json:"x1"`
	Y1 int `json:"y1"`
}

func (b Box) union(o Box) Box {
	return Box{min(b.X0, o.X0), min(b.Y0, o.Y0), max(b.X1, o.X1), max(b.Y1, o.Y1)}
}

// Word is one recognised word. Confidence is Tesseract's, 0–100. Block,
// Par and Line number the Tesseract block, paragraph and line the word
// belongs to (from 1; a line number restarts in each paragraph), so a later
// stage can regroup words by Tesseract's own page segmentation.
type Word struct {
	Text       string  `json:"text"`
	Chars      []Char  `json:"chars,omitempty"` // the glyphs' choices, only with Options.Alternatives
	Box        Box     `json:"box"`
	Confidence float64 `json:"confidence"`
	Block      int     `json:"block"`
	Par        int     `json:"par"`
	Line       int     `json:"line"`
}

// Line is a text line: its words joined by spaces, the box around them and
// their mean confidence.
type Line struct {
	Text       string  `json:"text"`
	Box        Box     `json:"box"`
	Confidence float64 `json:"confidence"`
}

// Result is the OCR of one page.
type Result struct {
	Source         string  `json:"file"`
	Page           int     `json:"page"`  // 1-based
	Pages          int     `json:"pages"` // pages in the document
	Width          int     `json:"width"` // pixels, after turning the page upright
	Height         int     `json:"height"`
	DPI            int     `json:"dpi"`      // resolution OCR ran at; 0 when Tesseract estimated it
	Rotation       int     `json:"rotation"` // degrees the page was turned clockwise before OCR
	Skew           float64 `json:"skew"`     // degrees of skew corrected
	Text           string  `json:"text"`
	Lines          []Line  `json:"lines"`
	Words          []Word  `json:"words"`
	MeanConfidence float64 `json:"mean_confidence"`
	// Image is the page exactly as Tesseract read it (turned upright and
	// deskewed, so the boxes match its pixels): *image.Gray, or
	// *image.RGBA when the page holds colour. Only with Options.KeepImage,
	// for stages that look at the pixels (layout); copied from the one
	// decode of the page, never decoded again.
	Image image.Image `json:"-"`
	// CleanCPU is the CPU time of the calling thread Options.Clean took
	// (layout's work, done before Tesseract read the page).
	CleanCPU time.Duration `json:"-"`
	// Cleaned are the boxes Options.Clean had painted white before
	// Tesseract read the page, in Image's pixels: what the page's reading
	// left out and the stage that asked for it reads itself.
	Cleaned []image.Rectangle `json:"-"`
	// inWidth, inHeight and inDPI are the page's own size and resolution
	// when it was read enlarged (upscale.go), 0 otherwise: Width, Height,
	// DPI and the boxes are then the enlarged page's until Unscale.
	inWidth, inHeight, inDPI int
}
