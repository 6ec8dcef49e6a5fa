package repair

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// unitLetter reports a lone letter that stands for a number's unit or
// direction ("10°10’13” N, 104°35’59” E", "dài 5 m;"): it follows a number
// on its line, perhaps closed by a mark of degrees, minutes or seconds,
// and ends its clause (a comma, semicolon, full stop, bracket or the end
// of the line follows) or another number follows it. A syllable whose
// vowel the OCR lost ("x hội") goes on into the next word; a letter so
// placed is no word at all, and reading it as one ("Nữ,") puts a word
// into a coordinate.
func unitLetter(text string, s slot) bool {
	before := strings.TrimRight(text[:s.start], " \t")
	before = strings.TrimRight(before, "°º′″'’”\"")
	last, _ := utf8.DecodeLastRuneInString(before)
	if !unicode.IsDigit(last) {
		return false
	}
	after := strings.TrimLeft(text[s.end:], " \t")
	next, _ := utf8.DecodeRuneInString(after)
	return after == "" || next == '\n' || unicode.IsDigit(next) || strings.ContainsRune(",;.)", next)
}
