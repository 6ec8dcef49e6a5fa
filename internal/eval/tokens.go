package eval

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// punct holds the characters split off the ends of a whitespace-separated
// token, as in vscore.py's PUNCT.
const punct = ".,;:!?\"()[]“”‘’'"

// isSpace reports whether Python's str.split() splits on r: Go's
// unicode.IsSpace plus the ASCII information separators U+001C..U+001F.
func isSpace(r rune) bool {
	return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f)
}

// Tokens splits text the way the scorer does: NFC, whitespace-separated,
// with each leading and trailing punctuation character a token of its own.
func Tokens(text string) []string {
	text = norm.NFC.String(text)
	var out []string
	for _, raw := range strings.FieldsFunc(text, isSpace) {
		var trail []string
		for raw != "" {
			r, size := utf8.DecodeRuneInString(raw)
			if !strings.ContainsRune(punct, r) {
				break
			}
			out = append(out, raw[:size])
			raw = raw[size:]
		}
		for raw != "" {
			r, size := utf8.DecodeLastRuneInString(raw)
			if !strings.ContainsRune(punct, r) {
				break
			}
			trail = append(trail, raw[len(raw)-size:])
			raw = raw[:len(raw)-size]
		}
		if raw != "" {
			out = append(out, raw)
		}
		for i := len(trail) - 1; i >= 0; i-- {
			out = append(out, trail[i])
		}
	}
	return out
}

// isWord reports whether a truth token counts as a syllable: it holds a letter.
func isWord(t string) bool {
	for _, r := range t {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// alternatives returns the accepted spellings of a truth token: the parts
// between '|' when it holds one and is longer than one character, else itself.
func alternatives(t string) []string {
	if strings.Contains(t, "|") && len([]rune(t)) > 1 {
		return strings.Split(t, "|")
	}
	return []string{t}
}

// matches reports whether hypothesis token h is an accepted spelling of
// truth token t, optionally ignoring case.
func matches(t, h string, ignoreCase bool) bool {
	for _, a := range alternatives(t) {
		if a == h || (ignoreCase && strings.EqualFold(a, h)) {
			return true
		}
	}
	return false
}
