package textenc

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"io"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// UTF-16 with a byte-order mark is what Windows Notepad ("Unicode"), Word's
// "Unicode text" and many exporters write. Its every other byte is NUL, so
// without decoding it would be refused as binary. Some exporters, and a
// file split or cut after its first bytes, leave the mark out: such text
// is recognised from its first bytes when they read as text in one byte
// order only (utf16Unmarked).
const (
	UTF16LE = "utf16le"
	UTF16BE = "utf16be"
)

// utf16BOM returns the UTF-16 form the byte-order mark at the start of head
// declares, or "".
func utf16BOM(head []byte) string {
	switch {
	case bytes.HasPrefix(head, []byte{0xFF, 0xFE}):
		return UTF16LE
	case bytes.HasPrefix(head, []byte{0xFE, 0xFF}):
		return UTF16BE
	}
	return ""
}

// utf16Sniff is how much of the input utf16Unmarked looks at.
const utf16Sniff = 512

// utf16Unmarked returns the UTF-16 form head, which has no byte-order
// mark, is text in, or "". Only input holding NUL bytes, which would be
// refused as binary, is looked at; it must read as text in exactly one
// byte order: no NUL or control character, no unpaired surrogate, and at
// least half its characters ASCII (Vietnamese text is mostly unmarked
// letters, spaces and digits). A 16-bit image or other binary data fails
// these at once.
func utf16Unmarked(head []byte) string {
	if len(head) < 4 || bytes.IndexByte(head, 0) < 0 {
		return ""
	}
	le, be := utf16Text(head, binary.LittleEndian), utf16Text(head, binary.BigEndian)
	switch {
	case le && !be:
		return UTF16LE
	case be && !le:
		return UTF16BE
	}
	return ""
}

// utf16Text reports whether b reads as text in UTF-16 of byte order bo; a
// last odd byte, or a surrogate cut at the end of b, is not held against it.
func utf16Text(b []byte, bo binary.ByteOrder) bool {
	units := make([]uint16, len(b)/2)
	ascii := 0
	for i := range units {
		units[i] = bo.Uint16(b[2*i:])
		if units[i] < 0x80 {
			ascii++
		}
	}
	if n := len(units); n > 0 && utf16.IsSurrogate(rune(units[n-1])) {
		units = units[:n-1]
	}
	if 2*ascii < len(units) {
		return false
	}
	for _, r := range utf16.Decode(units) {
		switch {
		case r == '\n' || r == '\r' || r == '\t' || r == '\f':
		case r == utf8.RuneError || unicode.IsControl(r) || !unicode.IsPrint(r) && !unicode.IsSpace(r) && !unicode.Is(unicode.Mn, r):
			return false
		}
	}
	return true
}

// newUTF16Reader decodes UTF-16 text to UTF-8, without its byte-order
// mark; enc is the byte order the mark declares or, without one, the one
// utf16Unmarked found. Unpaired surrogates and a last odd byte become
// U+FFFD, so the result is always valid UTF-8.
func newUTF16Reader(br *bufio.Reader, enc string) io.Reader {
	order := xunicode.LittleEndian
	if enc == UTF16BE {
		order = xunicode.BigEndian
	}
	dec := xunicode.UTF16(order, xunicode.UseBOM).NewDecoder()
	return transform.NewReader(br, dec)
}
