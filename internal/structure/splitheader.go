package structure

import (
	"regexp"
	"strings"
)

var (
	// dateOpenedRe is a line that ends where a date starts: the place and
	// "ngày", with the day or nothing after it ("Quảng Nam, ngày"), the
	// rest of the date cut off.
	dateOpenedRe = regexp.MustCompile(`(?i),\s*ng\S{1,3}(\s+\d{1,2})?\s*$`)
	// dateRestRe is the rest of such a date on a line of its own: "tháng",
	// the month or its blank, "năm" and the year; or, where a stamp's ink
	// garbled it, at most four tokens and "năm" with the year ("12,năm
	// 2016").
	gluedMarkRe = regexp.MustCompile(`([,.;])(\pL)`)
	dateRestRe  = regexp.MustCompile(`(?i)^(?:\S+\s*){0,4}?n\S{1,2}m\s+(?:19|20)\d\d\s*$`)
)

// dateSplitLookahead is how many lines below the date's start its rest may
// stand: the right column's lines the layout put between them (banner and
// noise lines not counted).
const dateSplitLookahead = 4

// joinSplitDates mends, in the first lines (the header zone), a date that
// OCR or the layout cut at the wide blanks of its printed form: "…, ngày"
// on the number's row and "tháng năm 2021" a few lines below, after the
// right column's fixed lines (ND 30/2020 prints the day and month as
// blanks to be filled in by hand; left empty, they are wide gaps, and a
// line is cut at a wide gap). The rest is joined onto the line that opens
// the date, and its own line left blank, so that the place and the date
// (its year, the day and month when they were read) are found. It works
// on a copy when it changes anything.
func joinSplitDates(lines []line) []line {
	out := lines
	seen := 0
	for i := 0; i < len(out) && seen < maxHeaderLines; i++ {
		if out[i].blank() {
			continue
		}
		seen++
		if !dateOpenedRe.MatchString(out[i].text) {
			continue
		}
		for k, n := i+1, 0; k < len(out) && n < dateSplitLookahead; k++ {
			if out[k].blank() || isBannerLine(out[k].text) {
				continue // an e-signature banner the layout put between
			}
			t := trimStrayMarks(out[k].text)
			if !dateRestRe.MatchString(t) {
				if _, conf, ok := matchDocType(t); ok && conf >= confFull {
					break // the type line: the header's top is over
				}
				if !isNoiseOnly(out[k].text) {
					n++ // a stamp's garbage is not counted
				}
				continue
			}
			if &out[0] == &lines[0] {
				out = append([]line(nil), lines...)
			}
			// A mark glued to the next word ("12,năm") is spaced as
			// printed, so the date's words are told apart.
			t = gluedMarkRe.ReplaceAllString(t, "$1 $2")
			out[i].text = strings.TrimSpace(out[i].text) + " " + t
			out[k].text = ""
			break
		}
	}
	return out
}

// bareNumber reads a number line whose "Số" label OCR lost (a faint
// label, or the wide blank of a number not yet filled in cutting the line
// there): the line holds a document code and nothing else, with a type
// code the decrees list ("-CTr/TU", "/QĐ-UBND", "12/QĐ-UBND"). In the
// header zone no other line is a code alone.
func bareNumber(text string) *DocNumber {
	d := codeAlone(text)
	if d == nil || d.TypeCode == "" {
		return nil
	}
	d.Confidence = min(d.Confidence, confInferred)
	return d
}

// codeAlone reads a line that holds a document code and nothing else but
// closing punctuation, whole or with its number part damaged.
func codeAlone(text string) *DocNumber {
	t := strings.TrimSpace(text)
	d, n := parseSeparatedCode(t)
	if d == nil {
		d, n = parseDamagedCode(t)
	}
	if d == nil || strings.Trim(t[n:], " .;:") != "" {
		return nil
	}
	return d
}
