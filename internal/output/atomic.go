package output

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/vidoc/vidoc/internal/atomicfile"
)

// ErrLink is the cause when an output would be written through a symbolic
// link: the link may point anywhere, the user's inputs included.
var ErrLink = errors.New("is a symbolic link: vidoc never writes through one")

// ErrNotFolder is the cause when something other than a folder stands where
// an output needs one.
var ErrNotFolder = errors.New("is not a folder")

// ErrNameTooLong is the cause when an output's name, or one of its
// folders', is longer than a file system takes: an input named at the
// limit gets an extension more (".alto.xml"), which no file system can
// write; said before the document's OCR, not after it.
var ErrNameTooLong = fmt.Errorf("name is longer than the %d bytes a file name can have: give the input a shorter name", atomicfile.MaxName)

// WriteFileUnder writes data atomically (through internal/atomicfile: a
// reader, or a rerun after kill -9, sees the old file, no file or the whole
// new one, never a part) to the file rel, a slash-separated path, under the
// folder root, and never through a symbolic link: every folder between
// root and the file must be a real folder (the missing ones are created),
// and an existing file there must be a regular file. root itself may be a link; it is what the user named. Without this a
// link planted inside the output folder (pointing into the inputs, say)
// would have vidoc write wherever it points.
func WriteFileUnder(root, rel string, data []byte, perm os.FileMode) error {
	s, err := StageFileUnder(root, rel, data, perm)
	if err != nil {
		return err
	}
	return s.Commit()
}

// StageFileUnder checks and creates the way to rel under root as
// WriteFileUnder does and stages data for it (atomicfile.Stage): nothing is
// replaced until the stage is committed, so a set of outputs can be staged
// in full before any of them replaces an earlier run's file.
func StageFileUnder(root, rel string, data []byte, perm os.FileMode) (*atomicfile.Staged, error) {
	dir, err := MkdirUnder(root, path.Dir(rel))
	if err != nil {
		return nil, err
	}
	p := filepath.Join(dir, path.Base(rel))
	if err := checkFile(p); err != nil {
		return nil, err
	}
	// The temporary file is created (O_EXCL, which never follows a link) in
	// the checked folder and renamed over the final name, which replaces a
	// name rather than writing through it.
	return atomicfile.StageFile(p, data, perm)
}

// CheckUnder reports, without changing anything, whether WriteFileUnder
// could write rel under root: no link or file where a folder must be, and
// no link or folder where the file goes.
func CheckUnder(root, rel string) error {
	for _, part := range strings.Split(rel, "/") {
		if len(part) > atomicfile.MaxName {
			return fmt.Errorf("output %s: %d bytes: %w", filepath.Join(root, rel), len(part), ErrNameTooLong)
		}
	}
	dir := root
	for _, part := range strings.Split(path.Dir(rel), "/") {
		if part == "." {
			continue
		}
		dir = filepath.Join(dir, part)
		fi, err := os.Lstat(dir)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			return nil // made when written
		case err != nil:
			return fmt.Errorf("output folder %s: %w", dir, err)
		case fi.Mode()&fs.ModeSymlink != 0:
			return fmt.Errorf("output folder %s: %w", dir, ErrLink)
		case !fi.IsDir():
			return fmt.Errorf("output folder %s: %w", dir, ErrNotFolder)
		}
	}
	return checkFile(filepath.Join(dir, path.Base(rel)))
}

// checkFile accepts an output path where nothing is, or a regular file.
func checkFile(p string) error {
	fi, err := os.Lstat(p)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil
	case err != nil:
		return fmt.Errorf("write %s: %w", p, err)
	case fi.Mode()&fs.ModeSymlink != 0:
		return fmt.Errorf("write %s: %w", p, ErrLink)
	case !fi.Mode().IsRegular():
		return fmt.Errorf("write %s: exists and is not a regular file", p)
	}
	return nil
}

// MkdirUnder makes sure the slash-separated folder rel exists under root as
// real folders, creating the missing ones, and returns its path. A symbolic
// link or a file on the way is an error naming it.
func MkdirUnder(root, rel string) (string, error) {
	dir := root
	if rel == "." || rel == "" {
		return dir, nil
	}
	for _, part := range strings.Split(rel, "/") {
		if part == "" || part == "." || part == ".." {
			return "", fmt.Errorf("output folder %s: bad path element %q in %s", root, part, rel)
		}
		dir = filepath.Join(dir, part)
		fi, err := os.Lstat(dir)
		if errors.Is(err, fs.ErrNotExist) {
			if err = os.Mkdir(dir, 0o755); err == nil || errors.Is(err, fs.ErrExist) {
				fi, err = os.Lstat(dir) // made now, or by another shard meanwhile
			}
		}
		switch {
		case err != nil:
			return "", fmt.Errorf("output folder %s: %w", dir, err)
		case fi.Mode()&fs.ModeSymlink != 0:
			return "", fmt.Errorf("output folder %s: %w", dir, ErrLink)
		case !fi.IsDir():
			return "", fmt.Errorf("output folder %s: %w", dir, ErrNotFolder)
		}
	}
	return dir, nil
}

// IsTemp reports whether name (a base name) is a temporary file of an
// unfinished atomic write.
func IsTemp(name string) bool { return atomicfile.IsTemp(name) }

// StaleTemps removes the temporary files an interrupted run left while
// writing its outputs, reading each output folder once
// (atomicfile.StaleTemps).
type StaleTemps = atomicfile.StaleTemps

// NewStaleTemps returns an empty StaleTemps.
func NewStaleTemps() *StaleTemps { return atomicfile.NewStaleTemps() }
