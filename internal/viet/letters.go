package viet

import (
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// letter describes one precomposed rune of the Vietnamese alphabet.
type letter struct {
	base  rune // lowercase, without tone, with its hat/breve/horn: 'ê', 'ư', 'đ'
	tone  Tone
	upper bool
	ok    bool
}

// letterTableSize covers Latin-1, Latin Extended-A/B and Latin Extended
// Additional, where every precomposed Vietnamese letter lives.
const letterTableSize = 0x1F00

var letters [letterTableSize]letter

// vowelBases are the twelve toneless vowel letters, in a fixed order used to
// index toned forms.
const vowelBases = "aăâeêioôơuưy"

var (
	vowelIndex [letterTableSize]int8 // base rune -> index in vowelBases, -1 if not a vowel
	toned      [12][numTones]rune    // lowercase vowel with tone
	lowerOf    [letterTableSize]rune // unicode.ToLower
)

func init() {
	for i := range vowelIndex {
		vowelIndex[i] = -1
		lowerOf[i] = unicode.ToLower(rune(i))
	}
	for r := 'a'; r <= 'z'; r++ {
		letters[r] = letter{base: r, ok: true}
		letters[r-'a'+'A'] = letter{base: r, upper: true, ok: true}
	}
	letters['đ'] = letter{base: 'đ', ok: true}
	letters['Đ'] = letter{base: 'đ', upper: true, ok: true}
	for i, b := range []rune(vowelBases) {
		vowelIndex[b] = int8(i)
		for t := ToneLevel; t < numTones; t++ {
			r := b
			if t != ToneLevel {
				rs := []rune(norm.NFC.String(string([]rune{b, toneMarks[t]})))
				if len(rs) != 1 {
					panic("viet: no precomposed form for " + string(b) + " " + t.String())
				}
				r = rs[0]
			}
			toned[i][t] = r
			letters[r] = letter{base: b, tone: t, ok: true}
			letters[unicode.ToUpper(r)] = letter{base: b, tone: t, upper: true, ok: true}
		}
	}
}

// inCase returns the small letter b in the case of l.
func (l letter) inCase(b rune) rune {
	if l.upper {
		return unicode.ToUpper(b)
	}
	return b
}

func lookupLetter(r rune) letter {
	if r >= 0 && r < letterTableSize {
		return letters[r]
	}
	return letter{}
}

// isVowel reports whether the toneless lowercase base b is a vowel letter.
func isVowel(b rune) bool {
	return b >= 0 && b < letterTableSize && vowelIndex[b] >= 0
}

// withTone returns the lowercase vowel base b carrying tone t; non-vowels are
// returned unchanged.
func withTone(b rune, t Tone) rune {
	if !isVowel(b) {
		return b
	}
	return toned[vowelIndex[b]][t]
}

// plainBase maps a toneless base to its ASCII skeleton letter: ă, â → a;
// ê → e; ô, ơ → o; ư → u; đ → d.
func plainBase(b rune) rune {
	switch b {
	case 'ă', 'â':
		return 'a'
	case 'ê':
		return 'e'
	case 'ô', 'ơ':
		return 'o'
	case 'ư':
		return 'u'
	case 'đ':
		return 'd'
	}
	return b
}

// IsLetter reports whether r is a letter of the Vietnamese alphabet (any
// case, any tone), including the Latin letters f, j, w, z used in loanwords.
func IsLetter(r rune) bool { return lookupLetter(r).ok }

// Letters lists the small letters of the alphabet in code point order: a–z
// (with the f, j, w, z of loanwords), đ, and every vowel with its marks and
// tones.
func Letters() []rune {
	var out []rune
	for r, l := range letters {
		if l.ok && !l.upper {
			out = append(out, rune(r))
		}
	}
	return out
}

// Marked reports whether r is a letter of the alphabet that carries a
// diacritic: a tone, a hat, a breve, a horn or đ's bar (ố, ă, Đ; not o).
func Marked(r rune) bool {
	l := lookupLetter(r)
	return l.ok && (l.tone != ToneLevel || plainBase(l.base) != l.base)
}

// WithoutTone returns the letter r without its tone, its other marks and
// case kept: ố → ô, Ặ → Ă; other runes come back unchanged.
func WithoutTone(r rune) rune {
	l := lookupLetter(r)
	if !l.ok || l.tone == ToneLevel {
		return r
	}
	return l.inCase(l.base)
}

// SplitLetter returns the small letter r is written on with its hat, breve
// or horn but without its tone, and the tone: ố → ô, sắc; Ặ → ă, nặng;
// đ → đ, ngang. ok is false for runes outside the alphabet.
func SplitLetter(r rune) (base rune, t Tone, ok bool) {
	l := lookupLetter(r)
	return l.base, l.tone, l.ok
}

// IsVowel reports whether the small toneless letter b is one of the twelve
// vowel letters (a ă â e ê i o ô ơ u ư y).
func IsVowel(b rune) bool { return isVowel(b) }

// WithTone returns the small vowel letter b carrying tone t (ô, sắc → ố);
// other runes come back unchanged.
func WithTone(b rune, t Tone) rune { return withTone(b, t) }

// ToneOfMark returns the tone the combining mark m writes (U+0301 → sắc),
// or ToneLevel for any other rune.
func ToneOfMark(m rune) Tone {
	for t := ToneGrave; t < numTones; t++ {
		if toneMarks[t] == m {
			return t
		}
	}
	return ToneLevel
}
