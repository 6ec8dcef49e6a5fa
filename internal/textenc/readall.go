package textenc

import (
	"fmt"
	"io"
)

// TooLargeError reports input beyond the limit ReadAll was given.
type TooLargeError struct{ Limit int64 }

func (e *TooLargeError) Error() string {
	return fmt.Sprintf("input larger than %d MB", e.Limit>>20)
}

// ReadAll reads all of r's text as UTF-8, for the commands that need a
// whole document at once (parse, eval): decoded as NewReader does with
// automatic detection (UTF-16 with a byte-order mark, TCVN3, VNI,
// Windows-1258), then checked. It returns ErrBinary for binary data, a
// *NotUTF8Error naming the line and byte offset of text it cannot read,
// and a *TooLargeError when r holds more than limit bytes.
func ReadAll(r io.Reader, limit int64, detected func(enc string)) ([]byte, error) {
	lr := &io.LimitedReader{R: r, N: limit + 1}
	dr, err := NewReader(lr, Auto, detected)
	if err != nil {
		return nil, err
	}
	data, err := io.ReadAll(dr)
	if err != nil {
		return nil, err
	}
	if lr.N <= 0 {
		// Binary data is said to be binary, however long: /dev/zero or
		// an image given by mistake is not text that is too large.
		if looksBinary(data[:min(len(data), legacyWindow)]) {
			return nil, ErrBinary
		}
		return nil, &TooLargeError{Limit: limit}
	}
	if err := Check(data); err != nil {
		return nil, err
	}
	return data, nil
}
