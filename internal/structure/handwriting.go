package structure

import (
	"strconv"
	"strings"
)

// The blanks of LayoutHandwritten.Blank.
const (
	blankNumber = "number"
	blankDay    = "day"
	blankMonth  = "month"
)

// DoubtHandwriting takes back what the header parser read from handwriting
// the layout stage was not sure of (LayoutHandwritten.Sure false): a pen
// number read into "Số: ___/QĐ-UBND" leaves the number part empty, the
// symbol kept (as an unreadable number does), and a pen day or month read
// into "ngày __ tháng __" leaves the date without its ISO form, its text
// and year kept. What was read stays in the field's Handwritten and in the
// layout's list, so nothing is lost; only a reading no better than a guess
// is no longer given as the document's number or date. Only the header's
// page (the first page listed) is looked at, and only handwriting whose
// digits are the ones the field holds.
func (d *Document) DoubtHandwriting() {
	if len(d.Layout) == 0 {
		return
	}
	hands := d.Layout[0].Handwritten
	if n := d.Header.Number; n != nil && n.Number != "" {
		for _, h := range hands {
			if h.Blank == blankNumber && !h.Sure && strings.Contains(h.Text, n.Number) {
				doubtNumber(n)
				break
			}
		}
	}
	if df := d.Header.Date; df != nil && df.ISO != nil {
		var read []string
		for _, h := range hands {
			if h.Sure || (h.Blank != blankDay && h.Blank != blankMonth) {
				continue
			}
			if n, err := strconv.Atoi(digits(h.Text)); err == nil && n == isoPart(*df.ISO, h.Blank) {
				read = append(read, h.Text)
			}
		}
		if len(read) > 0 {
			df.ISO = nil
			df.Confidence = confBlank
			df.Handwritten = strings.Join(read, " ")
		}
	}
}

// doubtNumber empties the number part of n, as parseDamagedCode leaves an
// unreadable one, and keeps it in Handwritten.
func doubtNumber(n *DocNumber) {
	n.Handwritten = n.Number
	n.Raw = strings.TrimPrefix(n.Raw, n.Number)
	n.Number = ""
	n.Confidence = min(n.Confidence, confInferred)
}

// digits keeps the ASCII digits of s.
func digits(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// isoPart returns the day or the month of an ISO date, or -1.
func isoPart(iso, blank string) int {
	var s string
	switch {
	case len(iso) != 10:
		return -1
	case blank == blankDay:
		s = iso[8:]
	default:
		s = iso[5:7]
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return -1
	}
	return n
}
