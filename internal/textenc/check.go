package textenc

import (
	"bytes"
	"errors"
	"fmt"
	"unicode/utf8"
)

// ErrBinary is returned for input that is not text at all.
var ErrBinary = errors.New("binary data, not text")

// NotUTF8Error reports text that is not UTF-8: where, and the legacy
// Vietnamese encoding the text from there decodes as, when one does.
type NotUTF8Error struct {
	Offset int    // byte offset of the first invalid UTF-8 sequence
	Line   int    // 1-based line it is on
	Byte   byte   // its first byte
	Guess  string // "TCVN3 (ABC)", "VNI", "Windows-1258", or "" when none fits
}

func (e *NotUTF8Error) Error() string {
	msg := fmt.Sprintf("line %d, byte offset %d: not UTF-8 (byte 0x%02X)", e.Line, e.Offset, e.Byte)
	if e.Guess == "" {
		return msg + ": damaged, or in an encoding vidoc does not know; convert it to UTF-8 first"
	}
	return fmt.Sprintf("%s; the text from there reads as %s: convert it to UTF-8 first (e.g. with iconv or UniKey's converter)", msg, e.Guess)
}

// minGuessScore is how many more valid Vietnamese syllables than invalid
// ones a legacy decoding must make of the text before its name is
// suggested: "Kõ ho¹ch" (Kế hoạch in TCVN3) is two; a few stray bytes in
// UTF-8 text make none, and naming an encoding for them would mislead.
const minGuessScore = 2

// Check returns nil when b is UTF-8 text, ErrBinary for binary data,
// and a *NotUTF8Error (offset, line, likely legacy encoding) otherwise.
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
	lineStart := bytes.LastIndexByte(b[:off], '\n') + 1
	return &NotUTF8Error{Offset: off, Line: 1 + bytes.Count(b[:off], []byte{'\n'}), Byte: b[off], Guess: guessLegacy(b[lineStart:])}
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

// guessLegacy names the legacy encoding that decodes b (the text from the
// line of the first invalid byte) into Vietnamese, or "" when none does
// clearly enough (detectLegacy, minGuessScore).
func guessLegacy(b []byte) string {
	if enc, score := detectLegacy(b); score >= minGuessScore {
		return Name(enc)
	}
	return ""
}

func isASCIIVowel(c byte) bool {
	switch c | 0x20 {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}
