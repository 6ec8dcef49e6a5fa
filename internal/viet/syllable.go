package viet

import (
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// maxSyllableRunes bounds the letters of one syllable ("nghiêng" has 7).
const maxSyllableRunes = 10

// Syllable is one written Vietnamese syllable split into its parts, all
// lowercase and toneless: Initial is the written initial consonant ("ngh",
// "gi", "q", "" for none), Medial the o/u glide ("" if none; the u of qu is
// the medial of initial "q"), Nucleus the main vowel or diphthong ("a",
// "iê", "ươ", "ya"), Final the closing consonant or glide ("ng", "ch", "i",
// "u", "" if none).
type Syllable struct {
	Initial, Medial, Nucleus, Final string
	Tone                            Tone

	// placement records where Parse found the tone mark when the two
	// styles put it in different places (hòa vs hoà).
	placement ToneStyle
}

// Placement reports the tone-placement style the parsed spelling used:
// StyleOld (hòa, ủy), StyleNew (hoà, uỷ), or StyleKeep when both styles spell
// the syllable the same way.
func (s Syllable) Placement() ToneStyle { return s.placement }

// Parse splits a written syllable (any case, NFC or NFD, either tone
// placement) into its parts. It reports false when word is not shaped like a
// Vietnamese syllable: unknown letters, no vowel, a vowel cluster or final
// that Vietnamese spelling does not have, two tone marks, or a tone mark on a
// vowel no style puts it on. Parse checks shape only; Valid adds the
// phonotactic rules. It does not allocate for NFC input.
func Parse(word string) (Syllable, bool) {
	var buf [maxSyllableRunes]rune
	n, tone, tonePos := 0, ToneLevel, -1
	for _, r := range word {
		if r >= 0x300 && r <= 0x36F { // combining mark: NFD or stray
			if nfc := norm.NFC.String(word); nfc != word {
				return Parse(nfc)
			}
			return Syllable{}, false
		}
		l := lookupLetter(r)
		if !l.ok || n == len(buf) {
			return Syllable{}, false
		}
		if l.tone != ToneLevel {
			if tonePos >= 0 {
				return Syllable{}, false
			}
			tone, tonePos = l.tone, n
		}
		buf[n] = l.base
		n++
	}
	return parseBases(buf[:n], tone, tonePos)
}

// parseBases parses lowercase toneless letters b whose tone sits on b[tonePos].
func parseBases(b []rune, tone Tone, tonePos int) (Syllable, bool) {
	var s Syllable
	var i int
	if len(b) == 0 {
		return s, false
	}
	s.Initial, i = matchInitial(b)
	switch s.Initial {
	case "gi":
		// gì, gìn: the i of gi is the nucleus itself; giếng, giết: it is
		// the first half of the diphthong iê.
		if !hasVowel(b[2:]) || b[2] == 'ê' {
			i = 1
		}
	case "q":
		if i >= len(b) || b[i] != 'u' {
			return s, false
		}
		s.Medial = "u"
		i++
	}
	j := i
	for j < len(b) && isVowel(b[j]) {
		j++
	}
	if j == i {
		return s, false
	}
	r, ok := lookupRhyme(b[i:j])
	if !ok || (s.Initial == "q" && r.medial != "") {
		return s, false
	}
	if s.Initial != "q" {
		s.Medial = r.medial
	}
	s.Nucleus = r.nucleus
	s.Final = r.glide
	if rest := b[j:]; len(rest) > 0 {
		if r.glide != "" {
			return s, false
		}
		found := false
		for _, f := range finalConsonants {
			if len(f) == len(rest) && hasRunePrefix(rest, f) {
				s.Final, found = f, true
				break
			}
		}
		if !found {
			return s, false
		}
	}
	s.Tone = tone
	if j < len(b) { // a final consonant pulls the tone onto the nucleus: hoàn, huỳnh
		r.oldPos = r.newPos
	}
	if tone != ToneLevel {
		p := int8(tonePos - i)
		switch {
		case p == r.newPos && p == r.oldPos:
		case p == r.oldPos:
			s.placement = StyleOld
		case p == r.newPos:
			s.placement = StyleNew
		default:
			return s, false
		}
	}
	return s, true
}

func hasVowel(b []rune) bool {
	for _, r := range b {
		if isVowel(r) {
			return true
		}
	}
	return false
}

// matchInitial returns the written initial consonant b starts with and its
// length in letters; "" and 0 when b starts with a vowel or is no syllable.
func matchInitial(b []rune) (string, int) {
	next := func(k int) rune {
		if k < len(b) {
			return b[k]
		}
		return 0
	}
	switch b[0] {
	case 'n':
		switch next(1) {
		case 'g':
			if next(2) == 'h' {
				return "ngh", 3
			}
			return "ng", 2
		case 'h':
			return "nh", 2
		}
		return "n", 1
	case 'c':
		if next(1) == 'h' {
			return "ch", 2
		}
		return "c", 1
	case 'g':
		switch next(1) {
		case 'h':
			return "gh", 2
		case 'i':
			return "gi", 2
		}
		return "g", 1
	case 'k':
		if next(1) == 'h' {
			return "kh", 2
		}
		return "k", 1
	case 'p':
		if next(1) == 'h' {
			return "ph", 2
		}
		return "p", 1
	case 't':
		switch next(1) {
		case 'h':
			return "th", 2
		case 'r':
			return "tr", 2
		}
		return "t", 1
	case 'b':
		return "b", 1
	case 'd':
		return "d", 1
	case 'đ':
		return "đ", 1
	case 'h':
		return "h", 1
	case 'l':
		return "l", 1
	case 'm':
		return "m", 1
	case 'q':
		return "q", 1
	case 'r':
		return "r", 1
	case 's':
		return "s", 1
	case 'v':
		return "v", 1
	case 'x':
		return "x", 1
	}
	return "", 0
}

// hasRunePrefix reports whether b starts with the letters of ASCII-or-đ s.
func hasRunePrefix(b []rune, s string) bool {
	k := 0
	for _, r := range s {
		if k >= len(b) || b[k] != r {
			return false
		}
		k++
	}
	return true
}

// isGlideFinal reports whether a Final value is a closing vowel glide.
func isGlideFinal(f string) bool {
	return f == "i" || f == "y" || f == "o" || f == "u"
}

// String spells the syllable in lowercase, with the tone where Parse found
// it (old style when it was not parsed or both styles agree).
func (s Syllable) String() string { return s.Compose(StyleKeep) }

// Compose spells the syllable in lowercase NFC with the tone placed in the
// given style. StyleKeep uses the placement Parse found, defaulting to the
// old style that administrative documents print.
func (s Syllable) Compose(style ToneStyle) string {
	var buf [4 * maxSyllableRunes]byte
	return string(s.AppendTo(buf[:0], style))
}

// AppendTo appends the spelling Compose returns to dst.
func (s Syllable) AppendTo(dst []byte, style ToneStyle) []byte {
	switch {
	case s.Initial == "gi" && len(s.Nucleus) > 0 && s.Nucleus[0] == 'i':
		dst = append(dst, 'g')
	case s.Initial == "q":
		dst = append(dst, 'q', 'u')
	default:
		dst = append(dst, s.Initial...)
	}
	var key [maxSyllableRunes]rune
	cluster := key[:0]
	if s.Initial != "q" {
		cluster = appendRunes(cluster, s.Medial)
	}
	cluster = appendRunes(cluster, s.Nucleus)
	glide := isGlideFinal(s.Final)
	if glide {
		cluster = appendRunes(cluster, s.Final)
	}
	pos := int8(0)
	if r, ok := lookupRhyme(cluster); ok {
		pos = r.oldPos
		if s.Final != "" && !glide {
			pos = r.newPos
		}
		if style == StyleNew || (style == StyleKeep && s.placement == StyleNew) {
			pos = r.newPos
		}
	}
	var p int8
	for _, c := range cluster {
		if p == pos {
			c = withTone(c, s.Tone)
		}
		dst = utf8.AppendRune(dst, c)
		p++
	}
	if !glide {
		dst = append(dst, s.Final...)
	}
	return dst
}

func appendRunes(dst []rune, s string) []rune {
	for _, r := range s {
		if len(dst) == cap(dst) {
			break // parts of a Syllable built by hand may be too long; Compose then drops letters rather than allocate
		}
		dst = append(dst, r)
	}
	return dst
}
