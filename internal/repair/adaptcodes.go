package repair

import (
	"strings"
	"unicode/utf8"

	"github.com/vidoc/vidoc/internal/errmodel"
)

// The stroked D of codes, as one document's engine reads it. Codes are
// repaired apart from syllables (codes.go), by fixed look-alikes: "D" for
// Đ, as stripped text and English OCR write it. An old engine may read Đ
// as another capital, B most often (the bar taken for a bowl), and then
// writes it so in every NĐ-CP and QĐ-UBND of the document. Adaptation
// learns that reading from the document's words ("Bể" for Để, a capital
// row đ → "B"); the code repairer of the adapted repairer takes it too.

// strokedDReadings returns the capitals besides D that learned rows read
// Đ as: raised capital rows of đ whose observed string is one ASCII
// capital.
func strokedDReadings(learned []errmodel.Confusion) string {
	var b strings.Builder
	for _, c := range learned {
		if c.Intended != 'đ' || c.Lowered() || len(c.Observed) != 1 {
			continue
		}
		o := c.Observed[0]
		if o < 'A' || o > 'Z' || o == 'D' || strings.IndexByte(b.String(), o) >= 0 {
			continue
		}
		b.WriteByte(o)
	}
	return b.String()
}

// withStrokedD returns cr reading the capitals strokes as Đ too; cr is not
// changed.
func (cr *codeRepairer) withStrokedD(strokes string) *codeRepairer {
	c := cr.withAcronyms(nil)
	c.strokes = strokes
	return c
}

// withStrokes returns the look-alikes las with a row for each capital the
// document reads Đ as.
func (cr *codeRepairer) withStrokes(las [][2]string) [][2]string {
	if cr == nil || cr.strokes == "" {
		return las
	}
	out := append([][2]string(nil), las...)
	for i := 0; i < len(cr.strokes); {
		_, n := utf8.DecodeRuneInString(cr.strokes[i:])
		out = append(out, [2]string{cr.strokes[i : i+n], "Đ"})
		i += n
	}
	return out
}

// legacyStroke is the capital legacy engines read Đ as in any document:
// the bar and the stem closed into a bowl, B ("NB-CP" for NĐ-CP, "HBND").
const legacyStroke = "B"

// codesFor returns the code repairer for a block decoded under ch: under
// legacy damage, one that reads legacyStroke as Đ too, as a document whose
// engine was learned to do so (withStrokedD). Correct text and Tesseract's
// stripped output do not read Đ as B, and a rare part with B ("NB") may be
// what was printed, so the other channels keep r's.
func (r *Repairer) codesFor(ch *errmodel.Channel) *codeRepairer {
	if ch.Name != errmodel.Legacy || r.codes == nil || strings.Contains(r.codes.strokes, legacyStroke) {
		return r.codes
	}
	c := *r.codes
	c.strokes += legacyStroke
	return &c
}
