package input

import (
	"errors"
	"fmt"
	"io/fs"
)

// ErrNotRegular: a named pipe, socket or device given as a document. It is
// refused from its type, never opened: a pipe without a writer would block
// the run for ever, and a device would be read without end.
var ErrNotRegular = errors.New("not a regular file")

// CheckRegular is nil for a regular file and otherwise ErrNotRegular with
// the file's kind named, so that `vidoc ocr` and `vidoc scan` refuse it
// with one message.
func CheckRegular(mode fs.FileMode) error {
	if mode.IsRegular() {
		return nil
	}
	return fmt.Errorf("%w (%s)", ErrNotRegular, FileKind(mode))
}

// FileKind names a file type for people.
func FileKind(mode fs.FileMode) string {
	switch typ := mode.Type(); {
	case typ&fs.ModeDir != 0:
		return "folder"
	case typ&fs.ModeNamedPipe != 0:
		return "named pipe"
	case typ&fs.ModeSocket != 0:
		return "socket"
	case typ&fs.ModeCharDevice != 0:
		return "character device"
	case typ&fs.ModeDevice != 0:
		return "device"
	case typ&fs.ModeIrregular != 0:
		return "file of unknown type"
	case typ == 0:
		return "regular file"
	default:
		return typ.String()
	}
}
