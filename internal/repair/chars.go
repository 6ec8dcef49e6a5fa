package repair

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// casePattern is how a token is capitalised.
type casePattern uint8

const (
	caseLower casePattern = iota // "huyện"
	caseTitle                    // "Huyện"
	caseUpper                    // "HUYỆN"
)

// caseOf reads the case pattern of an observed token. Random capitals inside
// a word ("chInh", "cAp") are OCR noise: only a capital first letter, or
// capitals throughout, count.
func caseOf(s string) casePattern {
	letters, upper := 0, 0
	first := true
	firstUpper := false
	for _, r := range s {
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		if unicode.IsUpper(r) {
			upper++
			if first {
				firstUpper = true
			}
		}
		first = false
	}
	switch {
	case letters >= 2 && upper == letters:
		return caseUpper
	case letters == 1 && upper == 1:
		return caseTitle
	case firstUpper && upper*2 > letters && letters >= 3:
		// "KHOACH" read as "KhOACH": mostly capitals means capitals.
		return caseUpper
	case firstUpper:
		return caseTitle
	}
	return caseLower
}

// applyCase writes the lowercase word w in pattern c.
func applyCase(w string, c casePattern) string {
	switch c {
	case caseUpper:
		b := make([]byte, 0, len(w)+2)
		for _, r := range w {
			b = utf8.AppendRune(b, unicode.ToUpper(r))
		}
		return string(b)
	case caseTitle:
		r, n := utf8.DecodeRuneInString(w)
		return string(unicode.ToUpper(r)) + w[n:]
	}
	return w
}

// lowerNFC returns s in NFC, lowercase.
func lowerNFC(s string) string {
	b := make([]byte, 0, len(s))
	for _, r := range norm.NFC.String(s) {
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	return string(b)
}
