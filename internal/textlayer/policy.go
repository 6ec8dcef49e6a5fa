package textlayer

import "fmt"

// Policy is how far a PDF's own text is trusted: `--text-layer`.
type Policy string

const (
	// Auto uses good text, decodes legacy fonts, and weighs a garbled
	// layer against OCR.
	Auto Policy = "auto"
	// Use takes any text layer there is (decoding legacy fonts, repairing
	// a garbled layer) and OCRs only pages without text.
	Use Policy = "use"
	// Ignore OCRs every page, as if the PDF had no text; nothing is read.
	Ignore Policy = "ignore"
)

// Policies lists the values ParsePolicy accepts, for help texts.
var Policies = []Policy{Auto, Use, Ignore}

// ParsePolicy reads a --text-layer value; "" means Auto.
func ParsePolicy(s string) (Policy, error) {
	switch p := Policy(s); p {
	case "":
		return Auto, nil
	case Auto, Use, Ignore:
		return p, nil
	}
	return "", fmt.Errorf("unknown text-layer policy %q: want one of %v", s, Policies)
}
