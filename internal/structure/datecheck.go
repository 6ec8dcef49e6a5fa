package structure

import "fmt"

// checkDateAgainstCitations leaves the header date's ISO form unread when
// it falls before the date of a document the text cites. A document cites
// only documents already issued (its "Căn cứ" grounds and the texts it
// carries out, ND 30/2020 Phụ lục I), so such a date is misread: on real
// scans the day and month are filled in by hand over the printed blanks,
// and OCR reads a handwritten 9 as 4 with the confidence of print. The raw
// text, with its year, is kept; a warning says which citation overruled it.
func checkDateAgainstCitations(doc *Document) {
	d := doc.Header.Date
	if d == nil || d.ISO == nil {
		return
	}
	for _, c := range doc.Citations {
		if c.Date == nil || c.Date.ISO == nil || c.Date.Confidence < confPattern || *c.Date.ISO <= *d.ISO {
			continue
		}
		what := c.Text
		if c.Number != nil {
			what = c.Number.Raw
		}
		doc.Warnings = append(doc.Warnings, fmt.Sprintf("header date %s is before %s's date %s: its day and month are left unread",
			*d.ISO, what, *c.Date.ISO))
		d.ISO = nil
		d.Confidence = min(d.Confidence, confBlank)
		return
	}
}
