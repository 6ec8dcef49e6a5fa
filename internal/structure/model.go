package structure

// SchemaVersion is the version of the JSON produced for a Document; it
// changes whenever a field is renamed, removed or changes meaning
// (docs/schema.md, docs/schema.json).
const SchemaVersion = "1.0"

// Span is a range of input lines, 1-based and inclusive.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Field is one piece of text found in the document, with where it came from
// and how sure the parser is (0..1). Absent fields are nil pointers, so they
// serialise as null.
type Field struct {
	Value      string  `json:"value"`
	Span       Span    `json:"span"`
	Confidence float64 `json:"confidence"`
}

// DocNumber is a document's number and symbol ("số và ký hiệu"), such as
// "12/2024/QĐ-UBND" (state) or "344-KH/TU" (Party). Parts that the symbol
// does not carry are empty strings.
type DocNumber struct {
	Raw        string  `json:"raw"`
	Number     string  `json:"number"`
	Year       string  `json:"year"`
	TypeCode   string  `json:"type_code"`
	IssuerCode string  `json:"issuer_code"`
	Span       Span    `json:"span"`
	Confidence float64 `json:"confidence"`
	// Handwritten is the number part as read from handwriting the layout
	// was not sure of, given here rather than in Number (DoubtHandwriting).
	Handwritten string `json:"handwritten,omitempty"`
}

// DateField is a date as written and, when complete, as ISO 8601.
type DateField struct {
	Raw        string  `json:"raw"`
	ISO        *string `json:"iso"`
	Span       Span    `json:"span"`
	Confidence float64 `json:"confidence"`
	// Handwritten is the day and month as read from handwriting the layout
	// was not sure of, for which ISO is left null (DoubtHandwriting).
	Handwritten string `json:"handwritten,omitempty"`
}

// Header holds the fields above the body (ND 30/2020 Phụ lục I; HD 36-HD/VPTW).
type Header struct {
	// Family is "state" (national title and motto), "party" ("ĐẢNG CỘNG SẢN
	// VIỆT NAM") or "" when neither is present.
	Family        string     `json:"family"`
	NationalTitle *Field     `json:"national_title"`
	Motto         *Field     `json:"motto"`
	PartyTitle    *Field     `json:"party_title"`
	ParentBody    *Field     `json:"parent_body"`
	IssuingBody   *Field     `json:"issuing_body"`
	Number        *DocNumber `json:"number"`
	Place         *Field     `json:"place"`
	Date          *DateField `json:"date"`
	DocType       *Field     `json:"doc_type"`
	Subject       *Field     `json:"subject"`
	Title         *Field     `json:"title"`
	Authority     *Field     `json:"authority"`
	Recipients    []Field    `json:"recipients"`
	Urgency       *Field     `json:"urgency"`
	Secrecy       *Field     `json:"secrecy"`
	Draft         *Field     `json:"draft"`
}

// Node is one part of the body's outline: a Phần, Chương, Mục, Điều, khoản
// or điểm of a legal text, or a I./1./1.1./a)/-/+ item of a plan or letter.
type Node struct {
	Kind       string   `json:"kind"`
	Label      string   `json:"label"`
	Heading    string   `json:"heading"`
	Paragraphs []string `json:"paragraphs"`
	Span       Span     `json:"span"`
	Confidence float64  `json:"confidence"`
	Children   []*Node  `json:"children"`
}

// Citation is a reference to another document, such as "Kế hoạch số
// 344-KH/TU, ngày 22/4/2024 của Ban Thường vụ Tỉnh ủy".
type Citation struct {
	Type       string     `json:"type"`
	Number     *DocNumber `json:"number"`
	Date       *DateField `json:"date"`
	Issuer     *Field     `json:"issuer"`
	Text       string     `json:"text"`
	Span       Span       `json:"span"`
	Lines      []int      `json:"lines"`
	Confidence float64    `json:"confidence"`
}

// Signature is the signing block: authority marks (TM., KT., Q., TL., TUQ.
// and their Party forms T/M, K/T …), the signer's title and name.
type Signature struct {
	Roles  []Field `json:"roles"`
	Title  *Field  `json:"title"`
	Signed *Field  `json:"signed"`
	Name   *Field  `json:"name"`
	Span   Span    `json:"span"`
}

// Closing is what follows the body.
type Closing struct {
	RecipientsLabel *Field     `json:"recipients_label"`
	Recipients      []Field    `json:"recipients"`
	Signature       *Signature `json:"signature"`
	TrailingMarks   []Field    `json:"trailing_marks"`
}

// Block is one rebuilt paragraph: hard-wrapped lines joined, headings, list
// items and header lines kept as their own blocks.
type Block struct {
	Kind string `json:"kind"`
	Text string `json:"text"`
	Span Span   `json:"span"`
}

// Block kinds.
const (
	BlockHeader    = "header"
	BlockTitle     = "title"
	BlockPreamble  = "preamble"
	BlockHeading   = "heading"
	BlockItem      = "item"
	BlockParagraph = "paragraph"
	BlockClosing   = "closing"
)

// Document is the whole parse result.
type Document struct {
	SchemaVersion string     `json:"schema_version"`
	Header        Header     `json:"header"`
	Preamble      []Block    `json:"preamble"`
	Body          []*Node    `json:"body"`
	Citations     []Citation `json:"citations"`
	Closing       Closing    `json:"closing"`
	Blocks        []Block    `json:"blocks"`
	// Dropped lists input lines left out as page furniture (page numbers,
	// running headers between pages).
	Dropped  []int    `json:"dropped_lines"`
	Warnings []string `json:"warnings"`
	// Layout lists, for a scanned document, each page's regions and the
	// words kept out of its text; Parse leaves it nil (and the key out).
	Layout []PageLayout `json:"layout,omitempty"`
}
