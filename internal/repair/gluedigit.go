package repair

import (
	"unicode"
	"unicode/utf8"

	"github.com/vidoc/vidoc/internal/viet"
)

// oneDigitBefore reports one digit glued before a whole syllable in small
// letters ("tháng 8năm 2025", "5tháng", "3người"): a day, a month or a
// count that lost its space. gluedSplit wants two digits, as one digit
// next to letters is most often a damaged letter ("1ut" for lực, "K8" for
// Kế); but where the letters after it already spell a syllable with its
// marks, the other readings drop the digit, and a date loses its month.
// The split is offered as one more reading: the decoder weighs it against
// the digit read as a letter.
func oneDigitBefore(w string, lettersStart int) bool {
	if lettersStart != 1 || !isDigit(w[0]) {
		return false
	}
	word := w[1:]
	if utf8.RuneCountInString(word) < 2 || !viet.Valid(word) {
		return false
	}
	for _, r := range word {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}
