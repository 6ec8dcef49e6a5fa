package textenc

import (
	"bytes"
	"errors"
	"io"
	"testing"
	"unicode/utf8"
)

// FuzzNewReader feeds arbitrary bytes to the text sniffers and decoders.
// Whatever the bytes: no panic; Check accepts exactly the UTF-8 text that
// is not binary; auto detection passes such text through unchanged; every
// legacy decoding yields valid UTF-8.
func FuzzNewReader(f *testing.F) {
	f.Add([]byte("Kế hoạch số 12\n"))
	f.Add([]byte("K\xd5 ho\xb9ch n\xa8m 2024\n"))
	f.Add([]byte("Ke\xcc\x81 hoa\xf2ch\r\n"))
	f.Add([]byte("Ke\xe1 hoa\xefch\n"))
	f.Add([]byte("\xff\xfeK\x00\xbf\x1e \x00"))
	f.Add([]byte("\xfe\xff\x00K\x1e\xbf\x00 "))
	f.Add([]byte("PNG\x00\x01\x02\x03"))
	f.Fuzz(func(t *testing.T, data []byte) {
		err := Check(data)
		text := utf8.Valid(data) && !looksBinary(data)
		if (err == nil) != text {
			t.Fatalf("Check: %v for UTF-8 text %v", err, text)
		}
		var ne *NotUTF8Error
		if err != nil && !errors.Is(err, ErrBinary) && !errors.As(err, &ne) {
			t.Fatalf("Check: unexpected error %v", err)
		}
		if ne != nil && (ne.Offset < 0 || ne.Offset >= len(data) || utf8.Valid(data[:ne.Offset]) == false) {
			t.Fatalf("Check: bad offset %d of %d bytes", ne.Offset, len(data))
		}
		for _, enc := range Encodings {
			r, err := NewReader(bytes.NewReader(data), enc, nil)
			if err != nil {
				t.Fatalf("NewReader %s: %v", enc, err)
			}
			out, err := io.ReadAll(r)
			if err != nil && !errors.Is(err, ErrBinary) && !errors.As(err, &ne) {
				t.Fatalf("%s: unexpected error %v", enc, err)
			}
			switch enc {
			case Auto:
				if text && !bytes.Equal(out, data) {
					t.Fatalf("auto changed UTF-8 text %q into %q", data, out)
				}
			case UTF8:
				if !bytes.Equal(out, data) {
					t.Fatalf("utf8 changed %q into %q", data, out)
				}
			default:
				if !utf8.Valid(out) {
					t.Fatalf("%s decoded %q into invalid UTF-8 %q", enc, data, out)
				}
			}
		}
	})
}
