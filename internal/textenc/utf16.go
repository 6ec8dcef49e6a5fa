package textenc

import (
	"bufio"
	"bytes"
	"io"

	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// UTF-16 with a byte-order mark is what Windows Notepad ("Unicode"), Word's
// "Unicode text" and many exporters write. Its every other byte is NUL, so
// without decoding it would be refused as binary; without a BOM it is not
// recognised.
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

// newUTF16Reader decodes UTF-16 text that starts with its byte-order mark
// to UTF-8, without the mark. Unpaired surrogates and a last odd byte
// become U+FFFD, so the result is always valid UTF-8.
func newUTF16Reader(br *bufio.Reader) io.Reader {
	dec := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder()
	return transform.NewReader(br, dec)
}
