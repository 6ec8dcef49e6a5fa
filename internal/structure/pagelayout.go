package structure

// PageLayout is where a scanned page's text was found and what was kept
// out of it: `vidoc scan` adds one per page the layout stage read to the
// document's JSON (docs/schema.md, "layout"), so that a reader can check
// the reading order and see every word left out of the text. Boxes are in
// pixels of the page image as it was read (turned upright).
type PageLayout struct {
	Page   int `json:"page"` // 1-based, in the input file
	Width  int `json:"width"`
	Height int `json:"height"`
	DPI    int `json:"dpi"` // 0 when the image did not say and Tesseract estimated it
	// Reordered says the text is not in Tesseract's order: a two-column
	// header or closing was read column by column.
	Reordered   bool                `json:"reordered"`
	Regions     []LayoutRegion      `json:"regions"`
	Dropped     []LayoutDropped     `json:"dropped"`
	Handwritten []LayoutHandwritten `json:"handwritten"`
	Snapped     []LayoutSnapped     `json:"snapped"`
}

// Box is a rectangle on the page image: (X0, Y0) its top left corner,
// (X1, Y1) its bottom right one.
type Box struct {
	X0 int `json:"x0"`
	Y0 int `json:"y0"`
	X1 int `json:"x1"`
	Y1 int `json:"y1"`
}

// LayoutRegion is a region of the page, listed in reading order: its kind
// (header_left, header_right, body, table, closing_left, closing_right,
// footnote, page_number), its box, and a table's cells.
type LayoutRegion struct {
	Kind  string       `json:"kind"`
	Box   Box          `json:"box"`
	Cells []LayoutCell `json:"cells,omitempty"`
}

// LayoutCell is a table's cell: its place in the grid (a merged cell spans
// Rows rows or Cols columns), its box between the rules, and whether it
// was read again on its own crop. Its text is in the document's.
type LayoutCell struct {
	Row    int  `json:"row"`
	Col    int  `json:"col"`
	Rows   int  `json:"rows"`
	Cols   int  `json:"cols"`
	Box    Box  `json:"box"`
	Reread bool `json:"reread,omitempty"`
}

// LayoutDropped is a cluster of words kept out of the text — a stamp, a
// signature, a speck — with why, and what Tesseract read there.
type LayoutDropped struct {
	Reason string       `json:"reason"`
	Box    Box          `json:"box"`
	Text   string       `json:"text"`
	Words  []LayoutWord `json:"words"`
}

// LayoutWord is one word Tesseract read; Confidence is Tesseract's, 0–100.
type LayoutWord struct {
	Text       string  `json:"text"`
	Box        Box     `json:"box"`
	Confidence float64 `json:"confidence"`
}

// LayoutHandwritten is handwriting filling a printed blank ("Số: ___",
// "ngày __ tháng __"): kept in the text with a low confidence (0–100).
// Blank is the blank it fills ("number", "day", "month"); Sure says the
// layout trusts the reading, and DoubtHandwriting takes back from the
// header a number or day read from handwriting that is not sure.
type LayoutHandwritten struct {
	Text       string  `json:"text"`
	Box        Box     `json:"box"`
	Confidence float64 `json:"confidence"`
	Blank      string  `json:"blank"`
	Sure       bool    `json:"sure"`
}

// LayoutSnapped is a fixed line (national title, motto, Party title) as
// read and as written in its known form.
type LayoutSnapped struct {
	Read string `json:"read"`
	Form string `json:"form"`
	Box  Box    `json:"box"`
}
