package structure

import (
	"strings"
	"unicode"

	"github.com/vidoc/vidoc/internal/viet"
)

// isBannerLine reports whether text is a line an electronic signature or a
// copy stamp adds above a document: "SAO Y: …", "Người ký: …", "Thời gian
// ký: 2025-09-15T09:07…" (ND 30/2020 Phụ lục I: chữ ký số, hình thức bản
// sao). It is none of the document's own fields.
func isBannerLine(text string) bool {
	f := fold(text) + " "
	for _, b := range copyBanners {
		if strings.HasPrefix(f, b+" ") {
			return true
		}
	}
	colon := strings.IndexByte(text, ':')
	if colon < 0 || colon > 30 {
		return false
	}
	label := fold(text[:colon])
	for _, b := range signatureLabels {
		if label == b {
			return true
		}
	}
	return false
}

// isNoiseLine reports whether text is what OCR makes of a stamp, a
// signature or a speck rather than print: few letters, mostly symbols, or
// mostly words that mix symbols, digits or foreign letters into letters.
func isNoiseLine(text string) bool {
	letters, visible := 0, 0
	for _, r := range text {
		if unicode.IsSpace(r) {
			continue
		}
		visible++
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters < 3 || letters*2 < visible {
		return true
	}
	words, sane := 0, 0
	for _, w := range strings.Fields(text) {
		w = strings.Trim(w, wordPunct)
		if w == "" {
			continue
		}
		words++
		if saneWord(w) {
			sane++
		}
	}
	return sane*3 < words*2
}

// wordPunct is the punctuation that may stand around a printed word.
const wordPunct = `.,;:!?()[]"'“”‘’-–—*/`

// saneWord reports whether w can be a printed word of a header or a
// closing: letters of the Vietnamese alphabet only (a syllable, a name with
// its marks lost, an abbreviation), a number, a document code, or an
// abbreviation in capitals joined by "&", "." or "-" ("GD&ĐT", "TP.HCM",
// "KH-ĐT"). OCR noise mixes symbols, digits and foreign letters into its
// words.
func saneWord(w string) bool {
	sh := viet.ShapeOf(w, "&.-")
	switch {
	case sh.Letters == sh.Runes || sh.Digits == sh.Runes:
		return true
	case sh.Upper+sh.Joins == sh.Runes && sh.Upper >= 2 && sh.Runes <= 10:
		return true
	}
	d, end := parseCode(w)
	return d != nil && end == len(w)
}
