package textenc

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
)

func TestCheck(t *testing.T) {
	if err := Check([]byte("Kế hoạch số 12\n")); err != nil {
		t.Errorf("UTF-8 refused: %v", err)
	}
	if err := Check([]byte("PNG\x00\x01\x02\x03")); !errors.Is(err, ErrBinary) {
		t.Errorf("binary: %v", err)
	}
	// "Kế hoạch" in Windows-1258: e + 0xD2... written with combining tones.
	cp := []byte("Ke\xcc\x81 hoa\xf2ch")
	var ee *NotUTF8Error
	if err := Check(cp); !errors.As(err, &ee) {
		t.Fatalf("windows-1258: %v", err)
	}
	// TCVN3: "Kõ ho¹ch" with single bytes for whole letters.
	var ee2 *NotUTF8Error
	if err := Check([]byte("K\xd5 ho\xb9ch")); !errors.As(err, &ee2) || ee2.Guess != "TCVN3 (ABC)" || ee2.Offset != 1 {
		t.Errorf("tcvn3: %v", err)
	}
	r, err := NewReader(bytes.NewReader([]byte("Ho\xcca")), CP1258, nil)
	if err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(r)
	if s := string(b); err != nil || s != "Hòa" && s != "Hoà" {
		t.Errorf("decode 1258: %q %v", s, err)
	}
}

// TestCheckStrayBytes (issue 15, case 17): a few stray bytes in UTF-8 text
// are reported by line and byte offset, with no encoding suggested; text
// that reads as a legacy encoding from that line on gets its name.
func TestCheckStrayBytes(t *testing.T) {
	utf8Text := strings.Repeat("Ủy ban nhân dân tỉnh ban hành kế hoạch thực hiện.\n", 20)
	for _, stray := range []string{"\xe0\x80\xff", "\x9f\xc1\xfe", "\xa9\xb5\xd7"} {
		b := []byte(utf8Text + "Điều 3. Giao Sở Nội" + stray + " vụ chủ trì.\n" + utf8Text)
		var ee *NotUTF8Error
		if err := Check(b); !errors.As(err, &ee) {
			t.Fatalf("%q: %v", stray, err)
		}
		wantOff := len(utf8Text) + len("Điều 3. Giao Sở Nội")
		if ee.Line != 21 || ee.Offset != wantOff || ee.Byte != stray[0] || ee.Guess != "" {
			t.Errorf("%q: line %d offset %d byte %#x guess %q, want line 21 offset %d, no guess", stray, ee.Line, ee.Offset, ee.Byte, ee.Guess, wantOff)
		}
		if msg := ee.Error(); !strings.Contains(msg, "line 21, byte offset") || strings.Contains(msg, "TCVN3") {
			t.Errorf("%q: message %q", stray, msg)
		}
	}
	// UTF-8, then TCVN3 from line 3 on ("Kế hoạch năm 2025" and more).
	b := []byte("Kế hoạch\nnăm 2025\nK\xd5 ho\xb9ch th\xf9c hi\xd6n n\xa8m 2025\n")
	var ee *NotUTF8Error
	if err := Check(b); !errors.As(err, &ee) || ee.Line != 3 || ee.Guess != Name(TCVN3) {
		t.Errorf("TCVN3 after UTF-8: %v", err)
	}
}

// ReadAll says binary data over its limit is binary (vidoc parse
// /dev/zero, an image given by mistake), and text over it too large.
func TestReadAllOverLimit(t *testing.T) {
	const limit = 1 << 20
	if _, err := ReadAll(bytes.NewReader(make([]byte, 2*limit)), limit, nil); err != ErrBinary {
		t.Errorf("2 MB of NUL bytes: %v, want ErrBinary", err)
	}
	text := bytes.Repeat([]byte("Kế hoạch số 12/KH-UBND\n"), 2*limit/20)
	var tl *TooLargeError
	if _, err := ReadAll(bytes.NewReader(text), limit, nil); !errors.As(err, &tl) {
		t.Errorf("2 MB of text: %v, want TooLargeError", err)
	}
}
