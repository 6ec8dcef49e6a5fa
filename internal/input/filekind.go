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

// fileKinds names the file types, the first bit set winning (a character
// device has ModeDevice set too).
var fileKinds = []struct {
	bit  fs.FileMode
	name string
}{
	{fs.ModeDir, "folder"},
	{fs.ModeNamedPipe, "named pipe"},
	{fs.ModeSocket, "socket"},
	{fs.ModeCharDevice, "character device"},
	{fs.ModeDevice, "device"},
	{fs.ModeSymlink, "symbolic link"},
	{fs.ModeIrregular, "file of unknown type"},
}

// FileKind names a file type for people.
func FileKind(mode fs.FileMode) string {
	for _, k := range fileKinds {
		if mode&k.bit != 0 {
			return k.name
		}
	}
	if mode.Type() == 0 {
		return "regular file"
	}
	return mode.Type().String()
}
