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

// CaseOf returns the capitalisation pattern of word. Every letter counts,
// one without case (ª) as a small one.
func CaseOf(word string) Case {
	return caseOfCounts(countCase(word))
}

// caseOfCounts is CaseOf from countCase's counts.
func caseOfCounts(letters, uppers int, firstUpper bool) Case {
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

// countCase counts the letters of word and the capitals among them, and
// reports whether the first letter is a capital.
func countCase(word string) (letters, uppers int, firstUpper bool) {
	for _, r := range word {
		var letter, up bool
		if r < utf8.RuneSelf {
			up = 'A' <= r && r <= 'Z'
			letter = up || 'a' <= r && r <= 'z'
		} else {
			letter, up = unicode.IsLetter(r), unicode.IsUpper(r)
		}
		if !letter {
			continue
		}
		if up {
			if letters == 0 {
				firstUpper = true
			}
			uppers++
		}
		letters++
	}
	return letters, uppers, firstUpper
}

// firstLetterIndex returns the byte index of the first letter of word, or
// -1.
func firstLetterIndex(word string) int {
	for i, r := range word {
		if unicode.IsLetter(r) {
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
		return RaiseCase(word, CaseUpper)
	case CaseTitle:
		if CaseOf(word) == CaseTitle {
			return word
		}
		return RaiseCase(ApplyCase(word, CaseLower), CaseTitle)
	}
	return word
}

// RaiseCase writes word in pattern c by raising letters only: CaseUpper
// raises them all, CaseTitle the first; the other patterns, and the
// capitals word has of its own, are left as they are. It is ApplyCase for
// a word the lexicon spells in small letters except where it must not
// (HĐND), and returns word without allocating when nothing changes.
func RaiseCase(word string, c Case) string {
	switch c {
	case CaseUpper:
		for _, r := range word {
			if unicode.ToUpper(r) != r {
				return strings.ToUpper(word)
			}
		}
	case CaseTitle:
		i := firstLetterIndex(word)
		if i < 0 {
			return word
		}
		r, size := utf8.DecodeRuneInString(word[i:])
		if u := unicode.ToUpper(r); u != r {
			var b strings.Builder
			b.Grow(len(word) + 2)
			b.WriteString(word[:i])
			b.WriteRune(u)
			b.WriteString(word[i+size:])
			return b.String()
		}
	}
	return word
}

// CarryCase gives to the capitalisation of from: "KẾ" and "hoạch" give
// "HOẠCH", "Huyn" and "huyện" give "Huyện". A mixed pattern is taken as OCR
// noise and resolved as CleanCaseOf says.
func CarryCase(from, to string) string {
	return ApplyCase(to, CleanCaseOf(from))
}

// CleanCaseOf is CaseOf with CaseMixed, random capitals that OCR put inside
// a word, resolved to the nearest clean pattern: a capital first letter
// and mostly capitals in three letters or more is UPPER ("KhOACH",
// "ĐảNG"), else a capital first letter is Title ("HuyỆn"), else lower
// ("chInh").
func CleanCaseOf(word string) Case {
	letters, uppers, firstUpper := countCase(word)
	if c := caseOfCounts(letters, uppers, firstUpper); c != CaseMixed {
		return c
	}
	switch {
	case firstUpper && 2*uppers > letters && letters >= 3:
		return CaseUpper
	case firstUpper:
		return CaseTitle
	}
	return CaseLower
}
