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
		out, got, err := decodeAuto(b)
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
		r, _ := NewReader(bytes.NewReader(b[:len(b)-1]), Auto, nil)
		out, _ = io.ReadAll(r)
		if !utf8.Valid(out) || !bytes.HasPrefix(out, []byte("Kế hoạch")) {
			t.Errorf("%s cut short: %q", tc.enc, out)
		}
	}
}

// decodeAuto decodes b with the encoding detected, and returns the names
// the reader reported detecting.
func decodeAuto(b []byte) (out []byte, detected []string, err error) {
	r, err := NewReader(bytes.NewReader(b), Auto, func(enc string) { detected = append(detected, enc) })
	if err != nil {
		return nil, nil, err
	}
	out, err = io.ReadAll(r)
	return out, detected, err
}

// TestUTF16WithoutBOM: UTF-16 without its byte-order mark (an exporter that
// leaves it out, a file split after its first bytes) is recognised from
// its first bytes in either byte order, even starting with marked
// capitals, and decoded; it used to be refused as binary data.
func TestUTF16WithoutBOM(t *testing.T) {
	for _, text := range []string{
		"Kế hoạch số 12/KH-UBND\r\nThực hiện năm 2025.\n",
		"ĐƯỜNG LỐI\n",
		"ab\n",
	} {
		for _, tc := range []struct {
			enc   string
			order unicode.Endianness
		}{{UTF16LE, unicode.LittleEndian}, {UTF16BE, unicode.BigEndian}} {
			b, err := unicode.UTF16(tc.order, unicode.IgnoreBOM).NewEncoder().Bytes([]byte(text))
			if err != nil {
				t.Fatal(err)
			}
			out, got, err := decodeAuto(b)
			if err != nil || string(out) != text || len(got) != 1 || got[0] != tc.enc {
				t.Errorf("%s %q: decoded %q (%v), detected %v", tc.enc, text, out, err, got)
			}
		}
	}
}

// Binary data with NUL bytes is not taken for UTF-16: a 16-bit greyscale
// ramp, a PNG's first bytes, NUL-padded records.
func TestBinaryIsNotUTF16(t *testing.T) {
	ramp := make([]byte, 1024)
	for i := range 512 {
		ramp[2*i], ramp[2*i+1] = byte(i>>1), byte(i)
	}
	for name, b := range map[string][]byte{
		"ramp":    ramp,
		"png":     []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"),
		"records": []byte("name\x00\x00\x00\x00age\x00\x00\x00\x00\x00\x07\x00\x00\x00"),
		"nuls":    make([]byte, 64),
	} {
		r, _ := NewReader(bytes.NewReader(b), Auto, func(enc string) { t.Errorf("%s: detected %s", name, enc) })
		out, _ := io.ReadAll(r)
		if err := Check(out); err != ErrBinary {
			t.Errorf("%s: %v, want ErrBinary", name, err)
		}
	}
}
