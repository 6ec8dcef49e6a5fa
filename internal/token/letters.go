package token

import (
	"unicode"
	"unicode/utf8"

	"github.com/vidoc/vidoc/internal/viet"
)

// classTable caches the Unicode classes of the runes below U+1F00, where
// every precomposed Latin letter lives, so that the scanner's tests are an
// array index. What a letter is in Vietnamese (its base, its tone, its
// small form) is viet's.
var classTable [0x1F00]uint8 // rune class flags below

const (
	clLetter = 1 << iota // a letter, or a combining mark that belongs to one
	clMark               // a combining mark (Mn)
	clUpper
	clLower
)

func init() {
	for r := rune(0); r < 0x1F00; r++ {
		var c uint8
		if unicode.IsLetter(r) {
			c |= clLetter
		}
		if unicode.Is(unicode.Mn, r) {
			c |= clLetter | clMark
		}
		if unicode.IsUpper(r) {
			c |= clUpper
		}
		if unicode.IsLower(r) {
			c |= clLower
		}
		classTable[r] = c
	}
}

// baseOf returns the lowercase toneless letter of r and its tone; a rune
// outside the Vietnamese alphabet comes back in lowercase, toneless.
func baseOf(r rune) (rune, viet.Tone) {
	if b, t, ok := viet.SplitLetter(r); ok {
		return b, t
	}
	return viet.ToLower(r), viet.ToneLevel
}

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	if r < 0x1F00 {
		return classTable[r]&clLetter != 0
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

// isMark reports a combining mark.
func isMark(r rune) bool {
	if r < 0x1F00 {
		return r >= 0 && classTable[r]&clMark != 0
	}
	return unicode.Is(unicode.Mn, r)
}

func isUpper(r rune) bool {
	if r >= 0 && r < 0x1F00 {
		return classTable[r]&clUpper != 0
	}
	return unicode.IsUpper(r)
}

func isLower(r rune) bool {
	if r >= 0 && r < 0x1F00 {
		return classTable[r]&clLower != 0
	}
	return unicode.IsLower(r)
}

func isDigit(r rune) bool { return '0' <= r && r <= '9' }

func isAlnum(r rune) bool { return isDigit(r) || isLetter(r) }

// IsSpace reports whether r separates words: a line break, or what
// isLineSpace accepts. Repair splits its text with it so that a zero-width
// space between two words is a gap it keeps, not a letter of a word.
func IsSpace(r rune) bool { return r == '\n' || r == '\r' || isLineSpace(r) }

// isLineSpace reports horizontal white space (and format characters such as
// the zero-width space and BOM, which OCR layers and web text carry).
func isLineSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\v', '\f', 0xA0, 0x200B, 0xFEFF, 0x200C, 0x200D:
		return true
	case '\n', '\r':
		return false
	}
	return r >= 0x80 && unicode.IsSpace(r)
}

// Vietnamese syllable shape: initial consonant, vowel run, final consonant.
// The check is structural (it does not ask which vowel clusters exist): it
// only has to tell a syllable from an abbreviation or a foreign word.
var initials = map[string]bool{
	"": true, "b": true, "c": true, "ch": true, "d": true, "đ": true, "g": true, "gh": true,
	"gi": true, "h": true, "k": true, "kh": true, "l": true, "m": true, "n": true, "ng": true,
	"ngh": true, "nh": true, "p": true, "ph": true, "qu": true, "r": true, "s": true, "t": true,
	"th": true, "tr": true, "v": true, "x": true,
}

var finals = map[string]bool{
	"": true, "c": true, "ch": true, "m": true, "n": true, "ng": true, "nh": true, "p": true, "t": true,
}

// syllableShape reports whether word is one Vietnamese syllable in shape, and
// where its vowel run lies (byte offsets into word) and which tone it bears.
func syllableShape(word string) (ok bool, vStart, vEnd int, tone viet.Tone) {
	var buf [24]byte
	cons := buf[:0]
	i := 0
	// initial consonant
	for i < len(word) {
		r, n := utf8.DecodeRuneInString(word[i:])
		b, _ := baseOf(r)
		if viet.IsVowel(b) {
			// "qu" and "gi" take their vowel letter into the initial.
			if (string(cons) == "q" && b == 'u') || (string(cons) == "g" && b == 'i' && i+n < len(word)) {
				if b == 'i' {
					r2, _ := utf8.DecodeRuneInString(word[i+n:])
					if b2, _ := baseOf(r2); !viet.IsVowel(b2) {
						break // "gì", "gìn": the i is the vowel
					}
				}
				cons = utf8.AppendRune(cons, b)
				i += n
				continue
			}
			break
		}
		if isMark(r) || len(cons) > 8 {
			return false, 0, 0, 0
		}
		cons = utf8.AppendRune(cons, b)
		i += n
	}
	if !initials[string(cons)] {
		return false, 0, 0, 0
	}
	vStart = i
	nv := 0
	for i < len(word) {
		r, n := utf8.DecodeRuneInString(word[i:])
		if isMark(r) {
			if t := viet.ToneOfMark(r); t != viet.ToneLevel {
				tone = t
			}
			i += n
			continue
		}
		b, t := baseOf(r)
		if !viet.IsVowel(b) {
			break
		}
		if t != viet.ToneLevel {
			if tone != viet.ToneLevel {
				return false, 0, 0, 0 // two tones
			}
			tone = t
		}
		nv++
		i += n
	}
	vEnd = i
	if nv == 0 || nv > 3 {
		return false, 0, 0, 0
	}
	cons = buf[:0]
	for i < len(word) {
		r, n := utf8.DecodeRuneInString(word[i:])
		b, _ := baseOf(r)
		if viet.IsVowel(b) || len(cons) > 8 {
			return false, 0, 0, 0
		}
		cons = utf8.AppendRune(cons, b)
		i += n
	}
	if !finals[string(cons)] {
		return false, 0, 0, 0
	}
	return true, vStart, vEnd, tone
}

// IsSyllableShape reports whether word has the shape of one Vietnamese
// syllable (initial consonant, one to three vowels, final consonant, at most
// one tone), in any case. It does not check that the syllable exists.
func IsSyllableShape(word string) bool {
	ok, _, _, _ := syllableShape(word)
	return ok
}
