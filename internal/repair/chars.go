package repair

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// baseOf maps a lowercase precomposed letter to its bare ASCII letter (ế→e,
// ư→u, đ→d); letters outside the table map to themselves. Built once from
// Unicode decomposition so lookups are an array index.
var baseOf [0x1F00]rune

// vietMark reports letters that only Vietnamese (or a damaged Vietnamese
// glyph) would carry: used to tell clean text from stripped text.
var vietMark [0x1F00]bool

func init() {
	for r := rune(0); r < 0x1F00; r++ {
		baseOf[r] = r
		if !unicode.IsLetter(r) {
			continue
		}
		d := norm.NFD.String(string(r))
		b, _ := utf8.DecodeRuneInString(d)
		if b < 0x80 {
			baseOf[r] = b
		}
	}
	baseOf['đ'], baseOf['Đ'] = 'd', 'D'
	for _, r := range "ăâêôơưđ" {
		vietMark[r] = true
	}
	for _, v := range "aăâeêioôơuưy" {
		for _, m := range "\u0300\u0301\u0309\u0303\u0323" {
			c, _ := utf8.DecodeRuneInString(norm.NFC.String(string(v) + string(m)))
			vietMark[c] = true
		}
	}
}

// strip returns s in lowercase with every diacritic removed (đ→d).
func strip(s string) string {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		r = unicode.ToLower(r)
		if r < 0x1F00 {
			r = baseOf[r]
		}
		b = utf8.AppendRune(b, r)
	}
	return string(b)
}

// hasVietMark reports whether s holds a letter with a Vietnamese diacritic.
func hasVietMark(s string) bool {
	for _, r := range s {
		r = unicode.ToLower(r)
		if r < 0x1F00 && vietMark[r] {
			return true
		}
	}
	return false
}

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
