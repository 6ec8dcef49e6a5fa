package textenc

import (
	"bytes"
	"errors"
	"fmt"
	"unicode/utf8"
)

// ErrBinary is returned for input that is not text at all.
var ErrBinary = errors.New("binary data, not text")

// NotUTF8Error reports text that is not UTF-8, with the legacy Vietnamese
// encoding it most resembles.
type NotUTF8Error struct {
	Offset int    // byte offset of the first invalid UTF-8 sequence
	Guess  string // "TCVN3 (ABC)", "VNI", "Windows-1258" or "an 8-bit encoding"
}

func (e *NotUTF8Error) Error() string {
	return fmt.Sprintf("not UTF-8 (invalid byte at offset %d); looks like %s: convert it to UTF-8 first (e.g. with iconv or UniKey's converter)", e.Offset, e.Guess)
}

// Check returns nil when b is UTF-8 text, ErrBinary for binary data,
// and an *NotUTF8Error naming the likely legacy encoding otherwise.
func Check(b []byte) error {
	if looksBinary(b) {
		return ErrBinary
	}
	if utf8.Valid(b) {
		return nil
	}
	off := 0
	for off < len(b) {
		r, n := utf8.DecodeRune(b[off:])
		if r == utf8.RuneError && n <= 1 {
			break
		}
		off += n
	}
	return &NotUTF8Error{Offset: off, Guess: guessLegacy(b)}
}

// looksBinary: NUL bytes, or many control characters other than tab, line
// feed, carriage return and form feed.
func looksBinary(b []byte) bool {
	if bytes.IndexByte(b, 0) >= 0 {
		return true
	}
	ctl := 0
	for _, c := range b {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' {
			ctl++
		}
	}
	return ctl*50 > len(b)
}

// guessLegacy scores the three legacy encodings of Vietnamese by bytes
// typical of each: Windows-1258 writes tones as combining marks (0xCC,
// 0xEC, 0xD2, 0xDE, 0xF2) after a letter; VNI writes marks as separate
// bytes after ASCII vowels (0xF8 ù-like, 0xF9, 0xFB, 0xF5, 0xEF, 0xE1,
// 0xE0…) with many ASCII vowels before them; TCVN3 uses single bytes for
// whole letters in 0xA1–0xFE without a vowel before them.
//
// First, though, it decodes b with each of them and takes the one whose
// text has the most valid Vietnamese syllables (detectLegacy), when any
// has more valid than invalid ones; the byte counts decide only when none
// does (a few bytes, no whole words).
func guessLegacy(b []byte) string {
	if enc, score := detectLegacy(b); score > 0 {
		return Name(enc)
	}
	var cp1258, vni, tcvn int
	for i, c := range b {
		if c < 0x80 {
			continue
		}
		prevVowel := i > 0 && isASCIIVowel(b[i-1])
		switch {
		case prevVowel && (c == 0xCC || c == 0xEC || c == 0xD2 || c == 0xDE || c == 0xF2):
			cp1258++
		case prevVowel:
			vni++
		default:
			tcvn++
		}
	}
	switch {
	case cp1258 > vni && cp1258 > tcvn:
		return "Windows-1258"
	case vni > tcvn:
		return "VNI"
	case tcvn > 0:
		return "TCVN3 (ABC)"
	}
	return "an 8-bit encoding"
}

func isASCIIVowel(c byte) bool {
	switch c | 0x20 {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

// DecodeWindows1258 converts Windows-1258 text (tones as combining marks) to
// NFC UTF-8, as NewReader does for a stream.
func DecodeWindows1258(b []byte) (string, error) {
	lr := legacyReader{mode: CP1258}
	return string(lr.decode(nil, b)), nil
}
