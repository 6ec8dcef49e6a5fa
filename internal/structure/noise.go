package structure

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/vidoc/vidoc/internal/editdist"

	"github.com/vidoc/vidoc/internal/viet"
)

// isBannerLine reports whether text is a line an electronic signature or a
// copy stamp adds above a document: "SAO Y: …", "Người ký: …", "Thời gian
// ký: 2025-09-15T09:07…" (ND 30/2020 Phụ lục I: chữ ký số, hình thức bản
// sao). It is none of the document's own fields. A speck read before the
// label as a short token of marks and a letter or digit ("Z2» Địa chỉ: …")
// is read past.
func isBannerLine(text string) bool {
	if bannerLine(text) {
		return true
	}
	first, rest, ok := strings.Cut(strings.TrimSpace(text), " ")
	sh := viet.ShapeOf(first, "")
	return ok && sh.Runes <= 3 && sh.Letters < sh.Runes && bannerLine(rest)
}

func bannerLine(text string) bool {
	f := fold(text) + " "
	for _, b := range copyBanners {
		if strings.HasPrefix(f, b+" ") {
			return true
		}
	}
	// A label of two short words OCR ran together ("SAOY"), or alone on
	// its line with a letter misread ("SAOVY").
	if first, rest, _ := strings.Cut(f, " "); len(first) <= 8 {
		for _, b := range copyBanners {
			b = strings.ReplaceAll(b, " ", "")
			if first == b || strings.TrimSpace(rest) == "" && editdist.AtMost(first, b, 1) <= 1 {
				return true
			}
		}
	}
	if signTimeRe.MatchString(text) {
		return true
	}
	// OCR reads the label's colon as a comma as often as not; a comma
	// ends only a label of signing ("Người ký,", "Thời gian ký,"), as
	// "Cơ quan, đơn vị …" may open a sentence.
	colon := strings.IndexAny(text, ":,")
	if colon < 0 || colon > 30 {
		return false
	}
	label := fold(text[:colon])
	for _, b := range signatureLabels {
		if text[colon] == ',' && !strings.Contains(b+" ", "KY ") {
			continue
		}
		// One letter misread in a label of six letters or more ("Người
		// kẻ:"); shorter labels must be exact.
		if label == b || len(b) >= 6 && editdist.AtMost(label, b, 1) <= 1 {
			return true
		}
	}
	return false
}

// signTimeRe is the time of signing an e-signature stamp prints ("Thời
// gian ký: 2025-09-15T09:07:31+07:00", "15.09.2025 09:07:31 +07:00"): a
// time of day with its seconds, or the zone of Vietnam's time (UTC+7, its
// plus sign often read as '<' or '*'), or the ISO date-time joint "…-15T09".
// No line of a header proper carries a time of day.
var signTimeRe = regexp.MustCompile(`\d{1,2}\s?:\s?\d\d\s?[:.]\s?\d\d\b|[+<*]\s?0?7\s?[:.]\s?00\b|\d{4}-\d\d-\d\S?T\s?\d`)

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

// strayMarks are what OCR reads from a speck, a punch hole or a short
// stroke of a scan beside a printed line: a dot, a comma, a tick, a dash,
// a tilde, a bar, an inverted exclamation mark (a speck over a short
// stroke). No header line opens with one of them; "- THÔNG BÁO"
// is a type line with a speck before it.
const strayMarks = "`'‘’„“”.,:;~|-–—_·•*+^\"¡"

// trimStrayMarks drops the stray marks OCR read before a header line's
// first word (whole tokens of marks, or marks stuck to the word: "` .
// V/v …", "'Số: …") and the tokens of marks after its last word ("… năm
// 2024 '"). A mark stuck to the last word ("12/QĐ-UBND.") is print and
// stays. A line of marks alone gives "".
func trimStrayMarks(text string) string {
	// Leading: every mark up to the first rune of another kind (marks
	// and spaces alike), so "` . V/v" and "'Số" both lose theirs.
	text = strings.TrimLeft(text, strayMarks+" \t")
	// Trailing: whole tokens of marks only.
	for {
		text = strings.TrimRight(text, " \t")
		k := strings.LastIndexAny(text, " \t")
		if k < 0 || strings.Trim(text[k+1:], strayMarks) != "" {
			return text
		}
		text = text[:k]
	}
}

// isNoiseOnly reports whether a header line is OCR noise and no print: a
// line of stray marks alone ("- '", read as a bullet with nothing after
// it), or a noise line that is not an outline marker's. Specks' marks on
// both sides of a short line ("~ BỘ TÀI CHÍNH |") weigh as much as its
// words; the line is noise only if it still is without them.
func isNoiseOnly(text string) bool {
	t := trimStrayMarks(text)
	return t == "" || isNoiseLine(text) && isNoiseLine(t) && !isMarkerText(text)
}

// strayCapitals reports whether a line in capitals in the left column is
// too short to be a body's name or part of one: fewer than four letters
// ("X TC", what OCR makes of the star under a Party body and a speck
// beside it). The shortest names, "BỘ Y TẾ", "UBND", have four or more.
func strayCapitals(text string) bool {
	letters, _ := countCase(text)
	return letters < 4
}
