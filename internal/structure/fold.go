package structure

import (
	"strings"
	"unicode"

	"github.com/vidoc/vidoc/internal/editdist"
	"github.com/vidoc/vidoc/internal/viet"
)

// fold strips Vietnamese diacritics, maps đ to d, upper-cases and reduces
// every run of non-letters/digits to one space. Layout keywords are matched
// on folded text so that imperfect repair ("nám", "KE HOACH") still matches.
func fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := true
	for _, r := range viet.StripDiacritics(s) {
		if h := homoglyph[r]; h != 0 {
			r = h
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToUpper(r))
			space = false
			continue
		}
		if !space {
			b.WriteByte(' ')
			space = true
		}
	}
	return strings.TrimRight(b.String(), " ")
}

// homoglyph maps Cyrillic and Greek capitals that look like Latin ones;
// published codes sometimes carry them ("TT-BTС" with a Cyrillic Es).
var homoglyph = map[rune]rune{
	'А': 'A', 'В': 'B', 'С': 'C', 'Е': 'E', 'Н': 'H', 'К': 'K', 'М': 'M', 'О': 'O',
	'Р': 'P', 'Т': 'T', 'Х': 'X', 'У': 'Y', 'І': 'I', 'Ј': 'J', 'Ѕ': 'S',
	'Α': 'A', 'Β': 'B', 'Ε': 'E', 'Η': 'H', 'Ι': 'I', 'Κ': 'K', 'Μ': 'M', 'Ν': 'N',
	'Ο': 'O', 'Ρ': 'P', 'Τ': 'T', 'Χ': 'X', 'Υ': 'Y', 'Ζ': 'Z',
}

// similar reports whether folded text s matches folded pattern p allowing
// about one edit in six letters, and returns a confidence in (0,1].
func similar(s, p string) (bool, float64) {
	if s == p {
		return true, 1
	}
	limit := max(1, len(p)/6)
	d := editdist.AtMost(s, p, limit)
	if d > limit {
		return false, 0
	}
	return true, 1 - 0.5*float64(d)/float64(limit+1)
}

// fuzzyFind looks for folded pattern p inside folded text s, word-aligned,
// allowing a few edits; it returns the best-matching word range [from, to).
func fuzzyFind(s, p string) (from, to int, conf float64, ok bool) {
	words := strings.Fields(s)
	n := len(strings.Fields(p))
	for w := 0; w < len(words); w++ {
		for _, k := range []int{n, n - 1, n + 1} {
			if k <= 0 || w+k > len(words) {
				continue
			}
			if good, c := similar(strings.Join(words[w:w+k], " "), p); good && c > conf {
				from, to, conf, ok = w, w+k, c, true
			}
		}
	}
	return from, to, conf, ok
}

// isUpperLine reports whether nearly all letters of s are capitals: header
// bodies, document types and section titles are set in capitals.
func isUpperLine(s string) bool {
	letters, upper := countCase(s)
	return letters >= 2 && upper*10 >= letters*9
}

// countCase counts the letters of s and the capitals among them.
func countCase(s string) (letters, upper int) {
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	return letters, upper
}

// startsLower reports whether the first letter of s is a small letter.
func startsLower(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return unicode.IsLower(r)
		}
		if unicode.IsDigit(r) {
			return false
		}
	}
	return false
}
