package textenc

import (
	"bytes"
	"io"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/unicode"
)

// TestUTF16WithBOM: UTF-16 text with its byte-order mark, little- or
// big-endian, is decoded to UTF-8 without the mark, and named.
func TestUTF16WithBOM(t *testing.T) {
	text := "Kế hoạch số 12/KH-UBND\r\nThực hiện năm 2025: 𝟙 (a letter beyond the BMP).\n"
	for _, tc := range []struct {
		enc   string
		order unicode.Endianness
	}{{UTF16LE, unicode.LittleEndian}, {UTF16BE, unicode.BigEndian}} {
		b, err := unicode.UTF16(tc.order, unicode.UseBOM).NewEncoder().Bytes([]byte(text))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		r, err := NewReader(bytes.NewReader(b), Auto, func(enc string) { got = append(got, enc) })
		if err != nil {
			t.Fatal(err)
		}
		out, err := io.ReadAll(r)
		if err != nil {
			t.Fatal(err)
		}
		if string(out) != text {
			t.Errorf("%s: decoded %q, want %q", tc.enc, out, text)
		}
		if len(got) != 1 || got[0] != tc.enc {
			t.Errorf("%s: detected %v", tc.enc, got)
		}
		if Check(out) != nil {
			t.Errorf("%s: decoded text refused: %v", tc.enc, Check(out))
		}
		// Cut short by one byte: the half letter becomes U+FFFD, still text.
		r, _ = NewReader(bytes.NewReader(b[:len(b)-1]), Auto, nil)
		out, _ = io.ReadAll(r)
		if !utf8.Valid(out) || !bytes.HasPrefix(out, []byte("Kế hoạch")) {
			t.Errorf("%s cut short: %q", tc.enc, out)
		}
	}
	// Without a byte-order mark UTF-16 is not recognised: binary.
	b, _ := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewEncoder().Bytes([]byte(text))
	r, _ := NewReader(bytes.NewReader(b), Auto, nil)
	out, _ := io.ReadAll(r)
	if err := Check(out); err != ErrBinary {
		t.Errorf("UTF-16 without a mark: %v, want ErrBinary", err)
	}
}
