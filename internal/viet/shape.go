package viet

import (
	"strings"
	"unicode"
)

// Shape counts the runes of a word by kind. It is the evidence layout and
// structure weigh, each with its own rule, to tell a printed word (a
// syllable, a number, a document code, an abbreviation in capitals) from
// OCR noise, which mixes symbols, digits and foreign letters into its words.
type Shape struct {
	Runes   int // every rune
	Letters int // letters of the alphabet (IsLetter)
	Upper   int // those of them in capitals
	Digits  int // decimal digits (unicode.IsDigit)
	Joins   int // runes of the caller's joins
}

// ShapeOf counts the runes of w; joins lists the punctuation the caller
// accepts inside a word ("/" and "-" of a code, "&" of "GD&ĐT").
func ShapeOf(w, joins string) Shape {
	var s Shape
	for _, r := range w {
		s.Runes++
		switch {
		case IsLetter(r):
			s.Letters++
			if lookupLetter(r).upper {
				s.Upper++
			}
		case unicode.IsDigit(r):
			s.Digits++
		case strings.ContainsRune(joins, r):
			s.Joins++
		}
	}
	return s
}

// Other is the number of runes that are neither letters, digits nor joins.
func (s Shape) Other() int { return s.Runes - s.Letters - s.Digits - s.Joins }
