package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/vidoc/vidoc/internal/input"
	"github.com/vidoc/vidoc/internal/textenc"
)

// scanHint adds to a text command's refusal of binary data what to do
// when the file is a scan: a page image or a PDF is read by vidoc ocr or
// vidoc scan, while fix, parse and eval take text. name is the file's
// path, "" or "-" for stdin (which cannot be read again to look).
func scanHint(err error, name string) error {
	if !errors.Is(err, textenc.ErrBinary) || name == "" || name == "-" {
		return err
	}
	if format, ok := input.SniffFile(name); ok {
		return fmt.Errorf("%w (a %s scan: read it with vidoc ocr or vidoc scan)", err, strings.ToUpper(string(format)))
	}
	return err
}
