package pagegen

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// StripDiacritics removes Vietnamese tone marks and letter diacritics (ă â
// ê ô ơ ư đ become a a e o o u d) and keeps everything else: the text a
// keyboard without Vietnamese input, or an English OCR model, produces.
func StripDiacritics(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == 'đ':
			b.WriteByte('d')
		case r == 'Đ':
			b.WriteByte('D')
		default:
			b.WriteRune(r)
		}
	}
	return norm.NFC.String(b.String())
}
