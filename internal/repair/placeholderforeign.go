package repair

import (
	"strings"

	"github.com/vidoc/vidoc/internal/viet"
)

// A digit or a symbol between the letters of a word ("s61ap", "h~c") is
// where an old engine drew a Vietnamese mark it could not read ("6" for ố,
// "~" for any marked vowel): the word is a damaged syllable. The syllable
// inventory also holds foreign words and names of correct text ("top",
// "chip", "soap"), which carry no Vietnamese mark; reading such a token as
// one of them takes the placeholder for a plain letter, while the mark it
// stands for is what the context's syllable wants ("sĩ số lớp", not "sĩ
// soap"). placeholderForeignLogP is what such a reading costs more.
const placeholderForeignLogP = -6

// foreignReading reports a reading no Vietnamese syllable spells: a
// foreign word, not a Roman numeral ("X11" for XII, a digit for I, stays
// as cheap). arcsFor asks it only of tokens with a mark placeholder
// (hasDamageMark), once per token.
func foreignReading(reading string) bool {
	return !viet.Valid(reading) && strings.Trim(reading, "ivxlcdm") != ""
}
