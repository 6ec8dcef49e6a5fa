package repair

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/vidoc/vidoc/internal/textenc"
)

// FuzzStream is `vidoc fix` over arbitrary bytes: the input decoder, then
// the repair stream. Whatever the bytes, it must not panic; it either
// refuses them (binary, not UTF-8) or writes valid UTF-8 with the input's
// line structure, in blocks whose lines and offsets follow each other.
func FuzzStream(f *testing.F) {
	f.Add([]byte("Thuc hien Ke hoach so 344-KH/TU ngay 22/4/2024\nI. MUC DICH\n"))
	f.Add([]byte("K\xd5 ho\xb9ch n\xa8m 2024\n"))
	f.Add([]byte("x x x x aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n\n\n"))
	f.Add([]byte("\xff\xfeK\x00\xbf\x1e \x00h\x00"))
	f.Add([]byte("Thirc hin K8 hoach s6 12/QD-UBND\tHDND\f\n- a)\n"))
	var (
		once sync.Once
		r    *Repairer
	)
	f.Fuzz(func(t *testing.T, data []byte) {
		once.Do(func() { r = realRepairer(t, Options{TextOnly: true}) })
		in, err := textenc.NewReader(bytes.NewReader(data), textenc.Auto, nil)
		if err != nil {
			t.Fatal(err)
		}
		var out strings.Builder
		offset, line := -1, 1
		err = r.Stream(context.Background(), in, func(b Block) error {
			// Offsets count input bytes, which repair does not keep;
			// lines it keeps.
			if b.Offset <= offset || b.Line != line {
				t.Fatalf("block at offset %d line %d after offset %d, want line %d", b.Offset, b.Line, offset, line)
			}
			out.WriteString(b.Text)
			offset = b.Offset
			line += strings.Count(b.Text, "\n")
			return nil
		})
		var ne *textenc.NotUTF8Error
		if err != nil {
			if !errors.Is(err, textenc.ErrBinary) && !errors.As(err, &ne) {
				t.Fatalf("error %v is neither binary nor not-UTF-8", err)
			}
			return
		}
		if !utf8.ValidString(out.String()) {
			t.Fatalf("output is not UTF-8: %q", out.String())
		}
		if utf8.Valid(data) && !bytes.HasPrefix(data, []byte("\xef\xbb\xbf")) {
			if got, want := strings.Count(out.String(), "\n"), bytes.Count(data, []byte("\n")); got != want {
				t.Fatalf("%d lines out of %d", got, want)
			}
		}
	})
}
