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
// page (the first page listed) is looked at, the topmost handwriting of
// each blank on it, and only handwriting whose digits are the ones the
// field holds.
func (d *Document) DoubtHandwriting() {
	if len(d.Layout) == 0 {
		return
	}
	hands := headerHands(d.Layout[0])
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

// headerHands returns the page's topmost handwriting of each blank: ND
// 30/2020 puts the number and the date in the header, above any date
// the body cites, so that a cited date with the header's month is never
// taken for the header's. (The layout's header zones are no guide: the
// number and date row often lies below them.)
func headerHands(pl PageLayout) []LayoutHandwritten {
	top := map[string]LayoutHandwritten{}
	var order []string
	for _, h := range pl.Handwritten {
		t, ok := top[h.Blank]
		if !ok {
			order = append(order, h.Blank)
		}
		if !ok || h.Box.Y0+h.Box.Y1 < t.Box.Y0+t.Box.Y1 {
			top[h.Blank] = h
		}
	}
	out := make([]LayoutHandwritten, 0, len(order))
	for _, b := range order {
		out = append(out, top[b])
	}
	return out
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
