package input

import (
	"errors"
	"io/fs"
	"testing"
)

// Every kind of file that is not a regular one is named, and refused.
func TestFileKind(t *testing.T) {
	for mode, want := range map[fs.FileMode]string{
		fs.ModeDir | 0o755:                "folder",
		fs.ModeNamedPipe | 0o644:          "named pipe",
		fs.ModeSocket:                     "socket",
		fs.ModeDevice | fs.ModeCharDevice: "character device",
		fs.ModeDevice:                     "device",
		fs.ModeIrregular:                  "file of unknown type",
		0o644:                             "regular file",
	} {
		if got := FileKind(mode); got != want {
			t.Errorf("FileKind(%v) = %q, want %q", mode, got, want)
		}
		if err := CheckRegular(mode); (err == nil) != (mode.Type() == 0) || err != nil && !errors.Is(err, ErrNotRegular) {
			t.Errorf("CheckRegular(%v) = %v", mode, err)
		}
	}
}
