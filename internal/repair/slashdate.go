package repair

import (
	"strconv"
	"strings"

	"github.com/vidoc/vidoc/internal/errmodel"
	"github.com/vidoc/vidoc/internal/token"
	"github.com/vidoc/vidoc/internal/viet"
)

// Old scanner engines read the thin slash of a date as the digit 1 and
// write it with no space: "061712021" for 06/7/2021, "0617/2021" or
// "06/712021" where one slash survived. The slotter sees a number (or a
// number, a slash and a number), which the language model counts as a
// number, and the date is lost. Nghị định 30/2020/NĐ-CP writes a date in
// the body as day/month/year, the year in four digits: where reading some
// of a number's 1s as slashes gives exactly one such date, slashDateArcs
// offers it as one more reading, seen by the language model as a date,
// and the context ("ngày …", "từ … đến …") weighs it against the number.

// slashAsOneLogP is the channel log-probability of one slash read as 1 in
// a block whose damage is not the clean kind: dear enough that a number
// where numbers stand stays one.
const slashAsOneLogP = -4

// The language model counts every number as one class, so it cannot see
// that "ngày" is followed by a day of one or two digits, never by a number
// of seven or more: there it prefers "ngày <num>" ("ngày 15 tháng 6") to
// "ngày <date>". In that context (dateContext) the date costs this much
// per slash instead, and keeping the long number this much.
const (
	slashAsOneInDateLogP = -1
	longDayNumberLogP    = -6
)

// maxDateDigits bounds what is read as a date: two digits of day, two of
// month, two separators and four of year.
const maxDateDigits = 10

// slashDate reads s, digits with at most one "/", as a date day/month/year
// whose other separators OCR read as 1: it returns the date with each such
// 1 written "/", and how many were. ok is false when no way of reading the
// 1s gives a valid date, or more than one does (the date is then unsure,
// and kept as read).
func slashDate(s string) (date string, ones int, ok bool) {
	if len(s) < 7 || len(s) > maxDateDigits || strings.Count(s, "/") > 1 {
		return "", 0, false
	}
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) && s[i] != '/' {
			return "", 0, false
		}
	}
	// The year is the last four digits, after the second separator.
	y := len(s) - 4
	if s[y-1] != '/' && s[y-1] != '1' || !validYear(s[y:]) {
		return "", 0, false
	}
	head := s[:y-1] // day, separator, month
	ones = 2 - strings.Count(s, "/")
	found := 0
	for k := 1; k < len(head)-1; k++ {
		if head[k] != '/' && head[k] != '1' {
			continue
		}
		if strings.Contains(head[:k], "/") || strings.Contains(head[k+1:], "/") {
			// A slash that survived is one of the two separators.
			continue
		}
		if !validDayMonth(head[:k], head[k+1:]) {
			continue
		}
		found++
		date = head[:k] + "/" + head[k+1:] + "/" + s[y:]
	}
	if found != 1 || ones == 0 {
		return "", 0, false
	}
	return date, ones, true
}

// validYear reports a four-digit year an administrative document dates.
func validYear(y string) bool {
	return len(y) == 4 && (y[:2] == "19" || y[:2] == "20")
}

// validDayMonth reports a day and a month of one or two digits each that
// name a day of the calendar (29 February allowed).
func validDayMonth(d, m string) bool {
	if len(d) > 2 || len(m) > 2 {
		return false
	}
	day, err1 := strconv.Atoi(d)
	month, err2 := strconv.Atoi(m)
	if err1 != nil || err2 != nil || day < 1 || month < 1 || month > 12 {
		return false
	}
	return day <= [13]int{0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[month]
}

// slashDateRun returns how many slots from i make up a number that may be
// a date with slashes read as 1: the number alone, or a number, "/" and a
// number written together. 0 when none.
func slashDateRun(text string, slots []slot, i int) (span int, date string, ones int) {
	s := slots[i]
	if s.kind != slotFixed || s.unit != token.UnitNumber {
		return 0, "", 0
	}
	if i > 0 && slots[i-1].end == s.start && slots[i-1].kind != slotBoundary {
		// Glued to what is before it: part of something longer.
		return 0, "", 0
	}
	end, span := s.end, 1
	if i+2 < len(slots) && slots[i+1].start == end && text[slots[i+1].start:slots[i+1].end] == "/" &&
		slots[i+2].start == slots[i+1].end && slots[i+2].unit == token.UnitNumber {
		end, span = slots[i+2].end, 3
	}
	if k := i + span; k < len(slots) && slots[k].start == end && slots[k].kind != slotBoundary && !endsDate(text[slots[k].start:slots[k].end]) {
		return 0, "", 0
	}
	d, n, ok := slashDate(text[s.start:end])
	if !ok {
		return 0, "", 0
	}
	return span, d, n
}

// endsDate reports punctuation that may close a date written with no space
// before it ("…12021." or "…12021,"), as against more digits or a slash.
func endsDate(p string) bool {
	return p == "." || p == "," || p == ";" || p == ")" || p == ":"
}

// slashDateArcs are the readings of the number at slot i (with the slash
// and number glued after it) as a date whose slashes OCR read as 1. In a
// date context the number kept as it is, keep, costs longDayNumberLogP.
func (r *Repairer) slashDateArcs(ch *errmodel.Channel, text string, slots []slot, i int, keep *arc) []arc {
	if ch.Name == errmodel.Clean {
		return nil
	}
	span, d, ones := slashDateRun(text, slots, i)
	if span == 0 {
		return nil
	}
	cost := float32(slashAsOneLogP)
	if dateContext(text, slots, i) {
		cost = slashAsOneInDateLogP
		keep.chLogP += longDayNumberLogP
	}
	return []arc{{span: span, units: [2]int32{r.unitID(token.UnitDate), -1}, text: d, chLogP: cost * float32(ones)}}
}

// dateContext reports the word before slot i on its line as "ngày" (its
// marks perhaps lost): Nghị định 30/2020/NĐ-CP writes every date of a
// document's body after it, and a day is no number of seven digits.
func dateContext(text string, slots []slot, i int) bool {
	if i == 0 {
		return false
	}
	p := slots[i-1]
	return p.kind == slotWord && p.line == slots[i].line && viet.Lower(viet.StripDiacritics(text[p.start:p.end])) == "ngay"
}

// gluedDateArcs are the glued readings plain (a word and the number num)
// again with num read as a date whose slashes OCR read as 1
// ("301612021din" for 30/6/2021 đến). In a date context (inDate) the
// plain readings, the number kept, cost longDayNumberLogP more.
func (r *Repairer) gluedDateArcs(ch *errmodel.Channel, num string, plain []arc, inDate bool) []arc {
	if ch.Name == errmodel.Clean || len(plain) == 0 {
		return nil
	}
	_, ones, ok := slashDate(num)
	if !ok {
		return nil
	}
	dateID := r.unitID(token.UnitDate)
	cost := float32(slashAsOneLogP)
	if inDate {
		cost = slashAsOneInDateLogP
	}
	out := make([]arc, len(plain))
	for k, a := range plain {
		if inDate {
			plain[k].chLogP += longDayNumberLogP
		}
		if a.numFirst {
			a.units[0] = dateID
		} else {
			a.units[1] = dateID
		}
		a.chLogP += cost * float32(ones)
		out[k] = a
	}
	return out
}

// gluedNumber writes the number part of a glued split whose LM unit is
// unit: as the date it was read as (gluedDateArcs), or as it was.
func (r *Repairer) gluedNumber(num string, unit int32) string {
	if unit != r.unitID(token.UnitDate) {
		return num
	}
	if d, _, ok := slashDate(num); ok {
		return d
	}
	return num
}
