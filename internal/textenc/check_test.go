package textenc

import (
	"errors"
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
	s, err := DecodeWindows1258([]byte("Ho\xcca"))
	if err != nil || s != "Hòa" && s != "Hoà" {
		t.Errorf("decode 1258: %q %v", s, err)
	}
}
