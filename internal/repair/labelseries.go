package repair

import (
	"github.com/vidoc/vidoc/internal/errmodel"
	"github.com/vidoc/vidoc/internal/token"
)

// markLabelSeries turns labels of one capital and one digit that a line
// lists together ("các điểm A1, A2, A3 và A4", "ô B1 và B2") into code
// slots. Such labels name the points of a plot's boundary, the cells of a
// map or the blocks of a plan. Alone, one capital and one digit may be a
// short syllable whose vowel OCR read as a digit ("B6" for Bộ), so
// capitalNumber leaves it a word; but a damaged syllable does not come
// with siblings of its capital and other digits on its line, while the
// decoder, reading each as a syllable, drops their digits ("A1" as "A",
// a point lost) or writes them as marks ("B2" as "Bà").
func markLabelSeries(text string, slots []slot) []slot {
	type key struct {
		line int
		cap  byte
	}
	digits := map[key]uint16{} // the digits each capital carries on a line
	for _, s := range slots {
		if c, d, ok := capitalDigit(text, s); ok {
			digits[key{s.line, c}] |= 1 << d
		}
	}
	for i := range slots {
		s := &slots[i]
		c, d, ok := capitalDigit(text, *s)
		if ok && digits[key{s.line, c}]&^(1<<d) != 0 {
			s.kind, s.unit = slotCode, token.UnitCode
		}
	}
	return slots
}

// capitalDigit says whether slot s is a word of one ASCII capital and one
// digit, and gives them.
func capitalDigit(text string, s slot) (byte, byte, bool) {
	w := text[s.start:s.end]
	if s.kind != slotWord || !isCapitalDigit(w) {
		return 0, 0, false
	}
	return w[0], w[1] - '0', true
}

// isCapitalDigit reports one ASCII capital and one digit ("A1").
func isCapitalDigit(w string) bool {
	return len(w) == 2 && w[0] >= 'A' && w[0] <= 'Z' && isDigit(w[1])
}

// readsLetterAs reports whether channel ch reads some letter as the digit
// d ("B6" for Bộ in legacy damage, "5" for s in every channel): only then
// may a capital and that digit be a damaged syllable.
func readsLetterAs(ch *errmodel.Channel, d rune) bool {
	return len(ch.GroupsStartingWith(d)) > 0 || len(ch.MultiStartingWith(d)) > 0
}
