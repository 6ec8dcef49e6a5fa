package viet

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// NFC returns s in Unicode normalisation form C, the form vidoc works in.
func NFC(s string) string { return norm.NFC.String(s) }

// Lower returns s in NFC, in lowercase: the spelling the inventory and the
// language model use.
func Lower(s string) string {
	s = norm.NFC.String(s)
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return string(AppendLower(make([]byte, 0, len(s)), s))
		}
	}
	return s
}

// NFD returns s in normalisation form D: base letters followed by combining
// marks (hat/breve/horn first, then the tone).
func NFD(s string) string { return norm.NFD.String(s) }

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// StripDiacritics removes every Vietnamese diacritic: tones, hats, breves,
// horns and the bar of đ ("Quyết định" → "Quyet dinh"). Case is kept.
// Letters of other alphabets lose their marks too (ü → u, й → и); other
// runes are kept, less any combining mark they decompose into.
func StripDiacritics(s string) string {
	if isASCII(s) {
		return s
	}
	return string(AppendStripDiacritics(make([]byte, 0, len(s)), s))
}

// HasVowel reports whether s holds a vowel letter, in either case, with or
// without marks (a, ư, Ổ…; also other accented Latin vowels such as ä,
// which damaged text is full of).
func HasVowel(s string) bool {
	return strings.ContainsAny(strings.ToLower(StripDiacritics(s)), "aeiouy")
}

// AppendStripDiacritics appends StripDiacritics(s) to dst.
func AppendStripDiacritics(dst []byte, s string) []byte {
	for _, r := range s {
		if r < utf8.RuneSelf {
			dst = append(dst, byte(r))
			continue
		}
		if l := lookupLetter(r); l.ok {
			dst = utf8.AppendRune(dst, l.inCase(plainBase(l.base)))
			continue
		}
		dst = appendStrippedOther(dst, r, false)
	}
	return dst
}

// appendStrippedOther handles runes outside the Vietnamese alphabet: a
// combining mark is dropped, any other rune is replaced by its canonical
// decomposition less the marks (ü → u, й → и, ≠ → =), in lowercase if
// lower is set.
func appendStrippedOther(dst []byte, r rune, lower bool) []byte {
	if unicode.Is(unicode.Mn, r) {
		return dst
	}
	d := decomposition(r)
	if d == nil {
		if lower {
			r = unicode.ToLower(r)
		}
		return utf8.AppendRune(dst, r)
	}
	for len(d) > 0 {
		c, n := utf8.DecodeRune(d)
		d = d[n:]
		if unicode.Is(unicode.Mn, c) {
			continue
		}
		if lower {
			c = unicode.ToLower(c)
		}
		dst = utf8.AppendRune(dst, c)
	}
	return dst
}

// decomposition returns the canonical decomposition of r, or nil if it has
// none.
func decomposition(r rune) []byte {
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	return norm.NFD.Properties(buf[:n]).Decomposition()
}

// BaseLetter returns the small letter r is written on, without any
// diacritic: Ế → e, ư → u, Đ → d, ü → u. It is the rune-at-a-time Skeleton
// for loops over letters; other runes come back in lowercase, a combining
// mark as it is.
func BaseLetter(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	if l := lookupLetter(r); l.ok {
		return plainBase(l.base)
	}
	if d := decomposition(r); d != nil {
		if b, _ := utf8.DecodeRune(d); !unicode.Is(unicode.Mn, b) {
			r = b
		}
	}
	return unicode.ToLower(r)
}

// StripTone removes tone marks only, keeping hats, breves, horns and đ
// ("Quyết định" → "Quyêt đinh").
func StripTone(s string) string {
	if isASCII(s) {
		return s
	}
	return string(AppendStripTone(make([]byte, 0, len(s)), s))
}

// AppendStripTone appends StripTone(s) to dst.
func AppendStripTone(dst []byte, s string) []byte {
	for _, r := range s {
		if r < utf8.RuneSelf {
			dst = append(dst, byte(r))
			continue
		}
		if l := lookupLetter(r); l.ok {
			dst = utf8.AppendRune(dst, l.inCase(l.base))
			continue
		}
		if ToneOfMark(r) != ToneLevel {
			continue
		}
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}

// AppendSkeleton appends the lowercase, diacritic-free form of s ("Huyện"
// → "huyen"), the key under which the lexicon files accent variants.
func AppendSkeleton(dst []byte, s string) []byte {
	for _, r := range s {
		if r < utf8.RuneSelf {
			dst = append(dst, byte(lowerASCII(r)))
			continue
		}
		if l := lookupLetter(r); l.ok {
			dst = utf8.AppendRune(dst, plainBase(l.base))
			continue
		}
		dst = appendStrippedOther(dst, r, true)
	}
	return dst
}

// Skeleton returns the lowercase, diacritic-free form of s.
func Skeleton(s string) string {
	var buf [64]byte
	return string(AppendSkeleton(buf[:0], s))
}

// AppendLower appends s in lowercase; the letters below U+1F00 take a
// table lookup.
func AppendLower(dst []byte, s string) []byte {
	for _, r := range s {
		if r < utf8.RuneSelf {
			dst = append(dst, byte(lowerASCII(r)))
			continue
		}
		dst = utf8.AppendRune(dst, ToLower(r))
	}
	return dst
}

// ToLower is unicode.ToLower with a table for the Latin letters.
func ToLower(r rune) rune {
	if r >= 0 && r < letterTableSize {
		return lowerOf[r]
	}
	return unicode.ToLower(r)
}

func lowerASCII(r rune) rune {
	if 'A' <= r && r <= 'Z' {
		return r + 'a' - 'A'
	}
	return r
}
