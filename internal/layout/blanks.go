package layout

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/vidoc/vidoc/internal/viet"
)

// handConfidence caps the confidence of handwriting read in a printed
// blank: Tesseract reads pen digits with fair confidence and often wrongly.
const handConfidence = 30

// numberLabelRe is the printed "Số:" label as OCR gives it
// (viet.NumberLabel), possibly run together with what is written after it.
var numberLabelRe = regexp.MustCompile(`^` + viet.NumberLabel)

// markBlanks marks handwriting that fills the printed blanks of the header
// (ND 30/2020 Phụ lục I: the number after "Số:" and the day and month of
// "…, ngày __ tháng __ năm …" are often written by hand after signing).
// Such words are kept in the text whatever they look like, with a low
// confidence: the reader must check them, but a number or date must not
// vanish because it was handwritten.
func (p *page) markBlanks() {
	for _, line := range p.tlines {
		for k, i := range line {
			w := &p.words[i]
			fold := strings.ToLower(viet.StripDiacritics(w.Text))
			switch {
			case numberLabelRe.MatchString(w.Text) && len([]rune(strings.TrimRight(fold, ":."))) <= 2:
				// "Số:" then the written number, up to the printed
				// "/symbol" that must follow within two words.
				next := line[k+1 : min(k+3, len(line))]
				if !slices.ContainsFunc(next, func(j int) bool { return strings.Contains(p.words[j].Text, "/") }) {
					continue
				}
				for _, j := range next {
					if strings.HasPrefix(p.words[j].Text, "/") || strings.HasPrefix(p.words[j].Text, "-") {
						break // the printed symbol, state or Party
					}
					p.markHand(j, BlankNumber)
					if strings.Contains(p.words[j].Text, "/") {
						break
					}
				}
			case numberLabelRe.MatchString(w.Text) && strings.Contains(w.Text, "/") && w.Confidence < 60:
				// "Số" run together with the number and the symbol.
				p.markHand(i, BlankNumber)
			case w.Confidence < 60 && penAfterNumberLabel(w.Text) && symbolFollows(p, line[k+1:min(k+3, len(line))]):
				// "Số:" run together with the written number, a speck
				// before it perhaps, the printed "/symbol" after it:
				// "Số:2#f10 /TB-…". The garbage rule dropped the label
				// with the pen's figures and the number line lost its
				// label.
				p.markHand(i, BlankNumber)
			case fold == "ngay" && k+1 < len(line) && dateLine(p, line):
				p.markHand(line[k+1], BlankDay)
			case fold == "thang" && k+1 < len(line) && dateLine(p, line):
				p.markHand(line[k+1], BlankMonth)
			case strings.HasPrefix(fold, "ng") && len(fold) > 4 && penMarks(fold[2:]) && dateLine(p, line):
				// "ngày" run together with the written day: "ngàu)9",
				// "ngày/1ó", or with the month's label too, "ngà)7tháng".
				p.markHand(i, BlankDay)
			case strings.HasPrefix(fold, "thang") && len(fold) > 5 && penMarks(fold[5:]) && dateLine(p, line):
				// "tháng" run together with the written month: "tháng/8".
				p.markHand(i, BlankMonth)
			}
		}
	}
}

// penAfterNumberLabel reports whether an OCR word is the printed "Số:"
// (past any speck read before it) run together with the pen's figures
// written in its blank: what follows the label holds pen marks (penMarks).
func penAfterNumberLabel(text string) bool {
	text = strings.TrimLeftFunc(text, func(r rune) bool { return !unicode.IsLetter(r) })
	loc := numberLabelRe.FindStringIndex(text)
	if loc == nil {
		return false
	}
	rest := strings.TrimLeft(text[loc[1]:], ":.")
	return rest != "" && penMarks(rest)
}

// symbolFollows reports whether one of the words next (the two after a
// number's blank) is the printed symbol, "/QĐ-UBND" or a Party's "-CV/TU".
func symbolFollows(p *page, next []int) bool {
	return slices.ContainsFunc(next, func(j int) bool {
		t := p.words[j].Text
		return (strings.HasPrefix(t, "/") || strings.HasPrefix(t, "-")) && strings.ContainsFunc(t, unicode.IsUpper)
	})
}

// dateLine reports whether a Tesseract line reads like "…, ngày … tháng
// … năm …". The label "tháng" may be run together with the pen's figures
// before or after it ("ngà)7tháng"): a figure written by hand touches the
// print beside it more often on a 1-bit scan, where the thresholding
// thickens strokes and no grey gap is left between them.
func dateLine(p *page, line []int) bool {
	var thang, nam bool
	for _, i := range line {
		fold := strings.ToLower(viet.StripDiacritics(p.words[i].Text))
		switch {
		case fold == "nam":
			nam = true
		case fold == "thang", strings.Contains(fold, "thang") && penMarks(fold):
			thang = true
		}
	}
	return thang && nam
}

// penMarks reports whether s, what follows a printed label of the date
// run together with it, holds what print of a word never does: a figure
// or a mark other than the dots of an empty blank ("ngày....").
// Handwriting read as text gives both ("7)", "/1ó").
func penMarks(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool {
		return unicode.IsDigit(r) || !unicode.IsLetter(r) && !strings.ContainsRune(".…,:_ ", r)
	})
}

// markHand marks word i as handwriting in blank when it does not read as
// clean print (printed numbers in the blank are left alone), and says
// whether its reading is sure (handsure.go).
func (p *page) markHand(i int, blank Blank) {
	w := &p.words[i]
	fits := p.fitsGlyphs(i)
	confident := w.Confidence >= sureConfidence && fits
	if confident && w.colour < colourShare {
		return // clean black print
	}
	w.hand = true
	p.hand = append(p.hand, Handwritten{Text: w.Text, Box: w.Box, Confidence: min(w.Confidence, handConfidence),
		Blank: blank, Sure: confident})
}
