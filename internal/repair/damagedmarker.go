package repair

import (
	"strings"
	"unicode/utf8"
)

// afterDamagedMarker reports a word that follows, first on its line, what
// reads as a list marker whose bracket became a letter ("bì Các tổ chức"
// for "b) Các tổ chức", ")" read as ì, i, l or j): the item of a list
// opens with a capital (Nghị định 30/2020 numbers points a), b), c)…), so
// that capital is meant, not one ocrCapital should lower. The marker is a
// small letter of the alphabet lists use and one of those letters, alone
// at the start of its line; a sentence carried on from the line before
// seldom opens with such a pair before a capital.
func afterDamagedMarker(text string, slots []slot, i int) bool {
	if i == 0 || !opensLine(text, slots, i-1) {
		return false
	}
	p := slots[i-1]
	if p.kind != slotWord || p.line != slots[i].line {
		return false
	}
	w := text[p.start:p.end]
	first, n := utf8.DecodeRuneInString(w)
	second, m := utf8.DecodeRuneInString(w[n:])
	return n+m == len(w) && strings.ContainsRune("abcdđeghiklmn", first) && strings.ContainsRune("ìijl", second)
}
