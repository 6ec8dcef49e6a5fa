package viet

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Case is the capitalisation pattern of a word.
type Case uint8

const (
	CaseNone  Case = iota // no cased letters: "2024", "-"
	CaseLower             // "quyết"
	CaseTitle             // "Quyết", also a single capital "Ủ"
	CaseUpper             // "QUYẾT"
	CaseMixed             // "qUYết", "HĐNDtỉnh"
)

var caseNames = [...]string{"none", "lower", "title", "upper", "mixed"}

func (c Case) String() string {
	if int(c) < len(caseNames) {
		return caseNames[c]
	}
	return "case?"
}

// CaseOf returns the capitalisation pattern of word.
func CaseOf(word string) Case {
	letters, uppers := 0, 0
	firstUpper := false
	for i, r := range word {
		var up, low bool
		if r < utf8.RuneSelf {
			up, low = 'A' <= r && r <= 'Z', 'a' <= r && r <= 'z'
		} else {
			up, low = unicode.IsUpper(r), unicode.IsLower(r)
		}
		if !up && !low {
			continue
		}
		if up {
			if letters == 0 && i == firstLetterIndex(word) {
				firstUpper = true
			}
			uppers++
		}
		letters++
	}
	switch {
	case letters == 0:
		return CaseNone
	case uppers == 0:
		return CaseLower
	case uppers == 1 && firstUpper:
		return CaseTitle
	case uppers == letters:
		return CaseUpper
	}
	return CaseMixed
}

// firstLetterIndex returns the byte index of the first cased letter of word.
func firstLetterIndex(word string) int {
	for i, r := range word {
		if unicode.IsUpper(r) || unicode.IsLower(r) {
			return i
		}
	}
	return -1
}

// ApplyCase returns word in pattern c; CaseMixed and CaseNone leave it as is.
// A word already in the pattern is returned without allocating.
func ApplyCase(word string, c Case) string {
	switch c {
	case CaseLower:
		if CaseOf(word) <= CaseLower {
			return word
		}
		return strings.ToLower(word)
	case CaseUpper:
		if cw := CaseOf(word); cw == CaseUpper || cw == CaseNone {
			return word
		}
		return strings.ToUpper(word)
	case CaseTitle:
		if CaseOf(word) == CaseTitle {
			return word
		}
		i := firstLetterIndex(word)
		if i < 0 {
			return word
		}
		r, size := utf8.DecodeRuneInString(word[i:])
		var b strings.Builder
		b.Grow(len(word) + 2)
		b.WriteString(word[:i])
		b.WriteRune(unicode.ToUpper(r))
		b.WriteString(strings.ToLower(word[i+size:]))
		return b.String()
	}
	return word
}

// CarryCase gives to the capitalisation of from: "KẾ" and "hoạch" give
// "HOẠCH", "Huyn" and "huyện" give "Huyện". A mixed pattern is taken as OCR
// noise and resolved to the nearest clean one: mostly capitals → UPPER
// ("ĐảNG" → "ĐẢNG"), else a capital first letter → Title, else lower
// ("chInh" → "chính").
func CarryCase(from, to string) string {
	return ApplyCase(to, CleanCaseOf(from))
}

// CleanCaseOf is CaseOf with CaseMixed resolved as CarryCase describes.
func CleanCaseOf(word string) Case {
	c := CaseOf(word)
	if c != CaseMixed {
		return c
	}
	letters, uppers := 0, 0
	for _, r := range word {
		switch {
		case unicode.IsUpper(r):
			uppers++
			letters++
		case unicode.IsLower(r):
			letters++
		}
	}
	switch {
	case 2*uppers > letters:
		return CaseUpper
	case unicode.IsUpper(firstLetter(word)):
		return CaseTitle
	}
	return CaseLower
}

func firstLetter(word string) rune {
	if i := firstLetterIndex(word); i >= 0 {
		r, _ := utf8.DecodeRuneInString(word[i:])
		return r
	}
	return 0
}
